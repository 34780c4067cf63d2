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
import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/** TR119 checks on CostEngine's report, computed as the {@code cost} command does (raw JSONL, else summaries). */
final class CostChecks {
    private static final String NO_COST = "no per-run throughput (TR119 bench JSONL) or latency_summary_cost rows";

    private CostChecks() {
    }

    static FindingResult cheapest(DatasetScope s, Finding f) {
        Dataset ds = s.dataset();
        CostReport r = report(s, f);
        if (r == null) {
            return Evidence.noData(f, NO_COST + modelNote(f));
        }
        String mode = f.param("mode", "prefill");
        String backend = f.param("backend", "onnxruntime-gpu");
        CostRow mine = r.aggregate(backend, mode);
        if (mine == null) {
            return Evidence.noData(f, "no " + mode + " cost of " + backend + modelNote(f));
        }
        CostRow best = null;
        for (CostRow row : r.aggregates()) {
            if (row.mode().equals(mode) && Double.isFinite(row.usdPer1m())
                    && (best == null || row.usdPer1m() < best.usdPer1m())) {
                best = row;
            }
        }
        int n = (int) r.scenarios().stream().filter(x -> x.backend().equals(backend) && x.mode().equals(mode)).count();
        String what = backend + " " + mode + " $/1M" + modelNote(f) + " at " + r.tier().id() + " (mean of " + n
                + " per-scenario costs, CostEngine)";
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
    static FindingResult energyShare(DatasetScope s, Finding f) {
        Dataset ds = s.dataset();
        CostReport r = report(s, f);
        if (r == null) {
            return Evidence.noData(f, NO_COST + modelNote(f));
        }
        String backend = f.param("backend", "onnxruntime-gpu");
        double sum = 0;
        List<String> parts = new ArrayList<>();
        for (String mode : f.param("modes", "prefill,generate").split(",")) {
            CostRow row = r.aggregate(backend, mode.trim());
            if (row == null || !Double.isFinite(row.energyShare())) {
                return Evidence.noData(f, "no " + mode.trim() + " cost with a known power for " + backend
                        + modelNote(f));
            }
            sum += row.energyShare();
            parts.add(mode.trim() + " " + Evidence.fmt(100 * row.energyShare()) + " %");
        }
        double mean = sum / parts.size();
        return Evidence.decide(f, mean, Double.NaN, Double.NaN, parts.size(), "energy $ / total $ of " + backend
                + modelNote(f) + " at " + r.tier().id() + " (" + String.join(", ", parts) + "), mean",
                Evidence.files(ds, CanonicalTable.RUNS, CanonicalTable.SUMMARIES), "cost");
    }

    /**
     * TR119 / Conclusive: the backend cheapest on the mean of scenarios is not the cheapest in every scenario
     * (batched prefill flips it). Measured: the number of scenarios whose cheapest backend differs from the
     * overall winner.
     */
    static FindingResult scenarioFlip(DatasetScope s, Finding f) {
        CostReport r = report(s, f);
        String mode = f.param("mode", "prefill");
        if (r == null) {
            return Evidence.noData(f, NO_COST + modelNote(f));
        }
        CostRow overall = null;
        for (CostRow row : r.aggregates()) {
            if (row.mode().equals(mode) && Double.isFinite(row.usdPer1m())
                    && (overall == null || row.usdPer1m() < overall.usdPer1m())) {
                overall = row;
            }
        }
        Map<String, CostRow> winners = new LinkedHashMap<>();
        Map<String, Integer> backends = new LinkedHashMap<>();
        for (CostRow row : r.scenarios()) {
            if (!row.mode().equals(mode) || !Double.isFinite(row.usdPer1m())) {
                continue;
            }
            backends.merge(row.scenario(), 1, Integer::sum);
            CostRow w = winners.get(row.scenario());
            if (w == null || row.usdPer1m() < w.usdPer1m()) {
                winners.put(row.scenario(), row);
            }
        }
        winners.keySet().removeIf(sc -> backends.get(sc) < 2);
        if (overall == null || winners.size() < 2) {
            return Evidence.noData(f, mode + " costs of at least 2 backends in at least 2 scenarios" + modelNote(f));
        }
        List<String> flips = new ArrayList<>();
        for (CostRow w : winners.values()) {
            if (!w.backend().equals(overall.backend())) {
                CostRow theirs = find(r, overall.backend(), mode, w.scenario());
                flips.add(w.scenario() + ": " + w.backend() + " " + Evidence.fmt(w.usdPer1m()) + " vs "
                        + Evidence.fmt(theirs == null ? Double.NaN : theirs.usdPer1m()));
            }
        }
        String what = mode + " winner on the mean of scenarios: " + overall.backend() + " ("
                + Evidence.fmt(overall.usdPer1m()) + " $/1M" + modelNote(f) + "); scenarios won by another backend: "
                + flips.size() + " of " + winners.size() + (flips.isEmpty() ? "" : " (" + String.join("; ", flips) + ")");
        return Evidence.decide(f, flips.size(), Double.NaN, Double.NaN, winners.size(), what,
                Evidence.files(s.dataset(), CanonicalTable.RUNS, CanonicalTable.SUMMARIES), "cost");
    }

    /**
     * A regime row judged by cost (param by = cost): per scenario of the row's workload (e.g. batch ≥ 2
     * prefill), the cheapest backend; measured is the share of scenarios the row's backends win.
     */
    static FindingResult rowByCost(DatasetScope s, Finding f, List<String> recommended, String source) {
        String mode = f.param("mode", "prefill");
        String batch = f.param("min_batch", "").isEmpty() ? "" : " (batch ≥ " + f.param("min_batch", "") + ")";
        CostReport r = report(s, f);
        if (r == null) {
            return Evidence.noData(f, NO_COST + batch);
        }
        Map<String, CostRow> winners = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CostRow row : r.scenarios()) {
            if (row.mode().equals(mode) && Double.isFinite(row.usdPer1m())) {
                counts.merge(row.scenario(), 1, Integer::sum);
                CostRow w = winners.get(row.scenario());
                if (w == null || row.usdPer1m() < w.usdPer1m()) {
                    winners.put(row.scenario(), row);
                }
            }
        }
        winners.keySet().removeIf(sc -> counts.get(sc) < 2);
        if (winners.isEmpty()) {
            return Evidence.noData(f, mode + " costs of at least 2 backends in one scenario" + batch);
        }
        int agree = 0;
        List<String> parts = new ArrayList<>();
        for (CostRow w : winners.values()) {
            boolean ok = recommended.contains(w.backend());
            agree += ok ? 1 : 0;
            parts.add(w.scenario() + " " + w.backend() + " " + Evidence.fmt(w.usdPer1m()) + " $/1M"
                    + (ok ? " (agrees)" : " (disagrees)"));
        }
        String what = source + ": the cheapest " + mode + " backend per scenario" + batch + " at " + r.tier().id()
                + " (CostEngine): " + String.join("; ", parts) + " — share won by the recommendation";
        return Evidence.decide(f, (double) agree / winners.size(), Double.NaN, Double.NaN, winners.size(), what,
                Evidence.files(s.dataset(), CanonicalTable.RUNS), "cost");
    }

