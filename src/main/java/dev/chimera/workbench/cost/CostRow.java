package dev.chimera.workbench.cost;

/**
 * Cost of one million tokens for a backend × mode × scenario (scenario "all" for an aggregate), TR119's formula:
 * infra = 1e6 / tok/s / 3600 · $/h; energy kWh = W · (1e6 / tok/s) / 3.6e6; total = infra + kWh · $/kWh.
 *
 * @param aggregation how an "all" row was made ("" for a scenario row)
 * @param usdPer1m    total; NaN when the power is unknown (the infra part stays in {@code infraUsdPer1m})
 * @param energyShare energy $ / total $
 */
public record CostRow(String backend, String mode, String scenario, double tokensPerS, double powerW,
                      PowerSource powerSource, double gpuHoursPer1m, double infraUsdPer1m, double energyKwhPer1m,
                      double energyUsdPer1m, double usdPer1m, double energyShare, double gco2ePer1m,
                      double tokensPerKwh, String tier, String aggregation, int runs) {

    /** The cost of one point at a tier. */
    public static CostRow of(String backend, String mode, String scenario, double tokensPerS,
                             PowerSource.Attributed power, PricingTier tier, Pricing pricing, int runs) {
        double seconds = 1e6 / tokensPerS;
        double hours = seconds / 3600.0;
        double infra = tier.energyOnly() ? 0 : hours * tier.usdPerHour();
        double kwh = power.watts() * seconds / 3.6e6;
        double energyUsd = kwh * pricing.usdPerKwh();
        double total = infra + energyUsd;
        return new CostRow(backend, mode, scenario, tokensPerS, power.watts(), power.source(), hours, infra, kwh,
                energyUsd, total, energyUsd / total, kwh * pricing.gco2ePerKwh(), 1e6 / kwh, tier.id(), "", runs);
    }
}
