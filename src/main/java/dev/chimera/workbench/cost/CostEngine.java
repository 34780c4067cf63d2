package dev.chimera.workbench.cost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TR119's cost per 1M tokens per backend × mode × scenario, aggregated per backend × mode. */
public final class CostEngine {

    private CostEngine() {
    }

    public static CostReport compute(List<ThroughputPoint> points, Pricing pricing, PricingTier tier,
                                     CostAggregation aggregation) {
        List<CostRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<List<String>, List<CostRow>> byGroup = new LinkedHashMap<>();
        int unknown = 0;
        for (ThroughputPoint p : points) {
            if (!(p.tokensPerS() > 0)) {
                continue;
            }
            PowerSource.Attributed power = PowerSource.attribute(p.backend(), p.gpuW(), p.cpuW(), p.cpuUtilPct(),
                    pricing.cpuPowerModel());
            if (power.source() == PowerSource.UNKNOWN) {
                unknown++;
            }
            CostRow row = CostRow.of(p.backend(), p.mode(), p.scenario(), p.tokensPerS(), power, tier, pricing,
                    p.runs());
            rows.add(row);
            byGroup.computeIfAbsent(List.of(p.backend(), p.mode()), k -> new ArrayList<>()).add(row);
        }
        if (unknown > 0) {
            notes.add(unknown + " rows have no attributable power (CPU backend without CPU package power and no"
                    + " CPU power model): their total is not given, only the infra part");
        }
        List<CostRow> aggregates = new ArrayList<>();
        byGroup.forEach((key, list) -> aggregates.add(aggregate(key.get(0), key.get(1), list, aggregation, tier,
                pricing)));
        return new CostReport(tier, pricing, aggregation, rows, aggregates, notes);
    }

    static CostRow aggregate(String backend, String mode, List<CostRow> rows, CostAggregation how,
                             PricingTier tier, Pricing pricing) {
        int runs = rows.stream().mapToInt(CostRow::runs).sum();
        PowerSource source = rows.stream().map(CostRow::powerSource).distinct().count() == 1
                ? rows.get(0).powerSource() : PowerSource.UNKNOWN;
        double tps = mean(rows, CostRow::tokensPerS);
        double watts = mean(rows, CostRow::powerW);
        if (how == CostAggregation.AT_MEAN_THROUGHPUT) {
            CostRow r = CostRow.of(backend, mode, "all", tps, new PowerSource.Attributed(watts, source), tier,
                    pricing, runs);
            return withAggregation(r, how);
        }
        double energyUsd = mean(rows, CostRow::energyUsdPer1m);
        double total = mean(rows, CostRow::usdPer1m);
        return new CostRow(backend, mode, "all", tps, watts, source, mean(rows, CostRow::gpuHoursPer1m),
                mean(rows, CostRow::infraUsdPer1m), mean(rows, CostRow::energyKwhPer1m), energyUsd, total,
                energyUsd / total, mean(rows, CostRow::gco2ePer1m), mean(rows, CostRow::tokensPerKwh), tier.id(),
                how.id(), runs);
    }

    private static CostRow withAggregation(CostRow r, CostAggregation how) {
        return new CostRow(r.backend(), r.mode(), r.scenario(), r.tokensPerS(), r.powerW(), r.powerSource(),
                r.gpuHoursPer1m(), r.infraUsdPer1m(), r.energyKwhPer1m(), r.energyUsdPer1m(), r.usdPer1m(),
                r.energyShare(), r.gco2ePer1m(), r.tokensPerKwh(), r.tier(), how.id(), r.runs());
    }

    /** Arithmetic mean; NaN as soon as one value is NaN (an unknown never hides in an average). */
    private static double mean(List<CostRow> rows, java.util.function.ToDoubleFunction<CostRow> f) {
        double s = 0;
        for (CostRow r : rows) {
            s += f.applyAsDouble(r);
        }
        return rows.isEmpty() ? Double.NaN : s / rows.size();
    }
}
