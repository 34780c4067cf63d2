package dev.chimera.workbench.analysis;

/**
 * Two-sided Mann–Whitney U test with the normal approximation, tie correction and continuity correction:
 * the same numbers as {@code scipy.stats.mannwhitneyu(a, b, alternative="two-sided", method="asymptotic")}
 * (and scipy's default for samples larger than 8). The statistic is U of the first sample,
 * U_a = R_a − n_a(n_a + 1)/2 with mid-ranks R.
 *
 * @param u               U of sample a (pairs with a > b, ties counting one half)
 * @param z               standardised statistic (of max(U_a, U_b), continuity-corrected)
 * @param pValue          two-sided p-value
 * @param rankBiserial    effect size 1 − 2·U_a/(n_a·n_b) = P(b > a) − P(b < a) = Cliff's delta of b versus a;
 *                        positive when b tends to be larger
 */
public record MannWhitney(int nA, int nB, double u, double z, double pValue, double rankBiserial) {

    public static MannWhitney test(double[] a, double[] b) {
        double[] x = Stats.sortedFinite(a);
        double[] y = Stats.sortedFinite(b);
        int n1 = x.length;
        int n2 = y.length;
        if (n1 == 0 || n2 == 0) {
            return new MannWhitney(n1, n2, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        int n = n1 + n2;
        double[] all = new double[n];
        boolean[] fromA = new boolean[n];
        // merge the two sorted samples, keeping membership
        int i = 0;
        int j = 0;
        for (int k = 0; k < n; k++) {
            if (j >= n2 || (i < n1 && x[i] <= y[j])) {
                all[k] = x[i++];
                fromA[k] = true;
            } else {
                all[k] = y[j++];
            }
        }
        double rankSumA = 0;
        double tieTerm = 0;
        for (int k = 0; k < n; ) {
            int end = k;
            while (end + 1 < n && all[end + 1] == all[k]) {
                end++;
            }
            double midRank = (k + end) / 2.0 + 1; // 1-based mid-rank of the tie block
            double t = end - k + 1;
            tieTerm += t * t * t - t;
            for (int m = k; m <= end; m++) {
                if (fromA[m]) {
                    rankSumA += midRank;
                }
            }
            k = end + 1;
        }
        double u1 = rankSumA - n1 * (n1 + 1) / 2.0;
        double u2 = (double) n1 * n2 - u1;
        double mu = n1 * (double) n2 / 2.0;
        double s = Math.sqrt(n1 * (double) n2 / 12.0 * ((n + 1) - tieTerm / ((double) n * (n - 1))));
        double z = s == 0 ? Double.NaN : (Math.max(u1, u2) - mu - 0.5) / s;
        double p = Double.isNaN(z) ? 1.0 : Math.min(1.0, Math.max(0.0, 2 * normalSf(z)));
        return new MannWhitney(n1, n2, u1, z, p, 1 - 2 * u1 / (n1 * (double) n2));
    }

    /** Upper tail of the standard normal, accurate in relative terms far into the tail. */
    static double normalSf(double z) {
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    /** Complementary error function: series for |x| < 2.5, continued fraction beyond (relative error below 1e-9). */
    static double erfc(double x) {
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 2.5) {
            // erf(x) = 2/sqrt(pi) * sum (-1)^k x^(2k+1) / (k! (2k+1))
            double sum = 0;
            double term = x;
            for (int k = 0; k < 200; k++) {
                double add = term / (2 * k + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                    break;
                }
                term *= -x * x / (k + 1);
            }
            return 1 - 2 / Math.sqrt(Math.PI) * sum;
        }
        // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...))))), evaluated backwards
        double f = x;
        for (int k = 300; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }
}
