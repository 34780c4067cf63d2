package dev.chimera.workbench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded nonparametric bootstrap with percentile intervals. Every call starts a fresh
 * {@link SplittableRandom} from the seed, so the same data, statistic and settings give the same interval.
 * The interval bounds are the (1 − c)/2 and (1 + c)/2 quantiles of the bootstrap distribution (numpy linear
 * interpolation, as the TR harnesses read their bootstrap CIs).
 *
 * @param resamples  number of resamples (TR118 uses 2,000)
 * @param confidence confidence level in (0, 1)
 * @param seed       seed of the generator
 */
public record Bootstrap(int resamples, double confidence, long seed) {

    /** Any statistic of one (unsorted) sample. */
    @FunctionalInterface
    public interface Statistic {
        double of(double[] sample);
    }

    public Bootstrap {
        if (resamples < 1) {
            throw new IllegalArgumentException("bootstrap resamples must be >= 1, got " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
    }

    public static Bootstrap defaults() {
        return new Bootstrap(2000, 0.95, 42);
    }

    /**
     * Interval of a generic order-independent statistic (it may sort the array it is given). Resamples are
     * drawn from the sorted finite values.
     */
    public Interval ci(double[] values, Statistic statistic) {
        return ciAll(values, List.of(statistic)).get(0);
    }

    /**
     * Intervals of several order-independent statistics from the same resamples (each resample is sorted
     * once, then every statistic reads it). Gives the same intervals as separate {@link #ci} calls with this
     * seed, at the cost of one sort per resample.
     */
    public List<Interval> ciAll(double[] values, List<Statistic> statistics) {
        double[] x = Stats.sortedFinite(values);
        int k = statistics.size();
        if (x.length == 0) {
            return Collections.nCopies(k, Interval.empty(confidence, resamples));
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] dist = new double[k][resamples];
        double[] buf = new double[x.length];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < x.length; i++) {
                buf[i] = x[rng.nextInt(x.length)];
            }
            Arrays.sort(buf);
            for (int j = 0; j < k; j++) {
                dist[j][r] = statistics.get(j).of(buf);
            }
        }
        List<Interval> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            out.add(interval(statistics.get(j).of(x.clone()), dist[j]));
        }
        return out;
    }

    public Interval ciMean(double[] values) {
        return ci(values, Bootstrap::mean);
    }

    /** Interval of the percentile {@code percent} (0–100) read with {@code method}. */
    public Interval ciPercentile(double[] values, double percent, PercentileMethod method) {
        return ci(values, percentile(percent, method));
    }

    /**
     * Interval of stat(B*) − stat(A*), A and B resampled independently (from one generator: A's draws first,
     * then B's, in every round).
     */
    public Interval ciDifference(double[] a, double[] b, Statistic statistic) {
        double[] x = finite(a);
        double[] y = finite(b);
        if (x.length == 0 || y.length == 0) {
            return Interval.empty(confidence, resamples);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] dist = new double[resamples];
        double[] bx = new double[x.length];
        double[] by = new double[y.length];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < x.length; i++) {
                bx[i] = x[rng.nextInt(x.length)];
            }
            for (int i = 0; i < y.length; i++) {
                by[i] = y[rng.nextInt(y.length)];
            }
            dist[r] = statistic.of(by) - statistic.of(bx); // buffers are refilled next round
        }
        return interval(statistic.of(y.clone()) - statistic.of(x.clone()), dist);
    }

    /** A percentile statistic (sorts its argument in place; cheap when it is sorted already). */
    public static Statistic percentile(double percent, PercentileMethod method) {
        return s -> {
            Arrays.sort(s);
            return method.of(s, s.length, percent / 100.0);
        };
    }

    static double mean(double[] s) {
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return sum / s.length;
    }

    private Interval interval(double estimate, double[] dist) {
        double[] sorted = Stats.sortedFinite(dist);
        if (sorted.length == 0) {
            return new Interval(estimate, Double.NaN, Double.NaN, confidence, resamples);
        }
        double alpha = (1 - confidence) / 2;
        return new Interval(estimate, PercentileMethod.LINEAR.of(sorted, sorted.length, alpha),
                PercentileMethod.LINEAR.of(sorted, sorted.length, 1 - alpha), confidence, resamples);
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
