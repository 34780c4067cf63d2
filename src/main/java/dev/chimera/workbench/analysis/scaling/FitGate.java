package dev.chimera.workbench.analysis.scaling;

import dev.chimera.workbench.analysis.Interval;

/**
 * The reports' fit gate (Conclusive §10.2, App. AM): a scaling fit is actionable only if R² ≥ 0.2 and the
 * bootstrap CI of the slope does not cross 0.
 *
 * @param actionable both conditions hold
 * @param reason     which condition failed, or "R² ≥ 0.2 and slope CI excludes 0"
 */
public record FitGate(boolean actionable, String reason) {
    public static final double MIN_R2 = 0.2;

    public static FitGate of(double r2, Interval slopeCi) {
        boolean r2Ok = Double.isFinite(r2) && r2 >= MIN_R2;
        boolean ciOk = slopeCi != null && slopeCi.excludesZero();
        if (r2Ok && ciOk) {
            return new FitGate(true, "R² ≥ 0.2 and slope CI excludes 0");
        }
        StringBuilder why = new StringBuilder();
        if (!r2Ok) {
            why.append(Double.isFinite(r2) ? String.format(java.util.Locale.ROOT, "R² %.3f < 0.2", r2) : "no R²");
        }
        if (!ciOk) {
            if (why.length() > 0) {
                why.append("; ");
            }
            why.append(slopeCi == null || !slopeCi.isDefined() ? "no slope CI (needs ≥ 3 models)"
                    : "slope CI crosses 0");
        }
        return new FitGate(false, why.toString());
    }
}
