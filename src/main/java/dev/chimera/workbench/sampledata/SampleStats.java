package dev.chimera.workbench.sampledata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The statistics the harnesses print, computed the same way: sample std (ddof 1), numpy-linear quantiles,
 * Student-t 95% interval around the mean.
 */
final class SampleStats {
    /** scipy stats.t.ppf(0.975, df) for df = 1..30. */
    private static final double[] T975 = {12.706204736174694, 4.302652729749462, 3.1824463052837078,
        2.7764451051977934, 2.5705818356363146, 2.4469118511449786, 2.364624251592784, 2.306004135204166,
        2.262157162798205, 2.228138851986274, 2.200985160091639, 2.1788128296672284, 2.1603686564627913,
        2.144786687917804, 2.131449545559776, 2.1199052992212546, 2.1098155778333156, 2.1009220402410382,
        2.0930240544083087, 2.085963447265864, 2.0796138447276795, 2.0738730679040254, 2.0686576104190486,
        2.0638985616280245, 2.0595385527532972, 2.0555294386428735, 2.0518305164802846, 2.0484071417952454,
        2.045229642132703, 2.0422724563012378};

    private SampleStats() {
    }

    static double mean(List<Double> v) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.size();
    }

    static double std(List<Double> v) {
        if (v.size() < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return StrictMath.sqrt(ss / (v.size() - 1));
    }

    static double min(List<Double> v) {
        return v.isEmpty() ? Double.NaN : Collections.min(v);
    }

    static double max(List<Double> v) {
        return v.isEmpty() ? Double.NaN : Collections.max(v);
    }

    static double median(List<Double> v) {
        return quantile(v, 0.5);
    }

    /** numpy.percentile / quantile default ("linear"). */
    static double quantile(List<Double> v, double p) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        double pos = p * (s.size() - 1);
        int lo = (int) StrictMath.floor(pos);
        int hi = Math.min(lo + 1, s.size() - 1);
        double frac = pos - lo;
        return s.get(lo) + (s.get(hi) - s.get(lo)) * frac;
    }

    static double t975(int df) {
        if (df < 1) {
            return Double.NaN;
        }
        if (df <= T975.length) {
            return T975[df - 1];
        }
        // Cornish-Fisher expansion; the sample folders never need more than 30 degrees of freedom.
        double z = 1.959963984540054;
        return z + (z * z * z + z) / (4.0 * df);
    }

    /** {lower, upper} of stats.t.interval(0.95, n-1, mean, sem); NaN when n < 2. */
    static double[] ci95(List<Double> v) {
        int n = v.size();
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double m = mean(v);
        double half = t975(n - 1) * std(v) / StrictMath.sqrt(n);
        return new double[] {m - half, m + half};
    }

    /** The ten latency columns of the TR118/TR119 summaries: mean … ci_upper, n. */
    static List<String> latencyBlock(List<Double> v) {
        List<String> cells = new ArrayList<>();
        double[] ci = ci95(v);
        cells.add(Num.fmt(mean(v)));
        cells.add(Num.fmt(median(v)));
        cells.add(Num.fmt(std(v)));
        cells.add(Num.fmt(min(v)));
        cells.add(Num.fmt(max(v)));
        cells.add(Num.fmt(quantile(v, 0.25)));
        cells.add(Num.fmt(quantile(v, 0.75)));
        cells.add(Num.fmt(ci[0]));
        cells.add(Num.fmt(ci[1]));
        cells.add(Integer.toString(v.size()));
        return cells;
    }
}
