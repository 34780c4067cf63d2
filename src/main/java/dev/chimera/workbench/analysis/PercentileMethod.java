package dev.chimera.workbench.analysis;

import java.util.Locale;

/**
 * How a percentile is read off sorted samples. Tools differ, and for small n the differences are large, so
 * every percentile we print names its method.
 */
public enum PercentileMethod {
    /** numpy/pandas default (Hyndman–Fan type 7): linear interpolation between closest ranks, h = (n−1)p. */
    LINEAR,
    /** Smallest value with at least p of the samples at or below it: sorted[ceil(n·p) − 1]. */
    NEAREST_RANK,
    /** MLPerf LoadGen: sorted[floor(n·p)] (clamped to the last sample). */
    FLOOR_RANK,
    /** numpy "lower": sorted[floor((n−1)p)]. */
    LOWER,
    /** numpy "higher": sorted[ceil((n−1)p)]. */
    HIGHER,
    /** numpy "midpoint": mean of lower and higher. */
    MIDPOINT;

    /** The id used in files and on the command line ("linear", "nearest_rank" ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PercentileMethod fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /**
     * The p-quantile (0 ≤ p ≤ 1) of {@code sorted} (ascending, no NaN, at least one value), over the first
     * {@code n} elements.
     */
    public double of(double[] sorted, int n, double p) {
        if (n <= 0) {
            return Double.NaN;
        }
        if (p <= 0) {
            return sorted[0];
        }
        if (p >= 1) {
            return sorted[n - 1];
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = (int) Math.ceil(h);
        return switch (this) {
            case LINEAR -> sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
            case NEAREST_RANK -> sorted[Math.max(0, (int) Math.ceil(n * p - 1e-12) - 1)];
            case FLOOR_RANK -> sorted[Math.min(n - 1, (int) Math.floor(n * p + 1e-12))];
            case LOWER -> sorted[lo];
            case HIGHER -> sorted[hi];
            case MIDPOINT -> (sorted[lo] + sorted[hi]) / 2.0;
        };
    }
}
