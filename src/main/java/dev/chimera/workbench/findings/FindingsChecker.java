package dev.chimera.workbench.findings;

import dev.chimera.workbench.model.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks every finding of a catalog against a loaded folder. Each check reuses an engine; none re-computes a statistic. */
public final class FindingsChecker {

    /** The built-in computations a catalog entry may name in computation.check. */
    public static final Set<String> CHECKS = Set.of("crossover", "cold_start_flip", "tail_divergence",
            "warmup_ratio", "cost_cheapest", "cost_energy_share", "idle_baseline", "sampling_gaps", "event_gating",
            "heat_soak");

    private FindingsChecker() {
    }

    public static List<FindingResult> check(Dataset dataset, Catalog catalog) {
        List<FindingResult> out = new ArrayList<>();
        for (Finding f : catalog.findings()) {
            out.add(check(dataset, f));
        }
        return out;
    }

    public static FindingResult check(Dataset ds, Finding f) {
        switch (f.check()) {
            case "crossover":
                return RunChecks.crossover(ds, f);
            case "cold_start_flip":
                return RunChecks.coldStartFlip(ds, f);
            case "tail_divergence":
                return RunChecks.tailDivergence(ds, f);
            case "warmup_ratio":
                return RunChecks.warmupRatio(ds, f);
            case "cost_cheapest":
                return CostChecks.cheapest(ds, f);
            case "cost_energy_share":
                return CostChecks.energyShare(ds, f);
            case "idle_baseline":
            case "sampling_gaps":
            case "event_gating":
            case "heat_soak":
                return PowerChecks.check(ds, f);
            default:
                throw new IllegalArgumentException("unknown check " + f.check());
        }
    }
}
