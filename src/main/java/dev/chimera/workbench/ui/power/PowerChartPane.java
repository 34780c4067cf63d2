package dev.chimera.workbench.ui.power;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.ScreenCharts;
import dev.chimera.workbench.ui.Styles;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
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
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * One chart of the Power tab with its header (name and "?" help) and a hover overlay: a cursor line and a label
 * with the axis values under the mouse, JavaFX nodes above the chart so hovering never repaints it.
 */
final class PowerChartPane extends BorderPane {
    private final ChartViewer viewer = new ChartViewer();
    private final Pane overlay = new Pane();
    private final Label hover = new Label();
    private final Line cursor = new Line();
    private final Label empty = new Label(I18n.tr("power.chart.empty"));

    PowerChartPane(String id, String title, String help) {
        setId(id);
        getStyleClass().add(Styles.CHART_PANE);
        Label name = new Label(title);
        name.getStyleClass().add(Styles.CHART_TITLE);
        Label helpMark = new Label("?");
        helpMark.getStyleClass().add(Styles.HELP_MARK);
        Tooltip tip = PowerControls.tip(help);
        name.setTooltip(tip);
        helpMark.setTooltip(tip);
        Tooltip.install(viewer, tip);
        HBox header = new HBox(6, name, helpMark);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.CHART_HEADER);
        setTop(header);

        viewer.getCanvas().setTooltipEnabled(false);
        viewer.setVisible(false);
        hover.getStyleClass().add(Styles.POWER_HOVER);
        hover.setVisible(false);
        hover.setManaged(false);
        cursor.getStyleClass().add(Styles.CHART_CURSOR);
        cursor.setVisible(false);
        cursor.setManaged(false);
        overlay.getChildren().addAll(cursor, hover);
        overlay.setMouseTransparent(true);
        empty.getStyleClass().add(Styles.CHART_EMPTY);
        StackPane stack = new StackPane(viewer, empty, overlay);
        stack.setMinSize(120, 80);
        setCenter(stack);
        viewer.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        viewer.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
    }

    void setChart(JFreeChart chart, String emptyText) {
        hideHover();
        empty.setText(emptyText);
        viewer.setVisible(chart != null);
        empty.setVisible(chart == null);
        if (chart != null) {
            ScreenCharts.show(viewer, chart);
        }
    }

    ChartViewer viewer() {
        return viewer;
    }

    private void moved(MouseEvent e) {
        JFreeChart chart = viewer.getChart();
        ChartRenderingInfo info = viewer.getRenderingInfo();
        if (chart == null || info == null || !(chart.getPlot() instanceof XYPlot plot)) {
            hideHover();
            return;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (!area.contains(e.getX(), e.getY())) {
            hideHover();
            return;
        }
        double x = plot.getDomainAxis().java2DToValue(e.getX(), area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().java2DToValue(e.getY(), area, plot.getRangeAxisEdge());
        String yLabel = plot.getRangeAxis().getLabel();
        hover.setText(I18n.format("power.hover", String.format(Locale.ROOT, "%.2f", x),
                String.format(Locale.ROOT, "%.2f", y) + " " + (yLabel == null ? "" : yLabel)));
        cursor.setStartX(e.getX());
        cursor.setEndX(e.getX());
        cursor.setStartY(area.getMinY());
        cursor.setEndY(area.getMaxY());
        cursor.setVisible(true);
        hover.autosize();
        double w = hover.getWidth();
        double px = e.getX() + 14 + w > overlay.getWidth() ? e.getX() - 14 - w : e.getX() + 14;
        hover.relocate(Math.max(0, px), Math.max(0, Math.min(e.getY() + 14, overlay.getHeight() - hover.getHeight())));
        hover.setVisible(true);
    }

    private void hideHover() {
        hover.setVisible(false);
        cursor.setVisible(false);
    }
}
