package dev.chimera.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The pyramid's kept indices of a slice equal the decimator's, and both meet the guarantee checked here by brute
 * force over the raw samples: the slice's first and last sample, and per pixel column a sample holding the
 * column's smallest and one holding its largest y (NaN never counts as either; an all-NaN column keeps a sample).
 */
class DecimationPyramidTest {

    @Test
    void randomTracesAndSlicesMatchTheDecimatorAndTheBruteForceGuarantee() {
        SplittableRandom r = new SplittableRandom(11);
        int[] sizes = {0, 1, 2, 3, 63, 64, 65, 127, 128, 129, 1_000, 4_097, 50_000, 200_003};
        int checked = 0;
        int pyramidPath = 0;
        for (int n : sizes) {
            for (int variant = 0; variant < 4; variant++) {
                double[][] t = trace(r, n, variant);
                DecimationPyramid p = DecimationPyramid.build(t[0], t[1]);
                for (int[] s : slices(r, n)) {
                    for (int columns : new int[] {1, 2, 7, 300, 1_200, 2_000}) {
                        int[] kept = p.keep(s[0], s[1], columns);
                        assertThat(kept).as("n=%d variant=%d slice=%s columns=%d", n, variant, Arrays.toString(s),
                                columns).containsExactly(Decimator.keep(t[0], t[1], s[0], s[1], columns));
                        bruteForceGuarantee(t[0], t[1], s[0], s[1], columns, kept);
                        checked++;
                        pyramidPath += s[1] - s[0] > 2L * DecimationPyramid.BASE_BLOCK * columns ? 1 : 0;
                    }
                }
            }
        }
        // Enough of the cases are long enough per column to go through the levels rather than the decimator.
        assertThat(checked).isGreaterThan(1_000);
        assertThat(pyramidPath).isGreaterThan(150);
    }

