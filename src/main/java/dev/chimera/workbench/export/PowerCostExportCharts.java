package dev.chimera.workbench.export;

import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.CostCharts;
import dev.chimera.workbench.chart.PowerSamplingCharts;
import dev.chimera.workbench.chart.PowerTraceChart;
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
import dev.chimera.workbench.power.PowerAnalysis;
import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.power.TraceAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The Power and Cost tabs' charts with their default settings: per power trace (at most {@link #MAX_TRACES})
 * the trace with events, the sampling-interval histogram and the temperature; the cost by backend and mode,
 * cost vs throughput, the tiers of the first backend × mode and the $/hour sensitivity, at the chosen tier.
 */
final class PowerCostExportCharts {
    static final int MAX_TRACES = 6;

    private PowerCostExportCharts() {
    }

    static List<ExportChart> power(Dataset ds) {
        List<ExportChart> out = new ArrayList<>();
        PowerOptions options = PowerOptions.defaults();
        List<TraceAnalysis> analyses = PowerAnalysis.analyze(ds, options);
        ChartTheme theme = ChartTheme.STANDARD;
        int i = 0;
        for (TraceAnalysis a : analyses) {
            if (i >= MAX_TRACES) {
                break;
            }
            String label = a.trace().label();
            String id = "power-" + (i + 1) + "-" + label;
            out.add(new ExportChart(id, "Power \u00b7 " + label, "power",
                    PowerTraceChart.create(a, options.floorW(), theme)));
            out.add(new ExportChart(id + "-dt", "Sampling intervals \u00b7 " + label, "power",
                    PowerSamplingCharts.dtHistogram(a, theme)));
            out.add(new ExportChart(id + "-temperature", "Temperature \u00b7 " + label, "power",
                    PowerSamplingCharts.temperature(a, theme)));
            i++;
        }
        return out;
    }

    /** The cost report's inputs as the Cost tab's "auto" source picks them: raw bench rows, else summaries. */
    static List<ThroughputPoint> costInputs(Dataset ds) {
        Table runs = ds.table(CanonicalTable.RUNS);
        if (runs != null) {
            List<ThroughputPoint> raw = CostInputs.fromRuns(runs, CostInputs.FileSelection.NEWEST_PER_MODE);
            if (!raw.isEmpty()) {
                return raw;
            }
        }
        Table summaries = ds.table(CanonicalTable.SUMMARIES);
        return summaries == null ? List.of() : CostInputs.fromSummaries(summaries);
    }

    static PricingTier tier(Pricing pricing, String id) {
        return pricing.tier(id).orElse(pricing.tiers().get(0));
    }

    static List<ExportChart> cost(Dataset ds, String tierId) {
        List<ThroughputPoint> points = costInputs(ds);
        if (points.isEmpty()) {
            return List.of();
        }
        Pricing pricing = Pricing.defaults();
        PricingTier tier = tier(pricing, tierId);
        CostReport report = CostEngine.compute(points, pricing, tier, CostAggregation.MEAN_OF_SCENARIOS);
        if (report.aggregates().isEmpty()) {
            return List.of();
        }
        CostRow first = report.aggregates().stream().filter(r -> r.mode().equals("prefill")).findFirst()
                .orElse(report.aggregates().get(0));
        String backend = first.backend();
        String mode = first.mode();
        Map<String, CostRow> byTier = new LinkedHashMap<>();
        for (PricingTier t : pricing.tiers()) {
            CostReport r = t.id().equals(tier.id()) ? report
                    : CostEngine.compute(points, pricing, t, CostAggregation.MEAN_OF_SCENARIOS);
            byTier.put(t.label(), r.aggregate(backend, mode));
        }
        List<CostRow> ofMode = report.aggregates().stream().filter(r -> r.mode().equals(mode)).toList();
        ChartTheme theme = ChartTheme.STANDARD;
        String at = " \u00b7 " + tier.label();
        return List.of(
                new ExportChart("cost-by-backend-mode", "Cost per 1M tokens by backend and mode" + at, "cost",
                        CostCharts.byBackendAndMode(report.aggregates(), theme)),
                new ExportChart("cost-vs-throughput", "Cost vs throughput per scenario" + at, "cost",
                        CostCharts.costVsThroughput(report.scenarios(), theme)),
                new ExportChart("cost-tiers-" + backend + "-" + mode, "Pricing tiers \u00b7 " + backend + " \u00b7 "
                        + mode, "cost", CostCharts.tiers(backend, mode, byTier, theme)),
                new ExportChart("cost-sensitivity-" + mode, "Cost sensitivity to $/hour \u00b7 " + mode, "cost",
                        CostCharts.sensitivity(ofMode, CostCharts.Sensitivity.USD_PER_HOUR,
                                tier.energyOnly() ? 0 : tier.usdPerHour(), mode, theme)));
    }
}
