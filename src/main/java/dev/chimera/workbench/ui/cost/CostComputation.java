package dev.chimera.workbench.ui.cost;

import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.CostCharts;
import dev.chimera.workbench.cost.CostEngine;
import dev.chimera.workbench.cost.CostInputs;
import dev.chimera.workbench.cost.CostReport;
import dev.chimera.workbench.cost.CostRow;
import dev.chimera.workbench.cost.PricingTier;
import dev.chimera.workbench.cost.ThroughputPoint;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/** The Cost tab's background work: the engine's report at the chosen tier, every tier's row, the charts. */
final class CostComputation {

    private CostComputation() {
    }

    /** The inputs as {@code cost --source} picks them; "" as source when there are none. */
    record Inputs(List<ThroughputPoint> points, String source) {
    }

    static Inputs inputs(Dataset dataset, CostSource source) {
        Table runs = dataset.table(CanonicalTable.RUNS);
        Table summaries = dataset.table(CanonicalTable.SUMMARIES);
        if (source != CostSource.SUMMARY && runs != null) {
            List<ThroughputPoint> raw = CostInputs.fromRuns(runs, CostInputs.FileSelection.NEWEST_PER_MODE);
            if (!raw.isEmpty() || source == CostSource.RAW) {
                return new Inputs(raw, raw.isEmpty() ? "" : "raw");
            }
        }
        if (summaries == null) {
            return new Inputs(List.of(), "");
        }
        List<ThroughputPoint> sum = CostInputs.fromSummaries(summaries);
        return new Inputs(sum, sum.isEmpty() ? "" : "summary");
    }

    /** Null when the dataset has no throughput rows for the chosen source. */
    static CostResult compute(Dataset dataset, CostSettings s) {
        Inputs in = inputs(dataset, s.source());
        if (in.points().isEmpty()) {
            return null;
        }
        PricingTier tier = s.pricing().tier(s.tierId()).orElse(s.pricing().tiers().get(0));
        CostReport report = CostEngine.compute(in.points(), s.pricing(), tier, s.aggregation());
        LinkedHashSet<String> backends = new LinkedHashSet<>();
        LinkedHashSet<String> modes = new LinkedHashSet<>();
        for (CostRow r : report.aggregates()) {
            backends.add(r.backend());
            modes.add(r.mode());
        }
        String backend = backends.contains(s.backend()) ? s.backend() : backends.iterator().next();
        String mode = modes.contains(s.mode()) ? s.mode() : modes.contains("prefill") ? "prefill"
                : modes.iterator().next();
        Map<String, CostRow> byTier = new LinkedHashMap<>();
        for (PricingTier t : s.pricing().tiers()) {
            CostReport r = t.id().equals(tier.id()) ? report
                    : CostEngine.compute(in.points(), s.pricing(), t, s.aggregation());
            byTier.put(t.label(), r.aggregate(backend, mode));
        }
        List<CostRow> ofMode = new ArrayList<>();
        for (CostRow r : report.aggregates()) {
            if (r.mode().equals(mode)) {
                ofMode.add(r);
            }
        }
        ChartTheme theme = ChartTheme.STANDARD;
        return new CostResult(report, in.source(), new ArrayList<>(backends), new ArrayList<>(modes), backend, mode,
                CostCharts.byBackendAndMode(report.aggregates(), theme),
                CostCharts.costVsThroughput(report.scenarios(), theme),
                CostCharts.tiers(backend, mode, byTier, theme),
                CostCharts.sensitivity(ofMode, s.sensitivity(), tier.energyOnly() ? 0 : tier.usdPerHour(), mode,
                        theme));
    }
}
