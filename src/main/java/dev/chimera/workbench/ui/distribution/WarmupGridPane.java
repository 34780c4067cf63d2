package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.ScreenCharts;
import dev.chimera.workbench.ui.Styles;
import java.awt.geom.Rectangle2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * The TR121 warmup-ratio grid as a heat map ({@code chart.HeatMapChart}), with a header whose tooltip explains
 * it, a legend line, and a hover label naming the cell's medians and counts (a node above the chart, so hovering
 * never repaints it).
 */
final class WarmupGridPane extends BorderPane {
    static final String ID = "distWarmupGrid";

    private final ColdStartViewModel vm;
    private final ChartViewer viewer = new ChartViewer();
    private final Label hover = new Label();

    WarmupGridPane(ColdStartViewModel vm) {
        this.vm = vm;
        setId(ID);
        getStyleClass().add(Styles.CHART_PANE);
        Label title = new Label(I18n.tr("dist.cold.grid.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label help = new Label("?");
        help.getStyleClass().add(Styles.HELP_MARK);
        title.setTooltip(DistributionControls.tip(I18n.tr("dist.cold.grid.tooltip")));
        help.setTooltip(title.getTooltip());
        HBox header = new HBox(6, title, help);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.CHART_HEADER);
        setTop(header);

        Label legend = new Label(I18n.tr("dist.cold.grid.legend"));
        legend.setWrapText(true);
        legend.getStyleClass().add(Styles.GRID_LEGEND);
        legend.setTooltip(title.getTooltip());
        setBottom(legend);

        viewer.getCanvas().setTooltipEnabled(false);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.CHART_EMPTY);
        empty.textProperty().bind(vm.gridNoteProperty());
        empty.visibleProperty().bind(vm.gridChartProperty().isNull());
        viewer.visibleProperty().bind(vm.gridChartProperty().isNotNull());
        hover.getStyleClass().add(Styles.CHART_HOVER);
        hover.setVisible(false);
        hover.setManaged(false);
        Pane overlay = new Pane(hover);
        overlay.setMouseTransparent(true);
        StackPane stack = new StackPane(viewer, empty, overlay);
        stack.setMinSize(160, 120);
        setCenter(stack);
        vm.gridChartProperty().addListener((obs, was, is) -> {
            hover.setVisible(false);
            if (is != null) {
                ScreenCharts.show(viewer, is);
            }
        });
        viewer.addEventHandler(MouseEvent.MOUSE_MOVED, e -> moved(e, overlay));
        viewer.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
    }

    ChartViewer viewer() {
        return viewer;
    }

    private void moved(MouseEvent e, Pane overlay) {
        JFreeChart chart = viewer.getChart();
        ChartRenderingInfo info = viewer.getRenderingInfo();
        if (chart == null || info == null || !(chart.getPlot() instanceof XYPlot plot)) {
            hover.setVisible(false);
            return;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double x = plot.getDomainAxis().java2DToValue(e.getX(), area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().java2DToValue(e.getY(), area, plot.getRangeAxisEdge());
        String text = area.contains(e.getX(), e.getY()) ? vm.cellText((int) Math.round(y), (int) Math.round(x)) : "";
        if (text.isEmpty()) {
            hover.setVisible(false);
            return;
        }
        hover.setText(text);
        hover.autosize();
        double w = hover.getWidth();
        double px = e.getX() + 14 + w > overlay.getWidth() ? e.getX() - 14 - w : e.getX() + 14;
        double py = Math.min(Math.max(0, e.getY() + 14), Math.max(0, overlay.getHeight() - hover.getHeight()));
        hover.relocate(Math.max(0, px), py);
        hover.setVisible(true);
    }
}
