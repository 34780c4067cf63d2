package dev.chimera.workbench.analysis;

import java.util.List;
import java.util.Map;

/**
 * The overall cold-start effect of a group of run files (TR120 {@code cold_start_effect_overall.csv}):
 * statistics of all samples pooled and of the samples without each file's first, and per-file fractions.
 * Median and p99 are numpy linear; fractions are over files (a file with an undefined ratio counts as not
 * flagged, as in TR120).
 */
public record ColdStartEffect(Map<String, String> key, int files, int nTotalSamples, double meanMs,
                              double medianMs, double p99Ms, double maxMs, int nExclFirstSamples,
                              double meanExclFirstMs, double medianExclFirstMs, double p99ExclFirstMs,
                              double maxExclFirstMs, double fracMaxAtFirstSamplePerFile,
                              double fracFirstSampleOver2xRestMedianPerFile,
                              double fracFirstSampleOver3xRestMedianPerFile) {

    public ColdStartEffect {
        key = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(key));
    }

    /** From the files' rows and their samples in execution order (same order as {@code files}). */
    public static ColdStartEffect of(Map<String, String> key, List<ColdStartFile> files, List<double[]> ordered) {
        DoubleList all = new DoubleList();
        DoubleList excl = new DoubleList();
        for (double[] s : ordered) {
            for (int i = 0; i < s.length; i++) {
                all.add(s[i]);
                if (i > 0) {
                    excl.add(s[i]);
                }
            }
        }
        Stats a = Stats.of(all.toArray(), PercentileMethod.LINEAR);
        Stats e = Stats.of(excl.toArray(), PercentileMethod.LINEAR);
        return new ColdStartEffect(key, files.size(), a.n(), a.mean(), a.p50(), a.p99(), a.max(), e.n(), e.mean(),
                e.p50(), e.p99(), e.max(), frac(files, 0), frac(files, 2), frac(files, 3));
    }

    /**
     * What the per-file rows alone determine: pooled n and mean (weighted by n), n and mean without first
     * samples (weighted by n − 1), the maximum and the fractions. Median, p99 and the maximum without first
     * samples need the samples and are NaN here.
     */
    public static ColdStartEffect fromFileRows(Map<String, String> key, List<ColdStartFile> files) {
        int n = 0;
        int nExcl = 0;
        double sum = 0;
        double sumExcl = 0;
        double max = Double.NaN;
        for (ColdStartFile f : files) {
            n += f.nSamples();
            sum += f.nSamples() * f.meanMs();
            if (f.nSamples() > 1) {
                nExcl += f.nSamples() - 1;
                sumExcl += (f.nSamples() - 1) * f.meanExclFirstMs();
            }
            max = Double.isNaN(max) ? f.maxMs() : Math.max(max, f.maxMs());
        }
        return new ColdStartEffect(key, files.size(), n, n == 0 ? Double.NaN : sum / n, Double.NaN, Double.NaN,
                max, nExcl, nExcl == 0 ? Double.NaN : sumExcl / nExcl, Double.NaN, Double.NaN, Double.NaN,
                frac(files, 0), frac(files, 2), frac(files, 3));
    }

    /** threshold 0: max at the first sample; 2 / 3: first sample over that multiple of the rest's median. */
    private static double frac(List<ColdStartFile> files, int threshold) {
        if (files.isEmpty()) {
            return Double.NaN;
        }
        long hits = files.stream().filter(f -> threshold == 0 ? f.maxIsFirst()
                : threshold == 2 ? f.firstOver2xRestMedian() : f.firstOver3xRestMedian()).count();
        return (double) hits / files.size();
    }

    /** Change of the mean when first samples are dropped (negative: the first samples inflated it). */
    public double meanShiftMs() {
        return meanExclFirstMs - meanMs;
    }
}
