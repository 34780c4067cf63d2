package dev.chimera.workbench.export;

import dev.chimera.workbench.analysis.GroupSummary;
import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.analysis.Stats;
import dev.chimera.workbench.analysis.SummaryResult;
import dev.chimera.workbench.analysis.Summarizer;
import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.CrossoverMethod;
import dev.chimera.workbench.analysis.scaling.CrossoverResult;
import dev.chimera.workbench.analysis.scaling.CrossoverSolver;
import dev.chimera.workbench.analysis.scaling.ScalingAnalysis;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingFit;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.cost.CostAggregation;
import dev.chimera.workbench.cost.CostEngine;
import dev.chimera.workbench.cost.CostReport;
import dev.chimera.workbench.cost.CostRow;
import dev.chimera.workbench.cost.Pricing;
import dev.chimera.workbench.cost.ThroughputPoint;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.power.PowerAnalysis;
import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.power.TraceAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * The summary tables of a report bundle as CSV text (RFC 4180 quoting, '.' decimals, empty for missing): latency
 * percentiles per backend × model × mode (Summarizer, linear), the crossover fit per mode, the cost table at
 * the tier, the power summary per trace. Each is null when the dataset has nothing for it.
 */
public final class ReportTables {

    private ReportTables() {
    }

    public static String latency(Dataset ds, SampleFilter filter) {
        Table runs = ds.table(CanonicalTable.RUNS);
        String metric = runs == null ? null : LatencyExportCharts.firstMetric(runs);
        if (metric == null) {
            return null;
        }
        List<String> by = new ArrayList<>();
        for (String c : List.of("backend", "model", "mode")) {
            if (runs.columnNames().contains(c)) {
                by.add(c);
            }
        }
        SummaryResult r = Summarizer.summarize(runs, metric, by, filter, PercentileMethod.LINEAR);
        StringBuilder b = new StringBuilder("metric,unit,backend,model,mode,n,mean,std,min,p50,p90,p95,p99,p999,max,"
                + "failed_excluded,warmup_excluded,first_dropped\n");
        for (GroupSummary g : r.groups()) {
            Stats s = g.stats();
            row(b, metric, r.unit(), g.key().getOrDefault("backend", ""), g.key().getOrDefault("model", ""),
                    g.key().getOrDefault("mode", ""), s.n(), s.mean(), s.std(), s.min(), s.p50(), s.p90(), s.p95(),
                    s.p99(), s.p999(), s.max(), g.failedExcluded(), g.warmupExcluded(), g.firstDropped());
        }
        return b.toString();
    }

    /** Every pair of backends per mode, TR118's ratio method, throughput, mean of scenario means. */
    public static String crossover(Dataset ds) {
        Table runs = ds.table(CanonicalTable.RUNS);
        if (runs == null || runs.rowCount() == 0) {
            return null;
        }
        ScalingData data = ScalingData.collect(runs,
                ScalingOptions.defaults(ScalingMetric.THROUGHPUT, Aggregation.MEAN_OF_SCENARIO_MEANS));
        Map<String, TreeSet<String>> byMode = new TreeMap<>();
        for (ScalingFit f : ScalingAnalysis.analyze(data, false).fits()) {
            byMode.computeIfAbsent(f.series().mode(), k -> new TreeSet<>()).add(f.series().backend());
        }
        StringBuilder b = new StringBuilder("mode,metric,a,b,crossover_params,ci95_lo,ci95_hi,slope,r2,in_range,"
                + "min_params,max_params,points\n");
        int rows = 0;
        for (Map.Entry<String, TreeSet<String>> e : byMode.entrySet()) {
            List<String> backends = new ArrayList<>(e.getValue());
            for (int i = 0; i < backends.size(); i++) {
                for (int j = i + 1; j < backends.size(); j++) {
                    CrossoverResult c = CrossoverSolver.solve(data, e.getKey(), backends.get(i), backends.get(j),
                            CrossoverMethod.RATIO);
                    if (c.points().size() < 2) {
                        continue; // the pair shares fewer than two model sizes: nothing to fit
                    }
                    row(b, e.getKey(), c.metric(), c.backendA(), c.backendB(), c.crossoverParams(),
                            c.ci() == null ? Double.NaN : c.ci().lo(), c.ci() == null ? Double.NaN : c.ci().hi(),
                            c.slope(), c.r2(), c.inRange(), c.minParams(), c.maxParams(), c.points().size());
                    rows++;
                }
            }
        }
        return rows == 0 ? null : b.toString();
    }

    public static String cost(Dataset ds, String tierId) {
        List<ThroughputPoint> points = PowerCostExportCharts.costInputs(ds);
        if (points.isEmpty()) {
            return null;
        }
        Pricing pricing = Pricing.defaults();
        CostReport report = CostEngine.compute(points, pricing, PowerCostExportCharts.tier(pricing, tierId),
                CostAggregation.MEAN_OF_SCENARIOS);
        StringBuilder b = new StringBuilder("tier,aggregation,backend,mode,scenario,tokens_per_s,power_w,power_source,"
                + "usd_per_1m,infra_usd_per_1m,energy_usd_per_1m,energy_share,gco2e_per_1m,runs\n");
        List<CostRow> rows = new ArrayList<>(report.aggregates());
        rows.addAll(report.scenarios());
        for (CostRow r : rows) {
            row(b, r.tier(), r.aggregation(), r.backend(), r.mode(), r.scenario(), r.tokensPerS(), r.powerW(),
                    r.powerSource() == null ? "" : r.powerSource().toString(), r.usdPer1m(), r.infraUsdPer1m(),
                    r.energyUsdPer1m(), r.energyShare(), r.gco2ePer1m(), r.runs());
        }
        return b.toString();
    }

    public static String power(Dataset ds) {
        List<TraceAnalysis> list = PowerAnalysis.analyze(ds, PowerOptions.defaults());
        if (list.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("trace,duration_s,samples,median_dt_s,gaps,energy_j,mean_w,"
                + "time_weighted_mean_w,idle_baseline_w,events\n");
        for (TraceAnalysis a : list) {
            row(b, a.trace().label(), a.sampling().durationS(), a.sampling().samples(), a.sampling().dtMedianS(),
                    a.sampling().gaps().size(), a.energyJ(), a.meanW(), a.timeWeightedMeanW(),
                    a.baseline().usable() ? a.baseline().meanW() : Double.NaN, a.events().size());
        }
        return b.toString();
    }

    private static void row(StringBuilder b, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells[i]));
        }
        b.append('\n');
    }

    static String cell(Object o) {
        if (o instanceof Double d) {
            return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
                    .replaceAll("\\.(e|$)", "$1") : "";
        }
        String s = o == null ? "" : o.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
