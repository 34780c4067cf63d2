package dev.chimera.workbench.findings;

import dev.chimera.workbench.analysis.Bootstrap;
import dev.chimera.workbench.analysis.ColdStart;
import dev.chimera.workbench.analysis.ColdStartEffect;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.analysis.WarmupRatioCell;
import dev.chimera.workbench.analysis.WarmupRatioGrid;
import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.CrossoverMethod;
import dev.chimera.workbench.analysis.scaling.CrossoverResult;
import dev.chimera.workbench.analysis.scaling.CrossoverSolver;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.RunColumns;
import java.util.List;
import tech.tablesaw.api.Table;

/** Checks on the runs table: crossover (TR118), cold-start flip and tail (TR120), warmup ratios (TR121). */
final class RunChecks {
    private static final String METRIC = "latency_ms";

    private RunChecks() {
    }

    /** TR118: CrossoverSolver's ratio fit with its bootstrap CI; the fit must stay inside the measured sizes. */
    static FindingResult crossover(DatasetScope s, Finding f) {
        Dataset ds = s.dataset();
        Table runs = ds.table(CanonicalTable.RUNS);
        if (runs.rowCount() == 0) {
            return Evidence.noData(f, "no run rows");
        }
        String mode = f.param("mode", "prefill");
        String a = f.param("a", "onnxruntime-cpu");
        String b = f.param("b", "transformers-gpu-compile");
        ScalingData data = ScalingData.collect(runs, ScalingOptions.defaults(
                ScalingMetric.parse(f.param("metric", "tokens_per_s")),
                Aggregation.parse(f.param("aggregation", "mean-of-scenario-means")))
                .withBootstrap(new Bootstrap(2000, 0.95, 42)));
        CrossoverResult r = CrossoverSolver.solve(data, mode, a, b, CrossoverMethod.RATIO);
        int n = r.points().size();
        List<String> files = Evidence.files(ds, CanonicalTable.RUNS);
        if (n == 0) {
            return Evidence.noData(f, "no model measured on both " + a + " and " + b + " in mode " + mode
                    + " with a known parameter count");
        }
        String what = a + " / " + b + " " + mode + " crossover over " + n + " model sizes";
        if (n < f.rule().minN() || !r.ci().isDefined()) {
            return Evidence.inconclusive(f, r.crossoverParams(), r.ci().lo(), r.ci().hi(), n, what + ": only " + n
                    + " sizes (fit needs " + f.rule().minN() + ") or no bootstrap CI", files, "crossover");
        }
        if (!r.inRange()) {
            return Evidence.inconclusive(f, r.crossoverParams(), r.ci().lo(), r.ci().hi(), n, what
                    + ": the fitted crossover " + Evidence.fmt(r.crossoverParams()) + " lies outside the measured "
                    + "sizes " + Evidence.fmt(r.minParams()) + "–" + Evidence.fmt(r.maxParams())
                    + " (fit gate: an extrapolation is not a measurement)", files, "crossover");
        }
        return Evidence.decide(f, r.crossoverParams(), r.ci().lo(), r.ci().hi(), n, what + " (95% CI "
                + Evidence.fmt(r.ci().lo()) + "–" + Evidence.fmt(r.ci().hi()) + ", slope " + Evidence.fmt(r.slope())
                + ")", files, "crossover");
    }

    /**
     * TR120: delta = mean(b) − mean(a) with and without each run file's first sample (ColdStart effects).
     * The paradox is confirmed when b looks faster on all samples and the delta changes sign once first
     * samples are dropped.
     */
    static FindingResult coldStartFlip(DatasetScope s, Finding f) {
        Dataset ds = s.dataset();
        Pair p = effects(s, f);
        if (p.missing != null) {
            return Evidence.noData(f, p.missing);
        }
        double before = p.b.meanMs() - p.a.meanMs();
        double after = p.b.meanExclFirstMs() - p.a.meanExclFirstMs();
        int n = Math.min(p.a.files(), p.b.files());
        List<String> files = Evidence.files(ds, CanonicalTable.RUNS);
        String what = "mean(" + p.bName + ") − mean(" + p.aName + "), " + p.mode + ": " + Evidence.fmt(before)
                + " ms on all samples, " + Evidence.fmt(after) + " ms without each run file's first sample ("
                + p.a.files() + " + " + p.b.files() + " run files); the measured value is the second";
        if (!(before < 0)) {
            return Evidence.inconclusive(f, after, Double.NaN, Double.NaN, n, what + "; " + p.bName
                    + " does not look faster on the mean in the first place, so there is no paradox to explain",
                    files, "coldstart");
        }
        return Evidence.decide(f, after, Double.NaN, Double.NaN, n, what, files, "coldstart");
    }

