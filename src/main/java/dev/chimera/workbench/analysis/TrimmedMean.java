package dev.chimera.workbench.analysis;

/**
 * Trimmed mean with {@code scipy.stats.trim_mean} semantics: cut {@code int(proportion · n)} values (rounded
 * down) from each end of the sorted sample and average the rest.
 */
public final class TrimmedMean {
    private TrimmedMean() {
    }

    /**
     * @param proportion fraction cut from each end, 0 ≤ proportion < 0.5
     * @return NaN for an empty sample
     */
    public static double of(double[] values, double proportion) {
        if (!(proportion >= 0 && proportion < 0.5)) {
            throw new IllegalArgumentException("trim proportion must be in [0, 0.5), got " + proportion);
        }
        double[] sorted = Stats.sortedFinite(values);
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        int cut = (int) (proportion * n); // scipy: int(proportiontocut * nobs)
        double sum = 0;
        for (int i = cut; i < n - cut; i++) {
            sum += sorted[i];
        }
        return sum / (n - 2 * cut);
    }
}
