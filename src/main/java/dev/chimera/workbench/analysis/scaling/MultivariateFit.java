package dev.chimera.workbench.analysis.scaling;

import java.util.ArrayList;
import java.util.List;

/**
 * TR121's depth-vs-params fit ln(value) = α + β·ln(params_M) + γ·ln(n_layer), least squares, in-sample, no CI
 * ({@code _fit_log_multivariate}, {@code np.linalg.lstsq}). β is the params term, not width; γ/|β| is the
 * derived ratio the seed calls "depth costs 12× width" (no report states it). Params in millions as TR121 does
 * (only α depends on the unit).
 *
 * @param models       models fitted (those with a known n_layer)
 * @param withoutDepth models left out because their depth is unknown
 */
public record MultivariateFit(SeriesKey series, double alpha, double beta, double gamma, double r2, int n,
                              List<String> models, List<String> withoutDepth) {

    /** γ / |β|; infinite when β is 0. */
    public double depthToParamsRatio() {
        return gamma / Math.abs(beta);
    }

    /** Null when fewer than 4 models with depth (3 coefficients need a residual) or the design is singular. */
    public static MultivariateFit fit(SeriesKey series, List<ModelPoint> points) {
        List<ModelPoint> usable = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (ModelPoint p : points) {
            if (p.nLayer() > 0) {
                usable.add(p);
            } else {
                without.add(p.model());
            }
        }
        if (usable.size() < 4) {
            return null;
        }
        double[][] x = new double[usable.size()][];
        double[] y = new double[usable.size()];
        for (int i = 0; i < usable.size(); i++) {
            ModelPoint p = usable.get(i);
            x[i] = new double[] {1, Math.log(p.params() / 1e6), Math.log(p.nLayer())};
            y[i] = Math.log(p.value());
        }
        LeastSquares.Solution s = LeastSquares.solve(x, y);
        if (s == null) {
            return null;
        }
        return new MultivariateFit(series, s.coefficient(0), s.coefficient(1), s.coefficient(2), s.r2(), s.n(),
                usable.stream().map(ModelPoint::model).toList(), List.copyOf(without));
    }
}
