package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.chart.CrossoverChart;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.ScreenCharts;
import dev.chimera.workbench.ui.Styles;
import java.awt.geom.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The crossover chart with the slider's cursor: a JavaFX line over the chart, placed from the chart's last
 * rendering (data area and domain axis), so moving the slider moves a node and never repaints the chart.
 */
final class CrossoverPane extends StackPane {
    static final String ID = "regimeChart";
    static final String CURSOR_ID = "regimeCursor";
    private final ChartViewer viewer = new ChartViewer();
    private final Line cursor = new Line();
    private final Label cursorLabel = new Label();
    private final Label empty = new Label(I18n.tr("regime.chart.empty"));
    private final RegimeViewModel vm;

    CrossoverPane(RegimeViewModel vm) {
        this.vm = vm;
        setId(ID);
        getStyleClass().add(Styles.CHART_PANE);
        viewer.getCanvas().setTooltipEnabled(true);
        cursor.setId(CURSOR_ID);
        cursor.getStyleClass().add(Styles.REGIME_CURSOR);
        cursor.setManaged(false);
        cursorLabel.getStyleClass().add(Styles.REGIME_CURSOR_LABEL);
        cursorLabel.setManaged(false);
        Pane overlay = new Pane(cursor, cursorLabel);
        overlay.setMouseTransparent(true);
        empty.getStyleClass().add(Styles.CHART_EMPTY);
        getChildren().setAll(viewer, empty, overlay);
        setMinSize(200, 160);
        cursorLabel.textProperty().bind(vm.step().sizeTextProperty());
        vm.resultProperty().addListener((obs, was, is) -> setChart(is == null ? null : is.chart()));
        vm.paramsProperty().addListener(obs -> placeCursor());
        // The canvas redraws on its own size listeners (registered first), so the rendering info is fresh here.
        viewer.getCanvas().widthProperty().addListener(obs -> placeCursor());
        viewer.getCanvas().heightProperty().addListener(obs -> placeCursor());
        setChart(vm.resultProperty().get() == null ? null : vm.resultProperty().get().chart());
    }

    private void setChart(JFreeChart chart) {
        viewer.setVisible(chart != null);
        empty.setVisible(chart == null);
        if (chart != null) {
            ScreenCharts.show(viewer, chart);
        }
        placeCursor();
    }

    /** Moves the cursor to the slider's size; hidden while no chart has been drawn. */
    void placeCursor() {
        double x = cursorX(vm.paramsProperty().get());
        ChartRenderingInfo info = viewer.getRenderingInfo();
        if (!viewer.isVisible() || Double.isNaN(x) || info.getPlotInfo().getSubplotCount() < 2) {
            cursor.setVisible(false);
            cursorLabel.setVisible(false);
            return;
        }
        Rectangle2D top = info.getPlotInfo().getSubplotInfo(CrossoverChart.MAIN).getDataArea();
        Rectangle2D bottom = info.getPlotInfo().getSubplotInfo(CrossoverChart.STRIP).getDataArea();
        cursor.setStartX(x);
        cursor.setEndX(x);
        cursor.setStartY(top.getMinY());
        cursor.setEndY(bottom.getMaxY());
        cursor.setVisible(true);
        cursorLabel.autosize();
        double w = cursorLabel.getWidth();
        cursorLabel.relocate(x + 4 + w > top.getMaxX() ? x - 4 - w : x + 4, top.getMinY() + 16);
        cursorLabel.setVisible(true);
    }

    /** The x pixel of a parameter count in the last rendering; NaN before the first one. */
    double cursorX(double params) {
        JFreeChart chart = viewer.getChart();
        ChartRenderingInfo info = viewer.getRenderingInfo();
        if (chart == null || info == null || !(chart.getPlot() instanceof XYPlot plot)) {
            return Double.NaN;
        }
        PlotRenderingInfo pi = info.getPlotInfo();
        Rectangle2D area = pi.getSubplotCount() > 0 ? pi.getSubplotInfo(CrossoverChart.MAIN).getDataArea()
                : pi.getDataArea();
        if (area == null || area.getWidth() <= 0) {
            return Double.NaN;
        }
        return plot.getDomainAxis().valueToJava2D(params, area, plot.getDomainAxisEdge());
    }

    Line cursor() {
        return cursor;
    }

    ChartViewer viewer() {
        return viewer;
    }
}
