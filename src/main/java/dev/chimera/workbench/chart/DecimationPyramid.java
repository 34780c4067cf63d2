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
 * 8 bytes per 64 samples at level 0, doubled by the levels above: 0.25 bytes per sample (2.5 MB for 10 M). The x and y arrays are referenced, not
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
        // Ascending (a NaN fails the comparison) between finite ends: every x is finite.
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] >= x[i - 1])) {
                throw new IllegalArgumentException("x must be finite and ascending (index " + i + ")");
            }
        }
        if (x.length > 0 && !(Double.isFinite(x[0]) && Double.isFinite(x[x.length - 1]))) {
            throw new IllegalArgumentException("x must be finite");
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

    /**
     * Per block, the index a left-to-right scan ends on (the decimator's rule): strictly smaller (larger) wins, so
     * ties keep the first, and NaN never wins (the bounds start at ±∞). Written as selects rather than branches: on
     * noisy data the running min and max change unpredictably (about 15 % faster than the branchy scan here).
     */
    private static void baseLevel(double[] y, int[] mins, int[] maxs) {
        int n = y.length;
        for (int j = 0; j < mins.length; j++) {
            int start = j << BASE_SHIFT;
            int end = Math.min(n, start + BASE_BLOCK);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int mi = start;
            int ma = start;
            for (int i = start; i < end; i++) {
                double v = y[i];
                boolean below = v < lo;
                boolean above = v > hi;
                lo = below ? v : lo;
                mi = below ? i : mi;
                hi = above ? v : hi;
                ma = above ? i : ma;
            }
            // A block of NaN only, or whose extreme is an infinity the start value equals: the first holding it.
            mins[j] = y[mi] == lo ? mi : firstEqual(y, start, end, lo);
            maxs[j] = y[ma] == hi ? ma : firstEqual(y, start, end, hi);
        }
    }

    /** The first index of [start, end) holding v, else start (the block is all NaN). */
    private static int firstEqual(double[] y, int start, int end, double v) {
        for (int i = start; i < end; i++) {
            if (y[i] == v) {
                return i;
            }
        }
        return start;
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

    /**
     * First index in (s, end) whose column is past {@code c}, else end. Columns are about equally long in samples
     * on a regularly sampled trace, so the search starts at the previous column's length and gallops from there.
     */
    private int columnEnd(int s, int end, int c, double lo, double span, int columns, int guess) {
        int inside = s;   // known: column <= c
        int outside = end; // known: column > c, or end
        long g = (long) s + guess;
        if (g < end && Decimator.bucket(x[(int) g], lo, span, columns) <= c) {
            inside = (int) g;
            for (long step = 1; ; step <<= 1) {
                long probe = inside + step;
                if (probe >= end) {
                    break;
                }
                if (Decimator.bucket(x[(int) probe], lo, span, columns) > c) {
                    outside = (int) probe;
                    break;
                }
                inside = (int) probe;
            }
        } else {
            outside = (int) Math.min(g, end);
            for (long step = 1; ; step <<= 1) {
                long probe = outside - step;
                if (probe <= s) {
                    break;
                }
                if (Decimator.bucket(x[(int) probe], lo, span, columns) <= c) {
                    inside = (int) probe;
                    break;
                }
                outside = (int) probe;
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

    /**
     * The scan's min and max index of [a, b): a raw head up to the first block boundary, whole blocks of the
     * coarsest levels that fit (compared order-independently), a raw tail from the last boundary.
     */
    private void extremes(int a, int b, int[] out) {
        int ja = (a + BASE_BLOCK - 1) >>> BASE_SHIFT;
        int jb = b >>> BASE_SHIFT;
        int headEnd = ja < jb ? ja << BASE_SHIFT : b;
        int mi = a;
        int ma = a;
        double lo = y[a];
        double hi = lo;
        // Raw samples come in index order after the incumbent: the decimator's scan rule applies as is.
        for (int i = a + 1; i < headEnd; i++) {
            double v = y[i];
            if (v < lo || lo != lo && v == v) {
                lo = v;
                mi = i;
            }
            if (v > hi || hi != hi && v == v) {
                hi = v;
                ma = i;
            }
        }
        if (headEnd < b) {
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
            lo = y[mi];
            hi = y[ma];
            for (int i = (b >>> BASE_SHIFT) << BASE_SHIFT; i < b; i++) {
                double v = y[i];
                if (v < lo || lo != lo && v == v) {
                    lo = v;
                    mi = i;
                }
                if (v > hi || hi != hi && v == v) {
                    hi = v;
                    ma = i;
                }
            }
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
