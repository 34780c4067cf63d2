package dev.chimera.workbench.analysis;

/**
 * Warmup median / measured (steady-state) median of one backend × model × scenario × mode cell (TR121
 * {@code warmup_effect.csv}). A side without rows has n = 0 and a NaN median; then ratio and difference are
 * NaN too.
 *
 * @param alert ratio above the grid's threshold (TR121: 10×)
 */
public record WarmupRatioCell(String backend, String model, String scenario, String mode, int warmupN,
                              double warmupMedianMs, int measuredN, double measuredMedianMs,
                              double warmupToMeasuredRatio, double warmupMinusMeasuredMs, boolean alert) {
}
