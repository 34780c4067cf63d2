package dev.chimera.workbench.ui.power;

import dev.chimera.workbench.chart.PowerTraceChart;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Power tab: trace and threshold on top with the summary line; the power trace, then the dt histogram
 * beside the heat-soak chart, then the per-event table. Without power rows an empty-state message fills it.
 * Zooming or panning the trace chart swaps in the visible slice's points from the ViewModel.
 */
public final class PowerView extends BorderPane {
    public static final String SUMMARY_ID = "powerSummary";
    public static final String EMPTY_ID = "powerEmpty";
    public static final String TRACE_CHART_ID = "powerTraceChart";
    public static final String DT_CHART_ID = "powerDtChart";
    public static final String TEMPERATURE_CHART_ID = "powerTemperatureChart";
    public static final String TABLE_ID = PowerEventTable.ID;

    private final PowerChartPane trace = new PowerChartPane(TRACE_CHART_ID, I18n.tr("power.chart.trace"),
            I18n.tr("power.chart.trace.tooltip"));
    private final PowerChartPane dt = new PowerChartPane(DT_CHART_ID, I18n.tr("power.chart.dt"),
            I18n.tr("power.chart.dt.tooltip"));
    private final PowerChartPane temperature = new PowerChartPane(TEMPERATURE_CHART_ID,
            I18n.tr("power.chart.temperature"), I18n.tr("power.chart.temperature.tooltip"));

    private final PowerViewModel vm;
    private final DomainRangeRelay traceZoom;

    public PowerView(PowerViewModel vm) {
        this.vm = vm;
        this.traceZoom = new DomainRangeRelay(trace.viewer(), vm::visibleRangeChanged);
        getStyleClass().add(Styles.DIST_VIEW);
        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().add(Styles.GRID_LEGEND);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setTooltip(PowerControls.tip(I18n.tr("power.summary.tooltip")));
        Label status = new Label();
        status.getStyleClass().add(Styles.GRID_LEGEND);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.computingProperty());
        status.managedProperty().bind(status.visibleProperty());
        VBox top = new VBox(2, new PowerControls(vm), summary, status);
        top.visibleProperty().bind(vm.hasPowerProperty());
        top.managedProperty().bind(top.visibleProperty());
        setTop(top);

        SplitPane lowerCharts = new SplitPane(dt, temperature);
        lowerCharts.setDividerPositions(0.4);
        Label tableTitle = new Label(I18n.tr("power.table"));
        tableTitle.getStyleClass().add(Styles.SECTION_TITLE);
        tableTitle.setTooltip(PowerControls.tip(I18n.tr("power.table.tooltip")));
        PowerEventTable table = new PowerEventTable(vm);
        VBox tableBox = new VBox(2, tableTitle, table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        SplitPane content = new SplitPane(trace, lowerCharts, tableBox);
        content.setOrientation(Orientation.VERTICAL);
        content.setDividerPositions(0.45, 0.75);
        content.visibleProperty().bind(vm.hasPowerProperty());

        Label empty = new Label(I18n.tr("power.noTraces"));
        empty.setId(EMPTY_ID);
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.CHART_EMPTY);
        empty.visibleProperty().bind(vm.hasPowerProperty().not());
        setCenter(new StackPane(content, empty));

        vm.resultProperty().addListener((obs, was, is) -> show(is));
        vm.visibleTraceProperty().addListener((obs, was, is) -> showVisibleTrace(is));
        show(vm.resultProperty().get());
    }

    /** A zoom or pan's points replace the trace series of the chart on screen (the same chart object). */
    private void showVisibleTrace(VisibleTrace points) {
        PowerResult r = vm.resultProperty().get();
        if (points != null && r != null && r.traceChart() != null) {
            PowerTraceChart.replaceTrace(r.traceChart(), points.series());
        }
    }

    private void show(PowerResult r) {
        String none = I18n.tr("power.chart.empty");
        trace.setChart(r == null ? null : r.traceChart(), none);
        traceZoom.attach(r == null ? null : r.traceChart());
        dt.setChart(r == null ? null : r.dtChart(), none);
        temperature.setChart(r == null ? null : r.temperatureChart(),
                r == null || r.analysis() == null ? none : I18n.tr("power.chart.noTemperature"));
    }

    PowerChartPane tracePane() {
        return trace;
    }
}
