package dev.chimera.workbench.findings;

import dev.chimera.workbench.cost.CostAggregation;
import dev.chimera.workbench.cost.CostEngine;
import dev.chimera.workbench.cost.CostInputs;
import dev.chimera.workbench.cost.CostReport;
import dev.chimera.workbench.cost.CostRow;
import dev.chimera.workbench.cost.Pricing;
import dev.chimera.workbench.cost.PricingTier;
import dev.chimera.workbench.cost.ThroughputPoint;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.util.ArrayList;
import java.util.List;

/** TR119 checks on CostEngine's report, computed as the {@code cost} command does (raw JSONL, else summaries). */
final class CostChecks {
    private CostChecks() {
    }

    static FindingResult cheapest(Dataset ds, Finding f) {
        CostReport r = report(ds, f);
        if (r == null) {
            return Evidence.noData(f, "no per-run throughput (TR119 bench JSONL) or latency_summary_cost rows");
        }
        String mode = f.param("mode", "prefill");
        String backend = f.param("backend", "onnxruntime-gpu");
        CostRow mine = r.aggregate(backend, mode);
        if (mine == null) {
            return Evidence.noData(f, "no " + mode + " cost of " + backend);
        }
        CostRow best = null;
        for (CostRow row : r.aggregates()) {
            if (row.mode().equals(mode) && Double.isFinite(row.usdPer1m())
                    && (best == null || row.usdPer1m() < best.usdPer1m())) {
                best = row;
            }
        }
        int n = (int) r.scenarios().stream().filter(s -> s.backend().equals(backend) && s.mode().equals(mode)).count();
        String what = backend + " " + mode + " $/1M at " + r.tier().id() + " (mean of " + n + " per-scenario costs)";
        List<String> files = Evidence.files(ds, CanonicalTable.RUNS, CanonicalTable.SUMMARIES);
        if (best != null && best != mine) {
            what += "; but " + best.backend() + " is cheaper at " + Evidence.fmt(best.usdPer1m());
            FindingResult lost = Evidence.decide(f, mine.usdPer1m(), Double.NaN, Double.NaN, n, what, files, "cost");
            if (lost.verdict() == Verdict.CONFIRMED) {
                // the number matches but the ranking does not: the claim "cheapest" fails
                return new FindingResult(f, f.kind() == FindingKind.PORTABLE ? Verdict.CONTRADICTED
                        : Verdict.INCONCLUSIVE, lost.measured(), lost.ciLo(), lost.ciHi(), n, lost.ratio(),
                        what + "; not the cheapest backend", files, "cost");
            }
            return lost;
        }
        return Evidence.decide(f, mine.usdPer1m(), Double.NaN, Double.NaN, n, what + ", the cheapest of "
                + r.aggregates().stream().filter(x -> x.mode().equals(mode)).count() + " backends", files, "cost");
    }

    /** Mean of the backend's energy share over the listed modes. */
    static FindingResult energyShare(Dataset ds, Finding f) {
        CostReport r = report(ds, f);
        if (r == null) {
            return Evidence.noData(f, "no per-run throughput (TR119 bench JSONL) or latency_summary_cost rows");
        }
        String backend = f.param("backend", "onnxruntime-gpu");
        double sum = 0;
        List<String> parts = new ArrayList<>();
        for (String mode : f.param("modes", "prefill,generate").split(",")) {
            CostRow row = r.aggregate(backend, mode.trim());
            if (row == null || !Double.isFinite(row.energyShare())) {
                return Evidence.noData(f, "no " + mode.trim() + " cost with a known power for " + backend);
            }
            sum += row.energyShare();
            parts.add(mode.trim() + " " + Evidence.fmt(100 * row.energyShare()) + " %");
        }
        double mean = sum / parts.size();
        return Evidence.decide(f, mean, Double.NaN, Double.NaN, parts.size(), "energy $ / total $ of " + backend
                + " (" + String.join(", ", parts) + "), mean", Evidence.files(ds, CanonicalTable.RUNS,
                CanonicalTable.SUMMARIES), "cost");
    }

    private static CostReport report(Dataset ds, Finding f) {
        List<ThroughputPoint> points = CostInputs.fromRuns(ds.table(CanonicalTable.RUNS),
                CostInputs.FileSelection.NEWEST_PER_MODE);
        if (points.isEmpty()) {
            points = CostInputs.fromSummaries(ds.table(CanonicalTable.SUMMARIES));
        }
        if (points.isEmpty()) {
            return null;
        }
        Pricing pricing = Pricing.defaults();
        PricingTier tier = pricing.tier(f.param("tier", "on-demand")).orElseThrow();
        return CostEngine.compute(points, pricing, tier, CostAggregation.MEAN_OF_SCENARIOS);
    }
}
