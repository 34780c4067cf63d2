package dev.chimera.workbench.findings;

import dev.chimera.workbench.ingest.CancellationToken;
import dev.chimera.workbench.model.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every finding of a catalog against a loaded folder, run folder by run folder ({@link Scopes}). Each
 * check reuses an engine; none re-computes a statistic.
 */
public final class FindingsChecker {

    /** The built-in computations a catalog entry may name in computation.check. */
    public static final Set<String> CHECKS = Set.of("crossover", "cold_start_flip", "tail_divergence",
            "warmup_ratio", "cost_cheapest", "cost_energy_share", "idle_baseline", "sampling_gaps", "event_gating",
            "heat_soak", "median_vs_mean", "compile_real", "compile_decode", "size_band_winner", "regime_row",
            "scenario_flip", "depth_vs_params", "params_fit_gate", "decode_fraction", "wide_over_deep");

    private FindingsChecker() {
    }

    /**
     * Every finding on every run folder of {@code dataset}: one result per scope that has the finding's data,
     * or a single NO_DATA result (scope "") saying what each scope lacks.
     */
    public static List<FindingResult> check(Dataset dataset, Catalog catalog) {
        return check(dataset, catalog, CancellationToken.none());
    }

    /**
     * As {@link #check(Dataset, Catalog)}, stopping with a {@link java.util.concurrent.CancellationException}
     * between findings once {@code cancel} is set: on a 1 M-row folder the whole catalog takes seconds, and a
     * superseded run (a new folder, a new catalog) should not keep a worker busy.
     */
    public static List<FindingResult> check(Dataset dataset, Catalog catalog, CancellationToken cancel) {
        List<DatasetScope> scopes = Scopes.split(dataset);
        List<FindingResult> out = new ArrayList<>();
        for (Finding f : catalog.findings()) {
            cancel.throwIfCancelled();
            out.addAll(check(scopes, f));
        }
        return out;
    }

    /** One finding over the given scopes (see {@link #check(Dataset, Catalog)}). */
    public static List<FindingResult> check(List<DatasetScope> scopes, Finding f) {
        List<FindingResult> found = new ArrayList<>();
        List<FindingResult> noData = new ArrayList<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (DatasetScope s : scopes) {
            FindingResult r = check(s, f);
            if (r.verdict() == Verdict.NO_DATA) {
                noData.add(r);
                missing.computeIfAbsent(Evidence.missingReason(r), k -> new ArrayList<>()).add(s.label());
            } else {
                found.add(r);
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        if (noData.size() == 1) {
            return noData;
        }
        List<String> parts = new ArrayList<>();
        missing.forEach((why, where) -> parts.add(why + " (" + String.join(", ", where) + ")"));
        return List.of(new FindingResult(f, Verdict.NO_DATA, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN,
                "none of the " + scopes.size() + " run folders has the data this finding needs (" + f.dataNeeded()
                        + "). Missing: " + String.join("; ", parts), List.of(), "", ""));
    }

    /** The finding on the whole dataset taken as one scope (no splitting into run folders). */
    public static FindingResult check(Dataset ds, Finding f) {
        return check(new DatasetScope(".", ds), f);
    }

    /** The finding on one scope; the result carries the scope and its detail names it. */
    public static FindingResult check(DatasetScope s, Finding f) {
        FindingResult r = dispatch(s, f);
        String where = "in " + s.label() + " (" + Evidence.resultFiles(s.dataset()) + " result files): ";
        return r.withScope(s.path()).withDetail(where + r.detail());
    }

    private static FindingResult dispatch(DatasetScope s, Finding f) {
        switch (f.check()) {
            case "crossover":
                return RunChecks.crossover(s, f);
            case "cold_start_flip":
                return RunChecks.coldStartFlip(s, f);
            case "tail_divergence":
                return RunChecks.tailDivergence(s, f);
            case "warmup_ratio":
                return RunChecks.warmupRatio(s, f);
            case "median_vs_mean":
                return CompileChecks.medianVsMean(s, f);
            case "compile_real":
                return CompileChecks.compileReal(s, f);
            case "compile_decode":
                return CompileChecks.compileDecode(s, f);
            case "cost_cheapest":
                return CostChecks.cheapest(s, f);
            case "cost_energy_share":
                return CostChecks.energyShare(s, f);
            case "scenario_flip":
                return CostChecks.scenarioFlip(s, f);
            case "size_band_winner":
            case "regime_row":
                return RegimeChecks.check(s, f);
            case "depth_vs_params":
            case "params_fit_gate":
            case "decode_fraction":
            case "wide_over_deep":
                return ScalingChecks.check(s, f);
            case "idle_baseline":
            case "sampling_gaps":
            case "event_gating":
            case "heat_soak":
                return PowerChecks.check(s, f);
            default:
                throw new IllegalArgumentException("unknown check " + f.check());
        }
    }
}
