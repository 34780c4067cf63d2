package dev.chimera.workbench.chart;

import java.util.Arrays;

/**
 * Min/max levels over a series, built once, so any visible slice of a zoomed or panned view decimates in
 * O(columns · (BASE_BLOCK + log n)) instead of O(samples in the slice).
 *
 * <p>Level 0 holds, per block of {@link #BASE_BLOCK} consecutive samples, the index of the block's smallest and
 * of its largest y; level k+1 combines pairs of level-k blocks (so its blocks cover 64·2^(k+1) samples), up to one
 * block. A pixel column's index range is split like a segment-tree query: a raw head up to the next block
 * boundary, at most two blocks per level in between (the coarsest that fit), a raw tail. A block's index is the
 * one a left-to-right scan of its samples ends on ({@link #lower}), so combining blocks gives exactly the scan's
 * answer.
 *
 * <p><b>Guarantee.</b> {@link #keep(int, int, int)} returns exactly {@code Decimator.keep(x, y, from, to,
 * columns)}: the first and the last sample of the slice; every sample when the slice has at most
 * {@code 2·columns + 2}; otherwise, per pixel column (equally wide between the slice's first and last x, as the
 * decimator's), the first sample holding the column's smallest y and the first holding its largest (NaN y are
 * never a column's min or max; a column whose y are all NaN keeps its first sample, so a line still breaks there),
 * ascending, at most {@code 2·columns + 2} indices. Slices with fewer than two base blocks per column are handed
 * to the decimator directly (it touches no more samples than the pyramid's raw edges would).
 *
 * <p><b>Memory.</b> Two {@code int}s per block, the levels a geometric series: ≤ 2 · ⌈n/64⌉ + levels blocks, i.e.
 * about 16 / 64 · 2 = 0.25 bytes per sample (2.5 MB for 10 M samples). The x and y arrays are referenced, not
 * copied (16 bytes per sample that the caller already holds); they must not be modified afterwards.
 *
 * <p>x must be finite and ascending (equal neighbours allowed), as a power trace's times are.
 */
public final class DecimationPyramid {
    /** Samples per level-0 block. */
    public static final int BASE_BLOCK = 64;
    private static final int BASE_SHIFT = 6;

    private final double[] x;
    private final double[] y;
    /** minIdx[k][j] / maxIdx[k][j]: the sample holding the smallest / largest y of block j of level k. */
    private final int[][] minIdx;
    private final int[][] maxIdx;

    private DecimationPyramid(double[] x, double[] y, int[][] minIdx, int[][] maxIdx) {
        this.x = x;
        this.y = y;
        this.minIdx = minIdx;
        this.maxIdx = maxIdx;
    }

