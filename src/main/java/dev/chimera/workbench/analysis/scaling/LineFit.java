package dev.chimera.workbench.analysis.scaling;

/**
 * A straight line y = intercept + slope·x fitted by least squares ({@code np.polyfit(x, y, 1)}). In this
 * package x and y are natural logs, so the line is the power law y = e^intercept · x^slope.
 *
 * @param r2 coefficient of determination (NaN when y is constant)
 * @param n  points fitted
 */
public record LineFit(double slope, double intercept, double r2, int n) {

    /** Fit, or null when fewer than two distinct x values (no line is defined). */
    public static LineFit fit(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || y.length != n) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (sxx <= 1e-300) {
            return null;
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double r2 = syy == 0 ? Double.NaN : (sxy * sxy) / (sxx * syy);
        return new LineFit(slope, intercept, r2, n);
    }

    public double at(double x) {
        return intercept + slope * x;
    }

    /** x where the line crosses {@code y}; NaN for a flat line. */
    public double xAt(double y) {
        return slope == 0 ? Double.NaN : (y - intercept) / slope;
    }
}
