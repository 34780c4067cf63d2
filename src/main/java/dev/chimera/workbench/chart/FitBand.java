package dev.chimera.workbench.chart;

import dev.chimera.workbench.analysis.Bootstrap;
import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.Stats;
import dev.chimera.workbench.analysis.scaling.LineFit;
import dev.chimera.workbench.analysis.scaling.ModelPoint;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fitted power law drawn over its measured size range with a pointwise bootstrap band: the same cases
 * resampling over models as the slope CI of {@link dev.chimera.workbench.analysis.scaling.PowerLawFit}, each
 * resample's line evaluated at every grid size, percentile bounds per size. No band (lo = hi = fit) below
 * {@link #MIN_MODELS} models, as the engine gives no slope CI there.
 *
 * @param params grid of parameter counts, log-spaced over the measured range
 * @param fit    the fitted value at each grid size
 * @param lo     lower band bound (equals {@code fit} without a band)
 * @param hi     upper band bound
 */
public record FitBand(double[] params, double[] fit, double[] lo, double[] hi, boolean hasBand) {
    public static final int MIN_MODELS = 3;
    static final int GRID = 60;

    /** Null when fewer than two distinct sizes (no line). */
    public static FitBand of(List<ModelPoint> points, Bootstrap settings) {
        int n = points.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.log(points.get(i).params());
            y[i] = Math.log(points.get(i).value());
        }
        LineFit line = LineFit.fit(x, y);
        if (line == null) {
            return null;
        }
        double lx = min(x);
        double hx = max(x);
        double[] gx = new double[GRID];
        double[] fit = new double[GRID];
        for (int g = 0; g < GRID; g++) {
            gx[g] = lx + (hx - lx) * g / (GRID - 1);
            fit[g] = Math.exp(line.at(gx[g]));
        }
        double[] lo = fit.clone();
        double[] hi = fit.clone();
        boolean band = n >= MIN_MODELS;
        if (band) {
            double[][] dist = new double[GRID][settings.resamples()];
            SplittableRandom rng = new SplittableRandom(settings.seed());
            double[] bx = new double[n];
            double[] by = new double[n];
            for (int r = 0; r < settings.resamples(); r++) {
                for (int i = 0; i < n; i++) {
                    int k = rng.nextInt(n);
                    bx[i] = x[k];
                    by[i] = y[k];
                }
                LineFit f = LineFit.fit(bx, by);
                for (int g = 0; g < GRID; g++) {
                    dist[g][r] = f == null ? Double.NaN : f.at(gx[g]);
                }
            }
            double alpha = (1 - settings.confidence()) / 2;
            for (int g = 0; g < GRID; g++) {
                double[] s = Stats.sortedFinite(dist[g]);
                if (s.length > 0) {
                    lo[g] = Math.exp(PercentileMethod.LINEAR.of(s, s.length, alpha));
                    hi[g] = Math.exp(PercentileMethod.LINEAR.of(s, s.length, 1 - alpha));
                }
            }
        }
        double[] params = new double[GRID];
        for (int g = 0; g < GRID; g++) {
            params[g] = Math.exp(gx[g]);
        }
        return new FitBand(params, fit, lo, hi, band);
    }

    public double minParams() {
        return params[0];
    }

    public double maxParams() {
        return params[params.length - 1];
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
