package dev.chimera.workbench.findings;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.Stats;
import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.ModelPoint;
import dev.chimera.workbench.analysis.scaling.MultivariateFit;
import dev.chimera.workbench.analysis.scaling.ScalingAnalysis;
import dev.chimera.workbench.analysis.scaling.ScalingFit;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.analysis.scaling.SeriesKey;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** TR121 checks on ScalingAnalysis (per-model geomean of scenario medians, warmups out, as analyze_scaling.py). */
final class ScalingChecks {
    private ScalingChecks() {
    }

    static FindingResult check(DatasetScope s, Finding f) {
        Table runs = s.dataset().table(CanonicalTable.RUNS);
        if (runs == null || runs.rowCount() == 0 || !runs.columnNames().contains(RunColumns.LATENCY_MS)) {
            return Evidence.noData(f, "no run rows with latency_ms");
        }
        switch (f.check()) {
            case "depth_vs_params":
                return depth(s, f, runs);
            case "params_fit_gate":
                return gate(s, f, runs);
            case "decode_fraction":
                return decodeFraction(s, f, runs);
            default:
                return wideOverDeep(s, f, runs);
        }
    }

    private static ScalingAnalysis.Result analysis(DatasetScope s, Finding f, Table runs) {
        String agg = f.param("aggregation", "geomean-of-scenario-medians");
        String metric = f.param("metric", "latency_ms");
        return s.cached("scaling-analysis:" + metric + ":" + agg, () -> ScalingAnalysis.analyze(runs,
                ScalingOptions.defaults(ScalingMetric.parse(metric), Aggregation.parse(agg)), true));
    }

    private static SeriesKey key(Finding f) {
        return new SeriesKey(f.param("backend", "hf_gpu_fp16"), f.param("mode", "e2e_kv"));
    }

    /** TR121 §5.2.2: γ / |β| of the multivariate fit ln(lat) = α + β ln(params) + γ ln(n_layer). */
    private static FindingResult depth(DatasetScope s, Finding f, Table runs) {
        SeriesKey k = key(f);
        ScalingAnalysis.Result r = analysis(s, f, runs);
        MultivariateFit fit = r.multivariate().stream().filter(m -> m.series().equals(k)).findFirst().orElse(null);
        if (fit == null) {
            return Evidence.noData(f, "at least 4 models with a known depth (n_layer) in the " + k + " series");
        }
        String what = k + " multivariate fit over " + fit.n() + " models: γ (ln n_layer) " + Evidence.fmt(fit.gamma())
                + ", β (ln params) " + Evidence.fmt(fit.beta()) + ", R² " + Evidence.fmt(fit.r2()) + " — γ/|β|";
        return Evidence.decide(f, fit.depthToParamsRatio(), Double.NaN, Double.NaN, fit.n(), what,
                Evidence.files(s.dataset(), CanonicalTable.RUNS), "scaling");
    }

    /**
     * The Conclusive's fit gate (R² ≥ 0.2 and slope CI excluding 0) on a params-only power law. Param
     * {@code expect}: not_actionable (small models on GPU, C4) or actionable (large models, C5; the measured R²
     * must also reach rule.lo). Measured: R².
     */
    private static FindingResult gate(DatasetScope s, Finding f, Table runs) {
        SeriesKey k = key(f);
        ScalingFit sf = analysis(s, f, runs).fits().stream().filter(x -> x.series().equals(k)).findFirst()
                .orElse(null);
        if (sf == null || sf.fit() == null) {
            return Evidence.noData(f, "a " + k + " series measured on at least 2 model sizes");
        }
        var fit = sf.fit();
        String ci = fit.slopeCi() == null || !fit.slopeCi().isDefined() ? "no CI"
                : "CI " + Evidence.fmt(fit.slopeCi().lo()) + " to " + Evidence.fmt(fit.slopeCi().hi());
        String what = k + " params-only power law over " + sf.points().size() + " models ("
                + ModelSizesText.range(sf.points()) + "): slope " + Evidence.fmt(fit.slope()) + " (" + ci + "), R² "
                + Evidence.fmt(fit.r2()) + "; fit gate " + (fit.gate().actionable() ? "passes" : "fails") + ": "
                + fit.gate().reason();
        boolean wantActionable = f.param("expect", "not_actionable").equals("actionable");
        boolean holds = wantActionable ? fit.gate().actionable() && fit.r2() >= f.rule().lo()
                : !fit.gate().actionable();
        int n = sf.points().size();
        var files = Evidence.files(s.dataset(), CanonicalTable.RUNS);
        if (n < f.rule().minN()) {
            return Evidence.inconclusive(f, fit.r2(), Double.NaN, Double.NaN, n, what + "; " + n
                    + " models is below the minimum " + f.rule().minN(), files, "scaling");
        }
        Verdict v = holds ? Verdict.CONFIRMED : f.kind() == FindingKind.PORTABLE ? Verdict.CONTRADICTED
                : Verdict.INCONCLUSIVE;
        return Evidence.of(f, v, fit.r2(), Double.NaN, Double.NaN, n, what + (holds ? " — as the claim says"
                : " — not what the claim says (" + f.rule().text() + ")"), files, "scaling");
    }

