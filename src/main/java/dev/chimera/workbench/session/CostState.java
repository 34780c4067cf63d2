package dev.chimera.workbench.session;

import java.util.List;

/**
 * The Cost tab as saved: the selected tier and views, and the prices in use (which may have been edited).
 *
 * @param prices null when the session does not carry prices (the user's own pricing stays)
 */
public record CostState(String tier, String aggregation, String source, String sensitivity, String backend,
                        String mode, Prices prices) {
    /** Upper bound of any price, so a typo such as 1e300 is caught before it reaches a chart. */
    public static final double MAX_PRICE = 1e6;

    /** One compute tier's price. */
    public record TierPrice(String id, String label, double usdPerHour, boolean energyOnly, String source) {
        public TierPrice {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("tier id is empty");
            }
            checkPrice("usd_per_hour", usdPerHour);
        }
    }

    /** The whole pricing: tiers, $/kWh and gCO2e/kWh, and TR119's optional CPU power estimate. */
    public record Prices(List<TierPrice> tiers, double usdPerKwh, double gco2ePerKwh, boolean cpuModelEnabled,
                         double cpuIdleW, double cpuMaxW) {
        public Prices {
            tiers = List.copyOf(tiers);
            checkPrice("usd_per_kwh", usdPerKwh);
            checkPrice("gco2e_per_kwh", gco2ePerKwh);
            checkPrice("cpu_idle_w", cpuIdleW);
            checkPrice("cpu_max_w", cpuMaxW);
        }
    }

    static void checkPrice(String name, double v) {
        if (!(v >= 0 && v <= MAX_PRICE)) {
            throw new IllegalArgumentException(name + " must be between 0 and " + (long) MAX_PRICE + ", not " + v);
        }
    }
}
