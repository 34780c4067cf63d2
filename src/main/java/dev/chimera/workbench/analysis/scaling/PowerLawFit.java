package dev.chimera.workbench.analysis.scaling;

import dev.chimera.workbench.analysis.Interval;

/**
 * A power law value = e^lnIntercept · params^slope fitted on natural logs, with the seeded bootstrap CI of the
 * slope over models and the reports' fit gate. The slope is the same in log10 (TR121 fits log10); the
 * intercept is natural-log and over raw parameter counts.
 *
 * @param line    the fitted line ln(value) = intercept + slope·ln(params)
 * @param slopeCi bootstrap percentile interval of the slope (undefined with fewer than 3 models, as TR121)
 * @param gate    actionable only if R² ≥ 0.2 and the slope CI excludes 0
 * @param minParams smallest fitted parameter count
 * @param maxParams largest fitted parameter count
 */
public record PowerLawFit(LineFit line, Interval slopeCi, FitGate gate, double minParams, double maxParams) {

    /** Minimum number of models for a slope CI (TR121 {@code analyze_scaling.py}). */
    public static final int MIN_MODELS_FOR_CI = 3;

    /** Fit of (params, value) pairs, all positive; null when fewer than two distinct sizes. */
    public static PowerLawFit fit(double[] params, double[] values, PointBootstrap bootstrap) {
        double[] x = logs(params);
        double[] y = logs(values);
        LineFit line = LineFit.fit(x, y);
        if (line == null) {
            return null;
        }
        Interval ci = x.length < MIN_MODELS_FOR_CI
                ? Interval.empty(bootstrap.settings().confidence(), bootstrap.settings().resamples())
                : bootstrap.ci(x.length, line.slope(), idx -> {
                    LineFit f = PointBootstrap.fit(x, y, idx);
                    return f == null ? Double.NaN : f.slope();
                });
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double p : params) {
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        return new PowerLawFit(line, ci, FitGate.of(line.r2(), ci), min, max);
    }

    public double slope() {
        return line.slope();
    }

    public double r2() {
        return line.r2();
    }

    /** The fitted value at a parameter count. */
    public double predict(double params) {
        return Math.exp(line.at(Math.log(params)));
    }

    public boolean inRange(double params) {
        return params >= minParams && params <= maxParams;
    }

    static double[] logs(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.log(v[i]);
        }
        return out;
    }
}
