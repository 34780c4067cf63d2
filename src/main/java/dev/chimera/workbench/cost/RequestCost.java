package dev.chimera.workbench.cost;

/**
 * Cost of one request of {@code promptTokens} prefill + {@code generateTokens} generated tokens (TR119 §4):
 * t_p = prompt / prefill tok/s, t_g = generate / generate tok/s, energy = (P_p·t_p + P_g·t_g) / 3.6e6 kWh,
 * cost = (t_p + t_g) / 3600 · $/h + kWh · $/kWh. Throughput and power are the modes' aggregate rows (TR119
 * uses the mean over scenarios).
 */
public record RequestCost(int promptTokens, int generateTokens, double prefillS, double generateS, double energyKwh,
                          double infraUsd, double energyUsd) {

    public double totalUsd() {
        return infraUsd + energyUsd;
    }

    public static RequestCost of(int promptTokens, int generateTokens, CostRow prefill, CostRow generate,
                                 PricingTier tier, Pricing pricing) {
        double tp = promptTokens / prefill.tokensPerS();
        double tg = generateTokens / generate.tokensPerS();
        double kwh = (prefill.powerW() * tp + generate.powerW() * tg) / 3.6e6;
        double infra = tier.energyOnly() ? 0 : (tp + tg) / 3600.0 * tier.usdPerHour();
        return new RequestCost(promptTokens, generateTokens, tp, tg, kwh, infra, kwh * pricing.usdPerKwh());
    }
}