    /**
     * TR121 decode sweep: per model geomean(kv_decode) / geomean(e2e_kv), median over models, per backend,
     * on runs generating at least {@code min_gen} tokens. Measured: the smallest backend median.
     */
    private static FindingResult decodeFraction(DatasetScope s, Finding f, Table runs) {
        int minGen = Integer.parseInt(f.param("min_gen", "64"));
        String genCol = runs.columnNames().contains("gen_tokens_target") ? "gen_tokens_target" : RunColumns.GEN_TOKENS;
        if (!runs.columnNames().contains(genCol)) {
            return Evidence.noData(f, "no gen_tokens column");
        }
        Selection sel = ((NumericColumn<?>) runs.column(genCol)).isGreaterThanOrEqualTo(minGen);
        Table longGen = runs.where(sel);
        if (longGen.rowCount() == 0) {
            return Evidence.noData(f, "no run generating at least " + minGen + " tokens (" + genCol + ")");
        }
        ScalingAnalysis.Result r = s.cached("decode-fraction:" + minGen, () -> ScalingAnalysis.analyze(longGen,
                ScalingOptions.defaults(ScalingMetric.LATENCY, Aggregation.GEOMEAN_OF_SCENARIO_MEDIANS), false));
        Map<String, Double> medians = new LinkedHashMap<>();
        int models = 0;
        for (SeriesKey k : r.data().series().keySet()) {
            if (!k.mode().equals("kv_decode")) {
                continue;
            }
            List<ModelPoint> e2e = r.data().points(k.backend(), "e2e_kv");
            List<Double> fractions = new ArrayList<>();
            for (ModelPoint kv : r.data().points(k.backend(), "kv_decode")) {
                e2e.stream().filter(p -> p.model().equals(kv.model())).findFirst()
                        .ifPresent(p -> fractions.add(kv.value() / p.value()));
            }
            if (!fractions.isEmpty()) {
                models += fractions.size();
                medians.put(k.backend(), Stats.percentile(fractions.stream().mapToDouble(Double::doubleValue).toArray(),
                        50, PercentileMethod.LINEAR));
            }
        }
        if (medians.isEmpty()) {
            return Evidence.noData(f, "kv_decode and e2e_kv runs of the same models generating ≥ " + minGen + " tokens");
        }
        double min = medians.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        List<String> parts = new ArrayList<>();
        medians.forEach((b, v) -> parts.add(b + " " + Evidence.fmt(v)));
        String what = "decode fraction kv_decode / e2e_kv (per model geomean of scenario medians, median over "
                + models + " backend-models, " + genCol + " ≥ " + minGen + "): " + String.join(", ", parts)
                + "; the measured value is the smallest";
        return Evidence.decide(f, min, Double.NaN, Double.NaN, models, what,
                Evidence.files(s.dataset(), CanonicalTable.RUNS), "scaling");
    }

    /**
     * TR121 §5.1 "wide over deep": among the series' models, a smaller but deeper model is slower than a larger
     * shallower one. Measured: the largest latency ratio deeper-smaller / shallower-larger.
     */
    private static FindingResult wideOverDeep(DatasetScope s, Finding f, Table runs) {
        SeriesKey k = key(f);
        ScalingAnalysis.Result r = analysis(s, f, runs);
        List<ModelPoint> pts = r.data().points(k.backend(), k.mode());
        double best = Double.NaN;
        String pair = "";
        int pairs = 0;
        for (ModelPoint deep : pts) {
            for (ModelPoint wide : pts) {
                if (deep.nLayer() > 0 && wide.nLayer() > 0 && deep.params() < wide.params()
                        && deep.nLayer() > wide.nLayer()) {
                    pairs++;
                    double ratio = deep.value() / wide.value();
                    if (Double.isNaN(best) || ratio > best) {
                        best = ratio;
                        pair = deep.model() + " (" + deep.nLayer() + " layers) " + Evidence.fmt(deep.value()) + " ms vs "
                                + wide.model() + " (" + wide.nLayer() + " layers) " + Evidence.fmt(wide.value()) + " ms";
                    }
                }
            }
        }
        if (pairs == 0) {
            return Evidence.noData(f, "two " + k + " models where the smaller one has more layers (n_layer known)");
        }
        return Evidence.decide(f, best, Double.NaN, Double.NaN, pairs, k + " latency, " + pairs
                + " smaller-but-deeper pairs; largest slowdown of the deeper model: " + pair, Evidence.files(
                s.dataset(), CanonicalTable.RUNS), "scaling");
    }

    /** Size range text of fitted points. */
    private static final class ModelSizesText {
        static String range(List<ModelPoint> pts) {
            double lo = pts.stream().mapToDouble(ModelPoint::params).min().orElse(Double.NaN);
            double hi = pts.stream().mapToDouble(ModelPoint::params).max().orElse(Double.NaN);
            return dev.chimera.workbench.analysis.scaling.ModelSizes.format(lo) + "–"
                    + dev.chimera.workbench.analysis.scaling.ModelSizes.format(hi);
        }
    }
}