    /**
     * Checklist "track p99 not just the mean" (TR120): the backend with the better median has the worse p99.
     * Measured: p99 of the median winner / p99 of the other.
     */
    static FindingResult tailDivergence(DatasetScope s, Finding f) {
        Dataset ds = s.dataset();
        Pair p = effects(s, f);
        if (p.missing != null) {
            return Evidence.noData(f, p.missing);
        }
        boolean aWins = p.a.medianMs() <= p.b.medianMs();
        ColdStartEffect win = aWins ? p.a : p.b;
        ColdStartEffect lose = aWins ? p.b : p.a;
        double ratio = win.p99Ms() / lose.p99Ms();
        String what = p.mode + ": " + (aWins ? p.aName : p.bName) + " wins the median (" + Evidence.fmt(win.medianMs())
                + " vs " + Evidence.fmt(lose.medianMs()) + " ms); its p99 " + Evidence.fmt(win.p99Ms()) + " ms vs "
                + Evidence.fmt(lose.p99Ms()) + " ms, ratio";
        return Evidence.decide(f, ratio, Double.NaN, Double.NaN, Math.min(win.nTotalSamples(), lose.nTotalSamples()),
                what, Evidence.files(ds, CanonicalTable.RUNS), "coldstart");
    }

    /** TR121: the largest warmup median / measured median of WarmupRatioGrid. */
    static FindingResult warmupRatio(DatasetScope s, Finding f) {
        Dataset ds = s.dataset();
        Table runs = ds.table(CanonicalTable.RUNS);
        if (runs.rowCount() == 0 || !runs.columnNames().contains(METRIC)) {
            return Evidence.noData(f, "no run rows with " + METRIC);
        }
        WarmupRatioGrid grid = WarmupRatioGrid.of(runs, METRIC);
        if (grid.cells().isEmpty()) {
            return Evidence.noData(f, "no ok rows flagged is_warmup (the harness did not record warmups)");
        }
        // cells with only warmups or only measured rows have a NaN ratio: they cannot be the largest
        WarmupRatioCell max = null;
        int defined = 0;
        for (WarmupRatioCell c : grid.cells()) {
            if (Double.isFinite(c.warmupToMeasuredRatio())) {
                defined++;
                if (max == null || c.warmupToMeasuredRatio() > max.warmupToMeasuredRatio()) {
                    max = c;
                }
            }
        }
        if (max == null) {
            return Evidence.noData(f, "no cell with both warmup and measured ok rows (" + grid.cells().size()
                    + " cells have only one side)");
        }
        String what = "largest warmup / measured median over " + defined + " cells with both sides ("
                + grid.alerts().size() + " above " + Evidence.fmt(grid.alertRatio()) + "x), at " + max.backend()
                + " " + max.model() + " " + max.scenario() + " " + max.mode();
        return Evidence.decide(f, max.warmupToMeasuredRatio(), Double.NaN, Double.NaN, defined, what,
                Evidence.files(ds, CanonicalTable.RUNS), "coldstart");
    }

    /** ColdStart's report of the scope's ok samples (warmups kept, as TR117/TR120), or why there is none. */
    static Object coldStart(DatasetScope s) {
        Table runs = s.dataset().table(CanonicalTable.RUNS);
        return s.cached("coldstart", () -> {
            try {
                return ColdStart.analyze(runs, METRIC, new SampleFilter(false, false, false),
                        ColdStart.DEFAULT_GROUP_BY);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
    }

    private static final class Pair {
        String missing;
        String mode;
        String aName;
        String bName;
        ColdStartEffect a;
        ColdStartEffect b;
    }

    private static Pair effects(DatasetScope s, Finding f) {
        Dataset ds = s.dataset();
        Pair p = new Pair();
        p.mode = f.param("mode", "e2e_kv");
        p.aName = f.param("a", "transformers-gpu");
        p.bName = f.param("b", "transformers-gpu-compile");
        Table runs = ds.table(CanonicalTable.RUNS);
        if (runs.rowCount() == 0 || !runs.columnNames().contains(METRIC)) {
            p.missing = "no run rows with " + METRIC;
            return p;
        }
        Object cached = coldStart(s);
        if (cached instanceof String) {
            p.missing = (String) cached;
            return p;
        }
        ColdStart.Report r = (ColdStart.Report) cached;
        for (ColdStartEffect e : r.effects()) {
            if (p.mode.equals(e.key().get(RunColumns.MODE))) {
                String backend = e.key().get(RunColumns.BACKEND);
                if (p.aName.equals(backend)) {
                    p.a = e;
                } else if (p.bName.equals(backend)) {
                    p.b = e;
                }
            }
        }
        if (p.a == null || p.b == null) {
            p.missing = "ok run samples of " + (p.a == null ? p.aName : p.bName) + " in mode " + p.mode;
        }
        return p;
    }
}
