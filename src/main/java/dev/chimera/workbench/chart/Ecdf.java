package dev.chimera.workbench.chart;

import dev.chimera.workbench.analysis.Stats;
import java.util.Arrays;

/**
 * The empirical distribution of one group: the sorted samples with F(x_i) = (i + 1) / n (fraction at or below)
 * and the survival S(x_i) = (n − i) / n (fraction at or above), so the CCDF's last point is 1/n and stays
 * drawable on a log axis.
 */
public final class Ecdf {
    private final SampleGroup group;
    private final double[] sorted;

    private Ecdf(SampleGroup group, double[] sorted) {
        this.group = group;
        this.sorted = sorted;
    }

    public static Ecdf of(SampleGroup group) {
        return new Ecdf(group, Stats.sortedFinite(group.values()));
    }

    public SampleGroup group() {
        return group;
    }

    public int n() {
        return sorted.length;
    }

    /** The ascending samples (a copy). */
    public double[] xs() {
        return sorted.clone();
    }

    /** ECDF (ccdf = false) or survival (ccdf = true) value of every sorted sample. */
    public double[] ys(boolean ccdf) {
        int n = sorted.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = ccdf ? (double) (n - i) / n : (double) (i + 1) / n;
        }
        return y;
    }

    /** F(x): the fraction of samples at or below x. */
    public double fractionAtOrBelow(double x) {
        int i = upperBound(x);
        return sorted.length == 0 ? Double.NaN : (double) i / sorted.length;
    }

    /** S(x): the fraction of samples at or above x. */
    public double fractionAtOrAbove(double x) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int lower = Arrays.binarySearch(sorted, x);
        if (lower < 0) {
            lower = -lower - 1;
        } else {
            while (lower > 0 && sorted[lower - 1] == x) {
                lower--;
            }
        }
        return (double) (sorted.length - lower) / sorted.length;
    }

    /** The sample nearest x, with its curve value and source; null when the group is empty. */
    public PointInfo nearest(double x, boolean ccdf) {
        if (sorted.length == 0) {
            return null;
        }
        int i = Arrays.binarySearch(sorted, x);
        if (i < 0) {
            int ins = -i - 1;
            if (ins >= sorted.length) {
                i = sorted.length - 1;
            } else if (ins == 0) {
                i = 0;
            } else {
                i = x - sorted[ins - 1] <= sorted[ins] - x ? ins - 1 : ins;
            }
        }
        double v = sorted[i];
        double y = ccdf ? fractionAtOrAbove(v) : fractionAtOrBelow(v);
        int src = group.indexOf(v);
        return new PointInfo(group.label(), v, y, src < 0 ? "" : group.sourceFiles()[src],
                src < 0 ? 0 : group.sourceLines()[src]);
    }

    private int upperBound(double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
