package dev.chimera.workbench.ui.cost;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.ScreenCharts;
import dev.chimera.workbench.ui.Styles;
import java.util.function.Function;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Cost tab: controls and status on top; the pricing sheet on the left; four charts (by backend and mode,
 * cost vs throughput, tiers, sensitivity) over the table of rows. An empty-state label replaces it all when the
 * folder has no throughput rows.
 */
public final class CostView extends BorderPane {
    public static final String STATUS_ID = "costStatus";
    public static final String EMPTY_ID = "costEmpty";
    public static final String BY_BACKEND_ID = "costChart-byBackend";
    public static final String SCATTER_ID = "costChart-scatter";
    public static final String TIERS_ID = "costChart-tiers";
    public static final String SENSITIVITY_ID = "costChart-sensitivity";

    public CostView(CostViewModel vm) {
        getStyleClass().add(Styles.DIST_VIEW);
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(Styles.GRID_LEGEND);
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        setTop(new VBox(2, new CostControls(vm), status));

        GridPane charts = new GridPane();
        charts.setHgap(6);
        charts.setVgap(6);
        charts.add(chart(vm, BY_BACKEND_ID, CostResult::byBackend, I18n.tr("cost.chart.byBackend.tooltip")), 0, 0);
        charts.add(chart(vm, SCATTER_ID, CostResult::scatter, I18n.tr("cost.chart.scatter.tooltip")), 1, 0);
        charts.add(chart(vm, TIERS_ID, CostResult::tiers, I18n.tr("cost.chart.tiers.tooltip")), 0, 1);
        charts.add(chart(vm, SENSITIVITY_ID, CostResult::sensitivity, I18n.tr("cost.chart.sensitivity.tooltip")),
                1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            charts.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            charts.getRowConstraints().add(r);
        }
        SplitPane right = new SplitPane(charts, new CostTable(vm));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.68);
        Label pricingTitle = new Label(I18n.tr("cost.pricing"));
        pricingTitle.getStyleClass().add(Styles.SECTION_TITLE);
        pricingTitle.setTooltip(CostControls.tip(I18n.tr("cost.pricing.tooltip")));
        PricingSheet sheet = new PricingSheet(vm);
        VBox left = new VBox(4, pricingTitle, sheet);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        left.setMinWidth(250);
        SplitPane content = new SplitPane(left, right);
        content.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(left, false);

        Label empty = new Label(I18n.tr("cost.empty"));
        empty.setId(EMPTY_ID);
        empty.getStyleClass().add(Styles.CHART_EMPTY);
        empty.setWrapText(true);
        empty.visibleProperty().bind(vm.emptyProperty());
        content.visibleProperty().bind(vm.emptyProperty().not());
        setCenter(new StackPane(content, empty));
    }

    private static StackPane chart(CostViewModel vm, String id, Function<CostResult, JFreeChart> pick, String tip) {
        ChartViewer viewer = new ChartViewer();
        viewer.getCanvas().setTooltipEnabled(true);
        StackPane pane = new StackPane(viewer);
        pane.setId(id);
        pane.getStyleClass().add(Styles.CHART_PANE);
        pane.setMinSize(160, 120);
        // The chart's own item tooltips win over the canvas; the pane's tooltip says what the chart is.
        javafx.scene.control.Tooltip.install(pane, CostControls.tip(tip));
        vm.resultProperty().addListener((obs, was, is) -> {
            if (is != null) {
                ScreenCharts.show(viewer, pick.apply(is));
            }
        });
        if (vm.resultProperty().get() != null) {
            ScreenCharts.show(viewer, pick.apply(vm.resultProperty().get()));
        }
        return pane;
    }
}
