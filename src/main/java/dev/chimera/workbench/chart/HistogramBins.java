package dev.chimera.workbench.chart;

import dev.chimera.workbench.analysis.PercentileMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shared histogram bins for several groups: the bin width follows Freedman–Diaconis over the pooled samples,
 * h = 2 · IQR · n^(−1/3) (on log10 values for a log x axis), with Sturges' rule when the IQR is 0 and the bin
 * count capped, so groups are counted in the same bins and can be compared.
 *
 * @param edges  bin edges, ascending (bins + 1 values; in data units even for log bins)
 * @param counts per group, the count in every bin
 * @param log    whether the bins are equally wide in log10(x)
 */
public record HistogramBins(double[] edges, List<long[]> counts, boolean log) {

    /** The default cap on the number of bins. */
    public static final int MAX_BINS = 120;

    public HistogramBins {
        edges = edges.clone();
        counts = List.copyOf(counts);
    }

    public int binCount() {
        return edges.length - 1;
    }

    public static HistogramBins of(List<SampleGroup> groups, boolean log, int maxBins) {
        double[] pooled = pooled(groups, log);
        Arrays.sort(pooled);
        int n = pooled.length;
        if (n == 0) {
            return new HistogramBins(new double[] {0, 1}, groups.stream().map(g -> new long[1]).toList(), log);
        }
        double lo = pooled[0];
        double hi = pooled[n - 1];
        int bins = binCount(pooled, maxBins);
        double width = hi > lo ? (hi - lo) / bins : 1;
        if (!(hi > lo)) {
            bins = 1;
            lo = lo - 0.5;
        }
        double[] tEdges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            tEdges[i] = lo + i * width;
        }
        List<long[]> counts = new ArrayList<>();
        for (SampleGroup g : groups) {
            long[] c = new long[bins];
            for (double v : g.values()) {
                double t = log ? (v > 0 ? Math.log10(v) : Double.NaN) : v;
                if (Double.isFinite(t)) {
                    int b = (int) Math.floor((t - lo) / width);
                    c[Math.max(0, Math.min(bins - 1, b))]++;
                }
            }
            counts.add(c);
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = log ? Math.pow(10, tEdges[i]) : tEdges[i];
        }
        return new HistogramBins(edges, counts, log);
    }

    /** Freedman–Diaconis bin count of sorted (transformed) values, at least 1 and at most {@code maxBins}. */
    static int binCount(double[] sorted, int maxBins) {
        int n = sorted.length;
        double range = sorted[n - 1] - sorted[0];
        if (!(range > 0)) {
            return 1;
        }
        double iqr = PercentileMethod.LINEAR.of(sorted, n, 0.75) - PercentileMethod.LINEAR.of(sorted, n, 0.25);
        double bins;
        if (iqr > 0) {
            double h = 2 * iqr / Math.cbrt(n);
            bins = Math.ceil(range / h);
        } else {
            bins = Math.ceil(Math.log(n) / Math.log(2)) + 1; // Sturges
        }
        return (int) Math.max(1, Math.min(maxBins, bins));
    }

    private static double[] pooled(List<SampleGroup> groups, boolean log) {
        int total = groups.stream().mapToInt(SampleGroup::size).sum();
        double[] out = new double[total];
        int k = 0;
        for (SampleGroup g : groups) {
            for (double v : g.values()) {
                double t = log ? (v > 0 ? Math.log10(v) : Double.NaN) : v;
                if (Double.isFinite(t)) {
                    out[k++] = t;
                }
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** The bin holding x, or -1 outside the edges. */
    public int binOf(double x) {
        if (!(x >= edges[0]) || x > edges[edges.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(edges, x);
        int bin = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(binCount() - 1, bin));
    }
}