    private static CostRow find(CostReport r, String backend, String mode, String scenario) {
        for (CostRow row : r.scenarios()) {
            if (row.backend().equals(backend) && row.mode().equals(mode) && row.scenario().equals(scenario)) {
                return row;
            }
        }
        return null;
    }

    private static String modelNote(Finding f) {
        String model = f.param("model", "");
        return model.isEmpty() ? "" : " of model " + model;
    }

    /** The scope's cost report at the finding's tier (runs of the finding's model only, when it names one). */
    private static CostReport report(DatasetScope s, Finding f) {
        String model = f.param("model", "");
        String tierId = f.param("tier", "on-demand");
        List<String> backends = f.param("backends", "").isBlank() ? List.of()
                : Arrays.stream(f.param("backends", "").split(",")).map(String::trim).toList();
        String minBatch = f.param("min_batch", "");
        return s.cached("cost:" + tierId + ":" + model + ":" + backends + ":" + minBatch, () -> {
            Table runs = s.dataset().table(CanonicalTable.RUNS);
            // rows naming another model are out; rows naming none (TR119 JSONL) stay
            if (!model.isEmpty() && runs != null && runs.columnNames().contains(RunColumns.MODEL)) {
                runs = runs.where(runs.stringColumn(RunColumns.MODEL).isIn(model, ""));
            }
            if (!backends.isEmpty() && runs != null && runs.columnNames().contains(RunColumns.BACKEND)) {
                runs = runs.where(runs.stringColumn(RunColumns.BACKEND).isIn(backends));
            }
            if (!minBatch.isEmpty() && runs != null) {
                if (!runs.columnNames().contains(RunColumns.BATCH_SIZE)) {
                    return null;
                }
                runs = runs.where(runs.intColumn(RunColumns.BATCH_SIZE).isGreaterThanOrEqualTo(
                        Integer.parseInt(minBatch)));
                // summaries carry no batch size: with a batch condition only the runs count
                List<ThroughputPoint> batched = CostInputs.fromRuns(runs, CostInputs.FileSelection.NEWEST_PER_MODE);
                return batched.isEmpty() ? null : CostEngine.compute(batched, Pricing.defaults(),
                        Pricing.defaults().tier(tierId).orElseThrow(), CostAggregation.MEAN_OF_SCENARIOS);
            }
            List<ThroughputPoint> points = runs == null ? List.of()
                    : CostInputs.fromRuns(runs, CostInputs.FileSelection.NEWEST_PER_MODE);
            if (points.isEmpty()) {
                points = CostInputs.fromSummaries(s.dataset().table(CanonicalTable.SUMMARIES));
            }
            if (points.isEmpty()) {
                return null;
            }
            Pricing pricing = Pricing.defaults();
            PricingTier tier = pricing.tier(tierId).orElseThrow();
            return CostEngine.compute(points, pricing, tier, CostAggregation.MEAN_OF_SCENARIOS);
        });
    }
}
