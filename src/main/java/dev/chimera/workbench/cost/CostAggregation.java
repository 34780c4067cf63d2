package dev.chimera.workbench.cost;

import java.util.Locale;

/** How the per-scenario costs of a backend × mode become one number. */
public enum CostAggregation {
    /** TR119's headline: the arithmetic mean of the per-scenario costs (and of every other per-scenario figure) */
    MEAN_OF_SCENARIOS,
    /** the cost at the mean throughput and mean power (lower than the mean of costs: 1/x is convex) */
    AT_MEAN_THROUGHPUT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CostAggregation fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
