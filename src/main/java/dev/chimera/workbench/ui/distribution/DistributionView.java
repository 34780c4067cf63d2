package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Distributions tab: controls and the paradox banner on top, the chosen chart (or all four in a grid) in the
 * middle, and below it the percentile table or the cold-start sub-view (which hides the charts while shown). It only binds to its ViewModel.
 */
public final class DistributionView extends BorderPane {
    /** Selects the cold-start sub-tab (the Findings tab's "Show in view" for cold-start evidence). */
    private Runnable showColdStart = () -> { };

    public static final String STATUS_ID = "distStatus";
    public static final String TABLE_ID = PercentileTable.ID;
    public static final String COLD_START_ID = "distColdStart";
    public static final String COLD_START_TAB_ID = "distColdStartTab";
    public static final String PERCENTILES_TAB_ID = "distPercentilesTab";

    private final Map<ChartKind, ChartPane> charts = new EnumMap<>(ChartKind.class);
    private final StackPane chartArea = new StackPane();
    private final GridPane grid = new GridPane();

    public DistributionView(DistributionViewModel vm) {
        getStyleClass().add(Styles.DIST_VIEW);
        charts.put(ChartKind.HISTOGRAM, new ChartPane(ChartKind.HISTOGRAM, I18n.tr("dist.chart.histogram"),
                I18n.tr("dist.chart.histogram.tooltip"), vm));
        charts.put(ChartKind.ECDF, new ChartPane(ChartKind.ECDF, I18n.tr("dist.chart.ecdf"),
                I18n.tr("dist.chart.ecdf.tooltip"), vm));
        charts.put(ChartKind.CCDF, new ChartPane(ChartKind.CCDF, I18n.tr("dist.chart.ccdf"),
                I18n.tr("dist.chart.ccdf.tooltip"), vm));
        charts.put(ChartKind.BOX, new ChartPane(ChartKind.BOX, I18n.tr("dist.chart.box"),
                I18n.tr("dist.chart.box.tooltip"), vm));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        grid.setHgap(6);
        grid.setVgap(6);

        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(Styles.ROW_COUNT);
        status.textProperty().bind(vm.statusProperty());
        status.setTooltip(DistributionControls.tip(I18n.tr("dist.status.tooltip")));
        setTop(new VBox(4, new DistributionControls(vm), status, new ParadoxBanner(vm)));

        Tab table = new Tab(I18n.tr("dist.tab.percentiles"), new PercentileTable(vm));
        table.setClosable(false);
        table.setId(PERCENTILES_TAB_ID);
        table.setTooltip(DistributionControls.tip(I18n.tr("dist.table.tooltip")));
        Tab cold = new Tab(I18n.tr("dist.tab.coldStart"), new ColdStartPane(vm.coldStart()));
        cold.setId(COLD_START_TAB_ID);
        cold.setClosable(false);
        cold.setTooltip(DistributionControls.tip(I18n.tr("dist.coldStart.tooltip")));
        TabPane lower = new TabPane(table, cold);
        showColdStart = () -> lower.getSelectionModel().select(cold);
        SplitPane split = new SplitPane(chartArea, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        setCenter(split);
        // The cold-start sub-view holds two tables and a heat map: while it is shown it takes the charts' place.
        double[] chartShare = {0.66};
        lower.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is == cold && split.getItems().contains(chartArea)) {
                chartShare[0] = split.getDividerPositions()[0];
                split.getItems().remove(chartArea);
            } else if (is != cold && !split.getItems().contains(chartArea)) {
                split.getItems().add(0, chartArea);
                split.setDividerPositions(chartShare[0]);
            }
        });

        vm.resultProperty().addListener((obs, was, is) -> {
            for (Map.Entry<ChartKind, ChartPane> e : charts.entrySet()) {
                e.getValue().setChart(is == null ? null : is.chart(e.getKey()));
            }
        });
        vm.chartKindProperty().addListener((obs, was, is) -> layoutCharts(is));
        layoutCharts(vm.chartKindProperty().get());
    }

    private void layoutCharts(ChartKind kind) {
        grid.getChildren().clear();
        chartArea.getChildren().clear();
        if (kind == ChartKind.ALL) {
            grid.add(charts.get(ChartKind.ECDF), 0, 0);
            grid.add(charts.get(ChartKind.CCDF), 1, 0);
            grid.add(charts.get(ChartKind.HISTOGRAM), 0, 1);
            grid.add(charts.get(ChartKind.BOX), 1, 1);
            chartArea.getChildren().add(grid);
        } else {
            chartArea.getChildren().add(charts.get(kind));
        }
    }

    /** Shows the cold-start sub-tab below the charts. */
    public void showColdStart() {
        showColdStart.run();
    }
}
