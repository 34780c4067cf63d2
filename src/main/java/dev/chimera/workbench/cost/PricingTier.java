package dev.chimera.workbench.cost;

/**
 * One price of compute time.
 *
 * @param id         stable id ("on-demand", "spot" ...)
 * @param usdPerHour price of one instance-hour (0 for energy-only tiers)
 * @param energyOnly true when only the energy is paid (TR119's on_prem)
 * @param source     where the number comes from
 */
public record PricingTier(String id, String label, double usdPerHour, boolean energyOnly, String source) {

    public PricingTier withUsdPerHour(double usd) {
        return new PricingTier(id, label, usd, energyOnly, "edited");
    }
}