    /** Builds the levels of a series (x ascending and finite); keeps references to both arrays. */
    public static DecimationPyramid build(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || i > 0 && x[i] < x[i - 1]) {
                throw new IllegalArgumentException("x must be finite and ascending (index " + i + ")");
            }
        }
        int n = y.length;
        int blocks = (n + BASE_BLOCK - 1) >>> BASE_SHIFT;
        int levels = 1;
        for (int b = blocks; b > 1; b = (b + 1) >>> 1) {
            levels++;
        }
        int[][] mins = new int[blocks == 0 ? 0 : levels][];
        int[][] maxs = new int[mins.length][];
        if (blocks > 0) {
            mins[0] = new int[blocks];
            maxs[0] = new int[blocks];
            baseLevel(y, mins[0], maxs[0]);
            for (int k = 1; k < levels; k++) {
                int count = (mins[k - 1].length + 1) >>> 1;
                mins[k] = new int[count];
                maxs[k] = new int[count];
                combine(y, mins[k - 1], mins[k], true);
                combine(y, maxs[k - 1], maxs[k], false);
            }
        }
        return new DecimationPyramid(x, y, mins, maxs);
    }

    private static void baseLevel(double[] y, int[] mins, int[] maxs) {
        int n = y.length;
        for (int j = 0; j < mins.length; j++) {
            int start = j << BASE_SHIFT;
            int end = Math.min(n, start + BASE_BLOCK);
            int mi = start;
            int ma = start;
            double lo = y[start];
            double hi = lo;
            for (int i = start + 1; i < end; i++) {
                double v = y[i];
                // The decimator's scan: strictly smaller (larger) wins; a NaN incumbent yields to any number.
                if (v < lo || lo != lo && v == v) {
                    lo = v;
                    mi = i;
                }
                if (v > hi || hi != hi && v == v) {
                    hi = v;
                    ma = i;
                }
            }
            mins[j] = mi;
            maxs[j] = ma;
        }
    }

    private static void combine(double[] y, int[] below, int[] out, boolean min) {
        for (int j = 0; j < out.length; j++) {
            int left = below[2 * j];
            int right = 2 * j + 1 < below.length ? below[2 * j + 1] : left;
            out[j] = (min ? lower(y, right, left) : higher(y, right, left)) ? right : left;
        }
    }

    /** Number of samples. */
    public int size() {
        return x.length;
    }

    /** The x array the pyramid was built over (not a copy: read only). */
    double[] x() {
        return x;
    }

    /** The y array the pyramid was built over (not a copy: read only). */
    double[] y() {
        return y;
    }

    /** Bytes held by the levels (the x and y arrays are the caller's). */
    public long levelBytes() {
        long ints = 0;
        for (int[] level : minIdx) {
            ints += 2L * level.length;
        }
        return 4 * ints;
    }

    /**
     * The slice a view of {@code [x0, x1]} needs: every sample inside plus, where no sample lies exactly on an end,
     * the nearest one beyond it, so the line reaches the plot's edges. {@code {from, to}}, to exclusive.
     */
    public int[] visibleSlice(double x0, double x1) {
        int n = x.length;
        if (n == 0 || !(x0 <= x1)) {
            return new int[] {0, 0};
        }
        int from = firstAtLeast(x0);
        if (from > 0 && (from == n || x[from] > x0)) {
            from--;
        }
        int to = firstAbove(x1);
        if (to < n && (to == 0 || x[to - 1] < x1)) {
            to++;
        }
        return new int[] {Math.min(from, to), to};
    }

    /** The kept indices of {@link #visibleSlice} decimated to {@code columns}. */
    public int[] keepVisible(double x0, double x1, int columns) {
        int[] s = visibleSlice(x0, x1);
        return keep(s[0], s[1], columns);
    }

    /** Exactly {@code Decimator.keep(x, y, from, to, columns)}; see the class comment. */
    public int[] keep(int from, int to, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1");
        }
        if (from < 0 || to > x.length || from > to) {
            throw new IndexOutOfBoundsException("slice [" + from + ", " + to + ") of " + x.length);
        }
        long n = to - from;
        if (n <= 2L * BASE_BLOCK * columns) {
            return Decimator.keep(x, y, from, to, columns);
        }
        double lo = x[from];
        double span = x[to - 1] - lo;
        int[] out = new int[2 * columns + 2];
        int k = 0;
        out[k++] = from;
        int end = to - 1;
        int s = from + 1;
        int guess = (int) Math.max(1, n / columns);
        int[] extremes = new int[2];
        while (s < end) {
            int c = Decimator.bucket(x[s], lo, span, columns);
            int e = columnEnd(s, end, c, lo, span, columns, guess);
            extremes(s, e, extremes);
            int first = Math.min(extremes[0], extremes[1]);
            int second = Math.max(extremes[0], extremes[1]);
            out[k++] = first;
            if (second != first) {
                out[k++] = second;
            }
            guess = Math.max(1, e - s);
            s = e;
        }
        out[k++] = to - 1;
        return Arrays.copyOf(out, k);
    }

    /** The coordinates of kept indices: {@code {xs, ys}}. */
    public double[][] select(int[] keep) {
        return Decimator.select(x, y, keep);
    }

    /** First index in (s, end) whose column is past {@code c}, else end: a gallop from the last column's width. */
    private int columnEnd(int s, int end, int c, double lo, double span, int columns, int guess) {
        int inside = s;
        int outside = end;
        for (long step = guess; ; step <<= 1) {
            long probe = inside + step;
            if (probe >= end) {
                break;
            }
            if (Decimator.bucket(x[(int) probe], lo, span, columns) <= c) {
                inside = (int) probe;
            } else {
                outside = (int) probe;
                break;
            }
        }
        while (outside - inside > 1) {
            int mid = (inside + outside) >>> 1;
            if (Decimator.bucket(x[mid], lo, span, columns) <= c) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return outside;
    }

    /** The scan's min and max index of [a, b): raw head, whole blocks of the coarsest levels that fit, raw tail. */
    private void extremes(int a, int b, int[] out) {
        int mi = a;
        int ma = a;
        int ja = (a + BASE_BLOCK - 1) >>> BASE_SHIFT;
        int jb = b >>> BASE_SHIFT;
        if (ja >= jb) {
            for (int i = a + 1; i < b; i++) {
                mi = lower(y, i, mi) ? i : mi;
                ma = higher(y, i, ma) ? i : ma;
            }
            out[0] = mi;
            out[1] = ma;
            return;
        }
        for (int i = a + 1; i < ja << BASE_SHIFT; i++) {
            mi = lower(y, i, mi) ? i : mi;
            ma = higher(y, i, ma) ? i : ma;
        }
        for (int i = jb << BASE_SHIFT; i < b; i++) {
            mi = lower(y, i, mi) ? i : mi;
            ma = higher(y, i, ma) ? i : ma;
        }
        // Blocks [ja, jb) of level 0, climbing: an odd left end or right end is taken whole at this level.
        for (int level = 0; ja < jb; level++) {
            int[] mins = minIdx[level];
            int[] maxs = maxIdx[level];
            if ((ja & 1) == 1) {
                mi = lower(y, mins[ja], mi) ? mins[ja] : mi;
                ma = higher(y, maxs[ja], ma) ? maxs[ja] : ma;
                ja++;
            }
            if ((jb & 1) == 1) {
                jb--;
                mi = lower(y, mins[jb], mi) ? mins[jb] : mi;
                ma = higher(y, maxs[jb], ma) ? maxs[jb] : ma;
            }
            ja >>>= 1;
            jb >>>= 1;
        }
        out[0] = mi;
        out[1] = ma;
    }

    /**
     * Whether sample c beats sample m as a minimum, independent of the order candidates come in: the smaller y,
     * a number over NaN, the smaller index on a tie (both NaN included) — the answer of a left-to-right scan.
     */
    static boolean lower(double[] y, int c, int m) {
        double yc = y[c];
        double ym = y[m];
        if (yc < ym) {
            return true;
        }
        if (yc == ym) {
            return c < m;
        }
        if (yc > ym || yc != yc && ym == ym) {
            return false;
        }
        return yc == yc || c < m; // ym is NaN: a number wins; both NaN: the first
    }

    /** As {@link #lower} for a maximum. */
    static boolean higher(double[] y, int c, int m) {
        double yc = y[c];
        double ym = y[m];
        if (yc > ym) {
            return true;
        }
        if (yc == ym) {
            return c < m;
        }
        if (yc < ym || yc != yc && ym == ym) {
            return false;
        }
        return yc == yc || c < m;
    }

    private int firstAtLeast(double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstAbove(double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
