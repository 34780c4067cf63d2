package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.SampleExtractor;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.chart.BoxPlotChart;
import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.CostCharts;
import dev.chimera.workbench.chart.SampleGroup;
import dev.chimera.workbench.cost.CostAggregation;
import dev.chimera.workbench.cost.CostEngine;
import dev.chimera.workbench.cost.CostInputs;
import dev.chimera.workbench.cost.CostReport;
import dev.chimera.workbench.cost.Pricing;
import dev.chimera.workbench.cost.PricingTier;
import dev.chimera.workbench.cost.ThroughputPoint;
import dev.chimera.workbench.findings.Finding;
import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.regime.RegimeAdvisor;
import dev.chimera.workbench.regime.RegimeMatrix;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.power.PowerComputation;
import dev.chimera.workbench.ui.power.PowerResult;
import dev.chimera.workbench.ui.power.PowerSettings;
import dev.chimera.workbench.ui.regime.RegimeComputation;
import dev.chimera.workbench.ui.regime.RegimeSettings;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

/**
 * Runs on a worker: the evidence chart of one result, drawn by the same chart builders (and tab computations)
 * as the view its {@code chart()} names, from the loaded dataset. Null when there is nothing to draw.
 */
public final class FindingChart {
    static final String LATENCY = RunColumns.LATENCY_MS;

    private FindingChart() {
    }

    public static JFreeChart build(Dataset ds, FindingResult r) {
        if (ds == null || r == null || r.chart() == null) {
            return null;
        }
        Finding f = r.finding();
        ds = scoped(ds, r.scope());
        return switch (r.chart()) {
            case "crossover" -> crossover(ds, f);
            case "coldstart" -> coldStart(ds, f);
            case "power" -> power(ds, f);
            case "cost" -> cost(ds, f);
            default -> null;
        };
    }

    /** The run folder the verdict was computed on, so the chart shows the same data as the evidence. */
    private static Dataset scoped(Dataset ds, String scope) {
        if (scope == null || scope.isEmpty()) {
            return ds;
        }
        for (dev.chimera.workbench.findings.DatasetScope s : dev.chimera.workbench.findings.Scopes.split(ds)) {
            if (s.path().equals(scope)) {
                return s.dataset();
            }
        }
        return ds;
    }

    static JFreeChart crossover(Dataset ds, Finding f) {
        Table runs = ds.table(CanonicalTable.RUNS);
        if (runs == null || runs.rowCount() == 0) {
            return null;
        }
        ScalingMetric metric = metric(f.param("metric", RunColumns.TOKENS_PER_S));
        ScalingOptions base = ScalingOptions.defaults(metric, Aggregation.MEAN_OF_SCENARIO_MEANS);
        RegimeMatrix sizes = RegimeAdvisor.builtIn().matrices().stream()
                .filter(m -> m.axis().equals(RegimeMatrix.SIZE)).findFirst().orElse(null);
        RegimeSettings s = new RegimeSettings(metric, f.param("mode", "prefill"),
                Aggregation.MEAN_OF_SCENARIO_MEANS, f.param("a", null), f.param("b", null));
        return RegimeComputation.compute(runs, s, base, sizes).chart();
    }

    static ScalingMetric metric(String column) {
        for (ScalingMetric m : List.of(ScalingMetric.THROUGHPUT, ScalingMetric.LATENCY)) {
            if (m.column().equals(column)) {
                return m;
            }
        }
        return ScalingMetric.THROUGHPUT;
    }

    /** Box plots of both backends' samples, with and without each run's first sample: the flip at a glance. */
    static JFreeChart coldStart(Dataset ds, Finding f) {
        Table runs = ds.table(CanonicalTable.RUNS);
        if (runs == null || runs.rowCount() == 0 || !runs.columnNames().contains(LATENCY)) {
            return null;
        }
        String mode = f.param("mode", "");
        List<String> backends = new ArrayList<>();
        for (String key : List.of("a", "b", "backend")) {
            String b = f.param(key, "");
            if (!b.isEmpty() && !backends.contains(b)) {
                backends.add(b);
            }
        }
        List<SampleGroup> groups = new ArrayList<>();
        SampleFilter all = new SampleFilter(false, false, false);
        addGroups(groups, runs, mode, backends, all, "");
        addGroups(groups, runs, mode, backends, all.withDropFirstPerRun(true), I18n.tr("findings.chart.noFirst"));
        if (groups.isEmpty()) {
            return null;
        }
        String title = mode.isEmpty() ? LATENCY : LATENCY + " \u00b7 " + mode;
        return BoxPlotChart.create(title, LATENCY, groups, PercentileMethod.LINEAR, true, ChartTheme.STANDARD);
    }

    private static void addGroups(List<SampleGroup> out, Table runs, String mode, List<String> backends,
                                  SampleFilter filter, String suffix) {
        List<SampleExtractor.Group> groups = SampleExtractor.extract(runs, LATENCY,
                List.of(RunColumns.MODE, RunColumns.BACKEND), filter);
        for (int i = 0; i < backends.size(); i++) {
            for (SampleExtractor.Group g : groups) {
                boolean modeOk = mode.isEmpty() || mode.equals(g.key().get(RunColumns.MODE));
                if (modeOk && backends.get(i).equals(g.key().get(RunColumns.BACKEND)) && g.values().length > 0) {
                    String label = backends.get(i) + (suffix.isEmpty() ? "" : " " + suffix);
                    out.add(new SampleGroup(label, i, g.values(), g.sourceFiles(), g.sourceLines()));
                }
            }
        }
    }

    /** The first trace; the sampling-interval histogram for gap checks, the temperature for heat soak. */
    static JFreeChart power(Dataset ds, Finding f) {
        Table power = ds.table(CanonicalTable.POWER);
        if (power == null || power.rowCount() == 0) {
            return null;
        }
        PowerResult p = PowerComputation.compute(ds, new PowerSettings(0, PowerOptions.TR122_GAP_S));
        return switch (f.check()) {
            case "sampling_gaps" -> p.dtChart();
            case "heat_soak" -> p.temperatureChart() != null ? p.temperatureChart() : p.traceChart();
            default -> p.traceChart();
        };
    }

    /** $/1M per backend and mode at the finding's tier (default pricing), as the Cost tab's first chart. */
    static JFreeChart cost(Dataset ds, Finding f) {
        List<ThroughputPoint> points = List.of();
        Table runs = ds.table(CanonicalTable.RUNS);
        if (runs != null && runs.rowCount() > 0) {
            points = CostInputs.fromRuns(runs, CostInputs.FileSelection.NEWEST_PER_MODE);
        }
        Table summaries = ds.table(CanonicalTable.SUMMARIES);
        if (points.isEmpty() && summaries != null && summaries.rowCount() > 0) {
            points = CostInputs.fromSummaries(summaries);
        }
        if (points.isEmpty()) {
            return null;
        }
        Pricing pricing = Pricing.defaults();
        PricingTier tier = pricing.tier(f.param("tier", "on-demand")).orElse(pricing.tiers().get(0));
        CostReport report = CostEngine.compute(points, pricing, tier, CostAggregation.MEAN_OF_SCENARIOS);
        return CostCharts.byBackendAndMode(report.aggregates(), ChartTheme.STANDARD);
    }
}
