package dev.chimera.workbench.analysis.scaling;

import dev.chimera.workbench.model.RunColumns;
import java.util.function.DoubleUnaryOperator;

/**
 * A metric of the scaling and crossover views: the runs column it is read from, its unit, which direction is
 * better, and an optional transform of the aggregated value (the hook for derived metrics such as $/1M tokens
 * from throughput).
 */
public record ScalingMetric(String name, String column, String unit, boolean higherIsBetter,
                            DoubleUnaryOperator transform) {

    public static final ScalingMetric LATENCY = new ScalingMetric(RunColumns.LATENCY_MS, RunColumns.LATENCY_MS,
            "ms", false, DoubleUnaryOperator.identity());
    public static final ScalingMetric THROUGHPUT = new ScalingMetric(RunColumns.TOKENS_PER_S,
            RunColumns.TOKENS_PER_S, "tokens/s", true, DoubleUnaryOperator.identity());

    /**
     * USD per 1M tokens at a flat hourly rate, from the aggregated throughput: rate·1e6 / (tok/s · 3600)
     * (TR117 / TR121 shadow price; TR119's energy term is not included).
     */
    public static ScalingMetric costPerMillionTokens(double usdPerHour) {
        return new ScalingMetric(COST_NAME, RunColumns.TOKENS_PER_S, "USD/1M tokens", false,
                tps -> usdPerHour * 1e6 / (tps * 3600));
    }

    /** Name of the cost metric; see {@link #costOnDemand()}. */
    public static final String COST_NAME = "usd_per_1m_tokens";

    /** $/1M tokens at TR119's on-demand rate (the default pricing tier of the cost engine). */
    public static ScalingMetric costOnDemand() {
        double rate = dev.chimera.workbench.cost.Pricing.defaults().tier("on-demand")
                .map(dev.chimera.workbench.cost.PricingTier::usdPerHour).orElseThrow();
        return costPerMillionTokens(rate);
    }

    /**
     * latency_ms, tokens_per_s, usd_per_1m_tokens (at the on-demand rate), or any other numeric runs column
     * (taken as lower-is-better).
     */
    public static ScalingMetric parse(String name) {
        if (name.equals(COST_NAME)) {
            return costOnDemand();
        }
        if (name.equals(LATENCY.name)) {
            return LATENCY;
        }
        if (name.equals(THROUGHPUT.name)) {
            return THROUGHPUT;
        }
        return new ScalingMetric(name, name, "", false, DoubleUnaryOperator.identity());
    }

    /** True when {@code a} beats {@code b}. */
    public boolean better(double a, double b) {
        return higherIsBetter ? a > b : a < b;
    }
}
