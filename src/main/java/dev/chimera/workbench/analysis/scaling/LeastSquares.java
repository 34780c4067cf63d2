package dev.chimera.workbench.analysis.scaling;

/**
 * Ordinary least squares for small problems (a handful of regressors, tens of points), solved by Householder QR
 * on the design matrix rather than the normal equations, so nearly collinear regressors (ln params and
 * ln n_layer of one model family) do not lose half the digits. Same solution as {@code np.linalg.lstsq} for a
 * full-rank design.
 */
public final class LeastSquares {

    /**
     * @param coefficients one per design column
     * @param r2           1 − SS_res / SS_tot around the mean of y (NaN when y is constant)
     * @param n            points used
     */
    public record Solution(double[] coefficients, double r2, int n) {
        public double coefficient(int i) {
            return coefficients[i];
        }
    }

    private LeastSquares() {
    }

    /**
     * Solves min ‖X·b − y‖². Returns null when X has fewer rows than columns or is rank deficient (e.g. all x
     * equal), which a bootstrap resample can be.
     */
    public static Solution solve(double[][] x, double[] y) {
        int n = y.length;
        int p = x.length == 0 ? 0 : x[0].length;
        if (n < p || p == 0) {
            return null;
        }
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = x[i].clone();
        }
        double[] b = y.clone();
        double scale = 0;
        for (double[] row : a) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        double[] diag = new double[p];
        for (int k = 0; k < p; k++) {
            double norm = 0;
            for (int i = k; i < n; i++) {
                norm = Math.hypot(norm, a[i][k]);
            }
            if (norm <= 1e-12 * Math.max(scale, 1)) {
                return null; // rank deficient
            }
            double alpha = a[k][k] > 0 ? -norm : norm;
            // Householder vector v = column − alpha·e_k, stored in place.
            a[k][k] -= alpha;
            double vnorm2 = 0;
            for (int i = k; i < n; i++) {
                vnorm2 += a[i][k] * a[i][k];
            }
            for (int j = k + 1; j < p; j++) {
                double dot = 0;
                for (int i = k; i < n; i++) {
                    dot += a[i][k] * a[i][j];
                }
                double f = 2 * dot / vnorm2;
                for (int i = k; i < n; i++) {
                    a[i][j] -= f * a[i][k];
                }
            }
            double dot = 0;
            for (int i = k; i < n; i++) {
                dot += a[i][k] * b[i];
            }
            double f = 2 * dot / vnorm2;
            for (int i = k; i < n; i++) {
                b[i] -= f * a[i][k];
            }
            diag[k] = alpha;
        }
        double[] coef = new double[p];
        for (int k = p - 1; k >= 0; k--) {
            double s = b[k];
            for (int j = k + 1; j < p; j++) {
                s -= a[k][j] * coef[j];
            }
            coef[k] = s / diag[k];
        }
        return new Solution(coef, r2(x, y, coef), n);
    }

    static double r2(double[][] x, double[] y, double[] coef) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < y.length; i++) {
            double fit = 0;
            for (int j = 0; j < coef.length; j++) {
                fit += x[i][j] * coef[j];
            }
            ssRes += (y[i] - fit) * (y[i] - fit);
            ssTot += (y[i] - mean) * (y[i] - mean);
        }
        return ssTot == 0 ? Double.NaN : 1 - ssRes / ssTot;
    }
}
