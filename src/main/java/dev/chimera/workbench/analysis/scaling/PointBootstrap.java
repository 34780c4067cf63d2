package dev.chimera.workbench.analysis.scaling;

import dev.chimera.workbench.analysis.Bootstrap;
import dev.chimera.workbench.analysis.Interval;
import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.Stats;
import java.util.SplittableRandom;

/**
 * Bootstrap over the points of a fit (cases resampling: whole (x, y) points are drawn with replacement), the
 * way TR118 ({@code verify_crossover_math.py}) and TR121 ({@code analyze_scaling.py}) bound a slope or a
 * crossover. Follows {@link Bootstrap}: a fresh {@link SplittableRandom} from the seed for every call, bounds
 * at the (1 − c)/2 and (1 + c)/2 quantiles with linear interpolation. Resamples whose statistic is undefined
 * (all drawn points at one x) are dropped, as polyfit would fail on them; {@link Interval#resamples()} still
 * says how many were drawn. The harnesses draw with numpy, so bounds agree with theirs only statistically.
 */
public final class PointBootstrap {

    /** A statistic of the points selected by {@code idx} (indices may repeat); NaN when undefined. */
    @FunctionalInterface
    public interface Statistic {
        double of(int[] idx);
    }

    private final Bootstrap settings;

    public PointBootstrap(Bootstrap settings) {
        this.settings = settings;
    }

    public Bootstrap settings() {
        return settings;
    }

    public Interval ci(int points, double estimate, Statistic statistic) {
        if (points < 2) {
            return Interval.empty(settings.confidence(), settings.resamples());
        }
        SplittableRandom rng = new SplittableRandom(settings.seed());
        double[] dist = new double[settings.resamples()];
        int[] idx = new int[points];
        for (int r = 0; r < dist.length; r++) {
            for (int i = 0; i < points; i++) {
                idx[i] = rng.nextInt(points);
            }
            dist[r] = statistic.of(idx);
        }
        return interval(estimate, dist);
    }

    private Interval interval(double estimate, double[] dist) {
        double[] sorted = Stats.sortedFinite(dist);
        if (sorted.length == 0) {
            return new Interval(estimate, Double.NaN, Double.NaN, settings.confidence(), settings.resamples());
        }
        double alpha = (1 - settings.confidence()) / 2;
        return new Interval(estimate, PercentileMethod.LINEAR.of(sorted, sorted.length, alpha),
                PercentileMethod.LINEAR.of(sorted, sorted.length, 1 - alpha), settings.confidence(),
                settings.resamples());
    }

    /** A statistic of two independently resampled point sets. */
    @FunctionalInterface
    public interface TwoSampleStatistic {
        double of(int[] idxA, int[] idxB);
    }

    /** Two point sets resampled independently from one generator (A's draws first, then B's, every round). */
    public Interval ci(int pointsA, int pointsB, double estimate, TwoSampleStatistic statistic) {
        if (pointsA < 2 || pointsB < 2) {
            return Interval.empty(settings.confidence(), settings.resamples());
        }
        SplittableRandom rng = new SplittableRandom(settings.seed());
        double[] dist = new double[settings.resamples()];
        int[] a = new int[pointsA];
        int[] b = new int[pointsB];
        for (int r = 0; r < dist.length; r++) {
            for (int i = 0; i < pointsA; i++) {
                a[i] = rng.nextInt(pointsA);
            }
            for (int i = 0; i < pointsB; i++) {
                b[i] = rng.nextInt(pointsB);
            }
            dist[r] = statistic.of(a, b);
        }
        return interval(estimate, dist);
    }

    /** The line through the selected points, or null when they share one x. */
    static LineFit fit(double[] x, double[] y, int[] idx) {
        double[] bx = new double[idx.length];
        double[] by = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            bx[i] = x[idx[i]];
            by[i] = y[idx[i]];
        }
        return LineFit.fit(bx, by);
    }
}
