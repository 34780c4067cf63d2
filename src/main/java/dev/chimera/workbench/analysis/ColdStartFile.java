package dev.chimera.workbench.analysis;

import java.util.Arrays;

/**
 * Cold-start figures of one run file / run, with the definitions of TR120's {@code cold_start_by_file.csv}
 * ({@code analyze_compile_paradox.py}): over the samples in execution order, {@code median_rest} = median of
 * samples 1..n−1, ratio = first / median_rest (NaN for n = 1 or a zero median), flags ratio > 2 and > 3,
 * p99 numpy linear, {@code max_index} the first position of the maximum, {@code mean_excl_first} the mean of
 * samples 1..n−1.
 *
 * @param run             run_id, else source file
 * @param firstSourceLine source line of the first sample (Integer.MIN_VALUE when unknown)
 */
public record ColdStartFile(String run, String sourceFile, String backend, String model, String scenario,
                            String mode, int nSamples, double firstMs, int firstSourceLine, double medianRestMs,
                            double ratioFirstOverMedianRest, boolean firstOver2xRestMedian,
                            boolean firstOver3xRestMedian, double meanMs, double medianMs, double p99Ms,
                            double maxMs, int maxIndex, double meanExclFirstMs) {

    /** From the samples of one run in execution order (at least one). */
    public static ColdStartFile of(String run, String sourceFile, String backend, String model, String scenario,
                                   String mode, int firstSourceLine, double[] ordered) {
        int n = ordered.length;
        if (n == 0) {
            throw new IllegalArgumentException("a run without samples has no cold-start figures");
        }
        double[] rest = Arrays.copyOfRange(ordered, 1, n);
        double medianRest = n > 1 ? Stats.percentile(rest, 50, PercentileMethod.LINEAR) : Double.NaN;
        double ratio = ratio(ordered[0], medianRest);
        int maxIndex = 0;
        for (int i = 1; i < n; i++) {
            if (ordered[i] > ordered[maxIndex]) {
                maxIndex = i; // strict: np.argmax keeps the first maximum
            }
        }
        double[] sorted = Stats.sortedFinite(ordered);
        return new ColdStartFile(run, sourceFile, backend, model, scenario, mode, n, ordered[0], firstSourceLine,
                medianRest, ratio, ratio > 2.0, ratio > 3.0, Bootstrap.mean(ordered),
                PercentileMethod.LINEAR.of(sorted, n, 0.5), PercentileMethod.LINEAR.of(sorted, n, 0.99),
                ordered[maxIndex], maxIndex, n > 1 ? Bootstrap.mean(rest) : Double.NaN);
    }

    /** first / median of the rest; NaN when undefined (TR120: no rest, non-finite or zero median). */
    public static double ratio(double first, double medianRest) {
        return Double.isFinite(medianRest) && medianRest != 0.0 ? first / medianRest : Double.NaN;
    }

    public boolean maxIsFirst() {
        return maxIndex == 0;
    }
}