    @Test
    void aMillionSampleSliceAtScreenWidthKeepsTheSpikeAndDipFoundByAScan() {
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.1;
            y[i] = 130 + r.nextGaussian() * 3;
        }
        y[400_001] = 612.5;  // a spike inside the slice
        y[700_003] = 1.25;   // a dip inside the slice
        y[5] = 9_999;        // outside the slice
        DecimationPyramid p = DecimationPyramid.build(x, y);
        int from = 12_345;
        int to = 987_654;
        int[] kept = p.keep(from, to, 1_200);
        assertThat(kept).containsExactly(Decimator.keep(x, y, from, to, 1_200));
        bruteForceGuarantee(x, y, from, to, 1_200, kept);
        assertThat(kept).contains(400_001, 700_003).doesNotContain(5);
        assertThat(kept.length).isLessThanOrEqualTo(2 * 1_200 + 2);
    }

    @Test
    void constantSeriesKeepsTheFirstSampleOfEachColumn() {
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 42;
        }
        DecimationPyramid p = DecimationPyramid.build(x, y);
        int[] kept = p.keep(0, n, 100);
        // x = i over [0, 99999], 100 columns: column c starts at the first i with floor(i*100/99999) = c, i.e.
        // ceil(c * 99999 / 100) (c = 0 is the slice's first sample: the interior starts at 1); ties keep the
        // first sample, min and max are the same sample, so one per column, plus the last.
        List<Integer> expected = new ArrayList<>(List.of(0, 1));
        for (int c = 1; c < 100; c++) {
            expected.add((int) Math.ceil(c * 99_999 / 100.0));
        }
        expected.add(n - 1);
        assertThat(kept).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void nanRunsNeverHideAColumnsExtremes() {
        int n = 40_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i % 1000; // each 1000-sample stretch ramps 0..999
        }
        // 10 columns of 3999.9 samples: column 2 (7999.8 ≤ i < 11999.7) starts with a NaN run; column 5 is all NaN.
        Arrays.fill(y, 8_000, 8_500, Double.NaN);
        Arrays.fill(y, 19_999, 24_000, Double.NaN);
        DecimationPyramid p = DecimationPyramid.build(x, y);
        int[] kept = p.keep(0, n, 10);
        assertThat(kept).containsExactly(Decimator.keep(x, y, 0, n, 10));
        bruteForceGuarantee(x, y, 0, n, 10, kept);
        // Column 2 (i = 8000..11999, by floor(i*10/39999)): min 0 first at 9000, max 999 first at 8999.
        assertThat(kept).contains(8_999, 9_000);
        // Column 5 (i = 20000..23999) is all NaN: its first sample is kept, so the drawn line breaks there.
        assertThat(kept).contains(20_000);
    }

    @Test
    void infinitiesBesideNanRunsAreKeptLikeTheScanKeepsThem() {
        // Blocks whose extreme is an infinity (equal to the bound a block scan starts from), after NaN or not:
        // short random runs of NaN and ±∞ (and numbers), checked against the decimator and the brute force.
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        double[][] valueSets = {{nan, inf}, {nan, -inf}, {nan, inf, -inf}, {nan, inf, -inf, 7, 7, -3}};
        SplittableRandom r = new SplittableRandom(23);
        int n = 30_000;
        for (double[] values : valueSets) {
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; ) {
                double v = values[r.nextInt(values.length)];
                for (int k = 1 + r.nextInt(40); k > 0 && i < n; k--, i++) {
                    x[i] = i;
                    y[i] = v;
                }
            }
            DecimationPyramid p = DecimationPyramid.build(x, y);
            for (int columns : new int[] {1, 3, 20, 100}) {
                int[] kept = p.keep(0, n, columns);
                assertThat(kept).containsExactly(Decimator.keep(x, y, 0, n, columns));
                bruteForceGuarantee(x, y, 0, n, columns, kept);
            }
        }
    }

    @Test
    void visibleSliceTakesTheSamplesInsideAndOneNeighbourBeyondEachEnd() {
        double[] x = {0, 1, 2, 3, 5, 8, 13};
        DecimationPyramid p = DecimationPyramid.build(x, new double[x.length]);
        assertThat(p.visibleSlice(2, 5)).containsExactly(2, 5);        // exact ends: 2, 3, 5
        assertThat(p.visibleSlice(1.5, 6)).containsExactly(1, 6);      // 1 and 8 beyond the ends
        assertThat(p.visibleSlice(9, 10)).containsExactly(5, 7);       // between 8 and 13
        assertThat(p.visibleSlice(-4, -1)).containsExactly(0, 1);      // before the trace: its first sample
        assertThat(p.visibleSlice(20, 30)).containsExactly(6, 7);      // after it: its last
        assertThat(p.visibleSlice(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)).containsExactly(0, 7);
        assertThat(p.visibleSlice(5, 2)).containsExactly(0, 0);
        assertThat(DecimationPyramid.build(new double[0], new double[0]).visibleSlice(0, 1)).containsExactly(0, 0);
    }

    @Test
    void levelsTakeAQuarterByteAPerSample() {
        int n = 1_000_000;
        DecimationPyramid p = DecimationPyramid.build(new double[n], new double[n]);
        // python3: b=ceil(1e6/64)=15625, halving with ceil to 1: 15625+7813+3907+1954+977+489+245+123+62+31+16+8+4+2+1
        // = 31257 blocks, two 4-byte indices each.
        assertThat(p.levelBytes()).isEqualTo(31_257L * 8);
        assertThat(p.levelBytes() / (double) n).isLessThan(0.26);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> DecimationPyramid.build(new double[] {0, 2, 1}, new double[3]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DecimationPyramid.build(new double[] {0, Double.NaN}, new double[2]))
                .isInstanceOf(IllegalArgumentException.class);
        DecimationPyramid p = DecimationPyramid.build(new double[] {0, 1, 2}, new double[3]);
        assertThatThrownBy(() -> p.keep(1, 4, 10)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> p.keep(0, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The guarantee, from the raw samples: ascending distinct indices inside the slice; the whole slice when it has
     * at most 2·columns + 2 samples; else its first and last sample, at most 2·columns + 2 indices, and per pixel
     * column (equal widths between the slice's first and last x) a kept sample with the column's smallest y and
     * one with its largest, NaN ignored; an all-NaN column keeps at least one sample.
     */
    static void bruteForceGuarantee(double[] x, double[] y, int from, int to, int columns, int[] kept) {
        int n = to - from;
        for (int i = 0; i < kept.length; i++) {
            assertThat(kept[i]).isBetween(from, to - 1);
            if (i > 0) {
                assertThat(kept[i]).isGreaterThan(kept[i - 1]);
            }
        }
        if (n <= 2 * columns + 2) {
            assertThat(kept).hasSize(n);
            return;
        }
        assertThat(kept[0]).isEqualTo(from);
        assertThat(kept[kept.length - 1]).isEqualTo(to - 1);
        assertThat(kept.length).isLessThanOrEqualTo(2 * columns + 2);
        double lo = x[from];
        double span = x[to - 1] - lo;
        double[] min = new double[columns];
        double[] max = new double[columns];
        boolean[] any = new boolean[columns];
        Arrays.fill(min, Double.NaN);
        Arrays.fill(max, Double.NaN);
        for (int i = from; i < to; i++) {
            int c = column(x[i], lo, span, columns);
            any[c] = true;
            if (!Double.isNaN(y[i])) {
                min[c] = Double.isNaN(min[c]) ? y[i] : Math.min(min[c], y[i]);
                max[c] = Double.isNaN(max[c]) ? y[i] : Math.max(max[c], y[i]);
            }
        }
        boolean[] hasMin = new boolean[columns];
        boolean[] hasMax = new boolean[columns];
        boolean[] hasAny = new boolean[columns];
        for (int k : kept) {
            int c = column(x[k], lo, span, columns);
            hasAny[c] = true;
            hasMin[c] |= y[k] == min[c];
            hasMax[c] |= y[k] == max[c];
        }
        for (int c = 0; c < columns; c++) {
            if (Double.isNaN(min[c])) {
                assertThat(hasAny[c]).as("column %d (all NaN) keeps a sample", c).isEqualTo(any[c]);
            } else {
                assertThat(hasMin[c]).as("column %d keeps its min %s", c, min[c]).isTrue();
                assertThat(hasMax[c]).as("column %d keeps its max %s", c, max[c]).isTrue();
            }
        }
    }

    private static int column(double v, double lo, double span, int columns) {
        if (!(span > 0)) {
            return 0;
        }
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((v - lo) * columns / span)));
    }

    /**
     * Variant 0: noisy power with spikes and irregular steps; 1: values rounded to whole watts (many ties) with
     * repeated timestamps; 2: NaN gaps (runs and single samples); 3: constant.
     */
    private static double[][] trace(SplittableRandom r, int n, int variant) {
        double[] x = new double[n];
        double[] y = new double[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            double dt = variant == 1 && r.nextInt(10) == 0 ? 0 : 0.05 + r.nextDouble() * 0.1;
            t += r.nextInt(2_000) == 0 ? 30 : dt;
            x[i] = t;
            double v = 120 + 40 * Math.sin(i / 777.0) + r.nextGaussian() * 4 + (r.nextInt(5_000) == 0 ? 400 : 0);
            y[i] = switch (variant) {
                case 1 -> Math.rint(v);
                case 3 -> 26.5;
                default -> v;
            };
        }
        if (variant == 2) {
            for (int g = 0; g < n / 500; g++) {
                int s = r.nextInt(n);
                Arrays.fill(y, s, Math.min(n, s + 1 + r.nextInt(r.nextBoolean() ? 3 : 3_000)), Double.NaN);
            }
            if (n > 10) {
                y[0] = Double.NaN;
                y[n - 1] = Double.NaN;
            }
        }
        return new double[][] {x, y};
    }

    /** Whole, empty, 1- and 2-sample slices, block-aligned and unaligned ones, and random ones. */
    private static List<int[]> slices(SplittableRandom r, int n) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[] {0, n});
        out.add(new int[] {n / 2, n / 2});
        if (n >= 3) {
            out.add(new int[] {1, 2});
            out.add(new int[] {n - 2, n});
            out.add(new int[] {1, n - 1});
        }
        if (n >= 256) {
            out.add(new int[] {64, 192});
            out.add(new int[] {63, 129});
        }
        for (int k = 0; k < 4 && n > 0; k++) {
            int a = r.nextInt(n);
            int b = a + r.nextInt(n - a + 1);
            out.add(new int[] {a, b});
        }
        return out;
    }
}
