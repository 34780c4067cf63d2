package dev.chimera.workbench.analysis;

/**
 * A bootstrap percentile interval around a point estimate.
 *
 * @param estimate   the statistic on the original sample
 * @param lo         lower bound ((1 − confidence)/2 quantile of the bootstrap distribution)
 * @param hi         upper bound ((1 + confidence)/2 quantile)
 * @param confidence e.g. 0.95
 * @param resamples  bootstrap resamples drawn
 */
public record Interval(double estimate, double lo, double hi, double confidence, int resamples) {

    public static Interval empty(double confidence, int resamples) {
        return new Interval(Double.NaN, Double.NaN, Double.NaN, confidence, resamples);
    }

    public boolean isDefined() {
        return Double.isFinite(lo) && Double.isFinite(hi);
    }

    /** True when the interval excludes zero (for differences). */
    public boolean excludesZero() {
        return isDefined() && (lo > 0 || hi < 0);
    }
}
