package dev.chimera.workbench.analysis;

import java.util.Arrays;

/**
 * Descriptive statistics of one sample, computed once from a sorted copy. Immutable. Percentiles use the
 * method the caller chose; both standard deviations are kept because tools disagree on which they print.
 *
 * @param n      number of values (NaN excluded)
 * @param std    sample standard deviation (ddof 1; NaN for n < 2)
 * @param stdPop population standard deviation (ddof 0)
 */
public record Stats(int n, double mean, double std, double stdPop, double min, double max, double p50,
                    double p90, double p95, double p99, double p999, PercentileMethod method) {

    /** Standard percentiles reported by {@code summarize}. */
    public static final double[] LEVELS = {0.50, 0.90, 0.95, 0.99, 0.999};

    public static Stats of(double[] values, PercentileMethod method) {
        double[] sorted = sortedFinite(values);
        return ofSorted(sorted, sorted.length, method);
    }

    /** From the first {@code n} values of an ascending array without NaN. */
    public static Stats ofSorted(double[] sorted, int n, PercentileMethod method) {
        if (n == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, method);
        }
        // Two-pass mean and sum of squares: stable for latencies with a large offset.
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += sorted[i];
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = sorted[i] - mean;
            ss += d * d;
        }
        double std = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double stdPop = Math.sqrt(ss / n);
        return new Stats(n, mean, std, stdPop, sorted[0], sorted[n - 1], method.of(sorted, n, 0.50),
                method.of(sorted, n, 0.90), method.of(sorted, n, 0.95), method.of(sorted, n, 0.99),
                method.of(sorted, n, 0.999), method);
    }

    /** Any percentile (0–100) of the same values needs the sorted data; see {@link #percentile}. */
    public static double percentile(double[] values, double percent, PercentileMethod method) {
        double[] sorted = sortedFinite(values);
        return method.of(sorted, sorted.length, percent / 100.0);
    }

    /** Ascending copy without NaN or infinite values. */
    public static double[] sortedFinite(double[] values) {
        double[] copy = new double[values.length];
        int k = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                copy[k++] = v;
            }
        }
        double[] out = Arrays.copyOf(copy, k);
        Arrays.sort(out);
        return out;
    }

    /**
     * True when the percentile at {@code level} cannot be told apart from the maximum with this n (fewer than
     * one sample above it), e.g. p99 with n < 100.
     */
    public static boolean percentileIsReallyMax(int n, double level) {
        return n > 0 && n * (1 - level) < 1;
    }
}
