package dev.chimera.workbench.cost;

import java.util.List;

/**
 * Costs at one tier: a row per backend × mode × scenario and an aggregate row (scenario "all") per backend ×
 * mode, made as {@link #aggregation} says.
 */
public record CostReport(PricingTier tier, Pricing pricing, CostAggregation aggregation, List<CostRow> scenarios,
                         List<CostRow> aggregates, List<String> notes) {

    public CostReport {
        scenarios = List.copyOf(scenarios);
        aggregates = List.copyOf(aggregates);
        notes = List.copyOf(notes);
    }

    /** The aggregate row of a backend × mode, or null. */
    public CostRow aggregate(String backend, String mode) {
        return aggregates.stream().filter(r -> r.backend().equals(backend) && r.mode().equals(mode)).findFirst()
                .orElse(null);
    }
}
