package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.ScreenCharts;
import dev.chimera.workbench.ui.Styles;
import java.awt.geom.Rectangle2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/**
 * One chart with its header (name, help) and the hover overlay: a vertical cursor line and a label with the
 * value and source under the mouse. Both are JavaFX nodes above the chart, so hovering never repaints it.
 */
final class ChartPane extends BorderPane {
    private final ChartKind kind;
    private final DistributionViewModel viewModel;
    private final ChartViewer viewer = new ChartViewer();
    private final Pane overlay = new Pane();
    private final Label hover = new Label();
    private final Line cursor = new Line();
    private final Label empty = new Label(I18n.tr("dist.chart.empty"));

    ChartPane(ChartKind kind, String title, String help, DistributionViewModel viewModel) {
        this.kind = kind;
        this.viewModel = viewModel;
        getStyleClass().add(Styles.CHART_PANE);
        setId("distChart-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        Label name = new Label(title);
        name.getStyleClass().add(Styles.CHART_TITLE);
        Label helpMark = new Label("?");
        helpMark.getStyleClass().add(Styles.HELP_MARK);
        Tooltip tip = new Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        name.setTooltip(tip);
        helpMark.setTooltip(tip);
        HBox header = new HBox(6, name, helpMark);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.CHART_HEADER);
        setTop(header);

        viewer.getCanvas().setTooltipEnabled(false);
        viewer.setVisible(false);
        hover.getStyleClass().add(Styles.CHART_HOVER);
        hover.setVisible(false);
        hover.setManaged(false);
        cursor.getStyleClass().add(Styles.CHART_CURSOR);
        cursor.setVisible(false);
        cursor.setManaged(false);
        overlay.getChildren().addAll(cursor, hover);
        overlay.setMouseTransparent(true);
        empty.getStyleClass().add(Styles.CHART_EMPTY);
        // A large folder's first computation takes seconds: say so instead of "no samples".
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.computingProperty())
                .then(I18n.tr("dist.computing")).otherwise(I18n.tr("dist.chart.empty")));
        StackPane stack = new StackPane(viewer, empty, overlay);
        stack.setMinSize(120, 80);
        setCenter(stack);
        viewer.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        viewer.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
    }

    void setChart(JFreeChart chart) {
        hideHover();
        if (chart == null) {
            viewer.setVisible(false);
            empty.setVisible(true);
            return;
        }
        ScreenCharts.show(viewer, chart);
        viewer.setVisible(true);
        empty.setVisible(false);
    }

    ChartViewer viewer() {
        return viewer;
    }

    private void moved(MouseEvent e) {
        JFreeChart chart = viewer.getChart();
        ChartRenderingInfo info = viewer.getRenderingInfo();
        if (chart == null || info == null) {
            hideHover();
            return;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (!area.contains(e.getX(), e.getY())) {
            hideHover();
            return;
        }
        Plot plot = chart.getPlot();
        String text;
        if (plot instanceof XYPlot xy) {
            double x = xy.getDomainAxis().java2DToValue(e.getX(), area, xy.getDomainAxisEdge());
            double y = xy.getRangeAxis().java2DToValue(e.getY(), area, xy.getRangeAxisEdge());
            text = viewModel.hoverText(kind, x, y);
            cursor.setStartX(e.getX());
            cursor.setEndX(e.getX());
            cursor.setStartY(area.getMinY());
            cursor.setEndY(area.getMaxY());
            cursor.setVisible(!text.isEmpty());
        } else if (plot instanceof CategoryPlot cat) {
            text = viewModel.hoverText(kind, categoryAt(cat, area, e.getX()), 0);
            cursor.setVisible(false);
        } else {
            text = "";
        }
        if (text.isEmpty()) {
            hideHover();
            return;
        }
        hover.setText(text);
        hover.autosize();
        double w = hover.getWidth();
        double h = hover.getHeight();
        double px = e.getX() + 14 + w > overlay.getWidth() ? e.getX() - 14 - w : e.getX() + 14;
        double py = Math.min(Math.max(0, e.getY() + 14), Math.max(0, overlay.getHeight() - h));
        hover.relocate(Math.max(0, px), py);
        hover.setVisible(true);
    }

    private static int categoryAt(CategoryPlot plot, Rectangle2D area, double x) {
        CategoryAxis axis = plot.getDomainAxis();
        int count = plot.getDataset() == null ? 0 : plot.getDataset().getColumnCount();
        for (int i = 0; i < count; i++) {
            double start = axis.getCategoryStart(i, count, area, plot.getDomainAxisEdge());
            double end = axis.getCategoryEnd(i, count, area, plot.getDomainAxisEdge());
            if (x >= start && x <= end) {
                return i;
            }
        }
        return -1;
    }

    private void hideHover() {
        hover.setVisible(false);
        cursor.setVisible(false);
    }
}
