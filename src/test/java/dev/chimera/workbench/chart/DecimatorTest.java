package dev.chimera.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimatorTest {

    @Test
    void tenMillionSamplesKeepEveryColumnsMinAndMaxAndNoMoreThanTwoPerColumnPlusEnds() {
        int n = 10_000_000;
        int columns = 1000;
        double[] x = new double[n];
        double[] y = new double[n];
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < n; i++) {
            x[i] = i;
            // latency-like: a base, noise, and rare cold-start spikes the decimation must not lose
            y[i] = 100 + rnd.nextDouble() * 20 + (rnd.nextInt(50_000) == 0 ? 3000 : 0);
        }
        y[n / 2] = 9999; // a single spike in the middle
        y[12_345] = -5;  // a single dip

        int[] keep = Decimator.keep(x, y, columns);

        assertThat(keep.length).isLessThanOrEqualTo(2 * columns + 2);
        assertThat(keep[0]).isZero();
        assertThat(keep[keep.length - 1]).isEqualTo(n - 1);
        for (int i = 1; i < keep.length; i++) {
            assertThat(keep[i]).as("x order").isGreaterThan(keep[i - 1]);
        }
        // Independent brute force: with x = i the column of an inner point is floor(i * columns / (n - 1)).
        double[] min = new double[columns];
        double[] max = new double[columns];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 1; i < n - 1; i++) {
            int b = (int) Math.min(columns - 1, (long) i * columns / (n - 1));
            min[b] = Math.min(min[b], y[i]);
            max[b] = Math.max(max[b], y[i]);
        }
        double[] keptMin = new double[columns];
        double[] keptMax = new double[columns];
        Arrays.fill(keptMin, Double.POSITIVE_INFINITY);
        Arrays.fill(keptMax, Double.NEGATIVE_INFINITY);
        for (int k : keep) {
            if (k == 0 || k == n - 1) {
                continue;
            }
            int b = (int) Math.min(columns - 1, (long) k * columns / (n - 1));
            keptMin[b] = Math.min(keptMin[b], y[k]);
            keptMax[b] = Math.max(keptMax[b], y[k]);
        }
        assertThat(keptMin).containsExactly(min);
        assertThat(keptMax).containsExactly(max);
        double[] keptY = Arrays.stream(keep).mapToDouble(i -> y[i]).toArray();
        assertThat(keptY).contains(9999.0, -5.0);
    }

    @Test
    void shortSeriesAreKeptWhole() {
        double[] x = {1, 2, 3, 4, 5};
        assertThat(Decimator.keep(x, x, 2)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void logColumnsAreEquallyWideInLog10() {
        // x = 1, 10, 100 ... 10^6 plus points in between; 2 columns in log space split at 10^3.
        double[] x = {1, 2, 5, 20, 50, 500, 2000, 5000, 50_000, 500_000, 1_000_000};
        double[] y = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        int[] keep = Decimator.keep(x, y, 2, true);
        // Column 0 (x < 1000): inner points 2..500, min y at x=2, max at x=500; column 1: 2000..500000.
        assertThat(keep).containsExactly(0, 1, 5, 6, 9, 10);
    }

    @Test
    void aColumnStartingWithNanStillKeepsItsMinAndMax() {
        // 14 points, 2 columns split at x = 6.5: column 0 holds inner points 1..6, column 1 holds 7..12.
        double n = Double.NaN;
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
        double[] y = {5, n, 7, 2, 9, n, 2, n, n, n, n, n, n, 5};
        // Column 0: min 2 first at 3, max 9 at 4 (the leading NaN used to be kept alone); column 1 is all NaN
        // and keeps its first point, 7.
        assertThat(Decimator.keep(x, y, 2)).containsExactly(0, 3, 4, 7, 13);
    }
}
