package dev.chimera.workbench.cost;

/**
 * Capacity planning for a monthly token volume (TR121 §8, 30-day month): required tok/s = volume / 2,592,000 s;
 * workers = required / per-worker tok/s; $/1M = 1e6 / tok/s / 3600 · $/h (shadow price, no energy); monthly
 * cost = $/1M · volume / 1e6 (= workers · 720 h · $/h), and for whole workers ceil(workers) · 720 h · $/h.
 */
public record Capacity(double tokensPerMonth, double tokensPerSPerWorker, double usdPerHour, double requiredTokensPerS,
                       double workers, int wholeWorkers, double usdPer1m, double monthlyUsd, double monthlyUsdWholeWorkers) {
    public static final double SECONDS_PER_MONTH = 30 * 86_400.0;
    public static final double HOURS_PER_MONTH = 30 * 24.0;

    public static Capacity of(double tokensPerMonth, double tokensPerS, double usdPerHour) {
        double required = tokensPerMonth / SECONDS_PER_MONTH;
        double workers = required / tokensPerS;
        double per1m = 1e6 / tokensPerS / 3600.0 * usdPerHour;
        int whole = (int) Math.ceil(workers - 1e-9);
        return new Capacity(tokensPerMonth, tokensPerS, usdPerHour, required, workers, whole, per1m,
                per1m * tokensPerMonth / 1e6, whole * HOURS_PER_MONTH * usdPerHour);
    }

    /** Total cost of ownership over {@code months} at a given $/1M (TR119 TCO: $/1M · volume · months). */
    public static double tcoUsd(double usdPer1m, double tokensPerMonth, int months) {
        return usdPer1m * tokensPerMonth / 1e6 * months;
    }
}
