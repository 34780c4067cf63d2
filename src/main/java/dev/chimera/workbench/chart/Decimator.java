package dev.chimera.workbench.chart;

import java.util.Arrays;

/**
 * Min/max decimation per pixel column: of an x-sorted series, keep the first and the last point and, in every
 * pixel column, the points holding the smallest and the largest y, in x order. A line drawn through the kept
 * points covers the same pixels as one drawn through all of them, so no spike or cold start disappears, while a
 * chart never sees more than {@code 2 * columns + 2} points. NaN y are never a column's min or max (a column
 * starting with a NaN used to keep only that NaN); a column whose y are all NaN keeps its first point, so a line
 * still breaks there. {@link DecimationPyramid} gives the same indices for slices of a long series.
 */
public final class Decimator {

    private Decimator() {
    }

    /** Indices of the kept points (ascending) of a series whose {@code x} is ascending, linear x axis. */
    public static int[] keep(double[] x, double[] y, int columns) {
        return keep(x, y, columns, false);
    }

    /**
     * Indices of the kept points (ascending). With {@code logX} the columns are equally wide in log10(x), the way
     * a log axis draws them; points with x ≤ 0 (not drawable on a log axis) fall into the first column.
     */
    public static int[] keep(double[] x, double[] y, int columns, boolean logX) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        return keep(x, y, 0, x.length, columns, logX);
    }

    /**
     * Indices (ascending, absolute) of the kept points of the slice {@code [from, to)} — the visible part of a
     * zoomed or panned view — decimated to {@code columns} pixel columns between its first and last x.
     */
    public static int[] keep(double[] x, double[] y, int from, int to, int columns) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        if (from < 0 || to > x.length || from > to) {
            throw new IndexOutOfBoundsException("slice [" + from + ", " + to + ") of " + x.length);
        }
        return keep(x, y, from, to, columns, false);
    }

    private static int[] keep(double[] x, double[] y, int from, int to, int columns, boolean logX) {
        int n = to - from;
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1");
        }
        if (n <= 2L * columns + 2) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> from + i);
            return all;
        }
        double lo = transform(x[from], logX);
        double hi = transform(x[to - 1], logX);
        if (logX && !Double.isFinite(lo)) {
            lo = firstFinite(x, from, to);
        }
        double span = hi - lo;
        int[] out = new int[2 * columns + 2];
        int k = 0;
        out[k++] = from;
        int bucket = -1;
        int minIdx = -1;
        int maxIdx = -1;
        for (int i = from + 1; i < to - 1; i++) {
            int b = bucket(transform(x[i], logX), lo, span, columns);
            if (b != bucket) {
                k = emit(out, k, minIdx, maxIdx);
                bucket = b;
                minIdx = i;
                maxIdx = i;
            } else {
                // Strictly smaller (larger) wins, so ties keep the first; a NaN incumbent yields to any number.
                double v = y[i];
                double least = y[minIdx];
                double most = y[maxIdx];
                if (v < least || least != least && v == v) {
                    minIdx = i;
                }
                if (v > most || most != most && v == v) {
                    maxIdx = i;
                }
            }
        }
        k = emit(out, k, minIdx, maxIdx);
        out[k++] = to - 1;
        return Arrays.copyOf(out, k);
    }

    /** The pixel column of a (transformed) x: columns equally wide between the first and the last x. */
    static int bucket(double tx, double lo, double span, int columns) {
        if (!(span > 0) || !Double.isFinite(tx)) {
            return 0;
        }
        int b = (int) Math.floor((tx - lo) * columns / span);
        return Math.max(0, Math.min(columns - 1, b));
    }

    /** Copies the kept points' coordinates: {@code {xs, ys}}. */
    public static double[][] select(double[] x, double[] y, int[] keep) {
        double[][] out = new double[2][keep.length];
        for (int i = 0; i < keep.length; i++) {
            out[0][i] = x[keep[i]];
            out[1][i] = y[keep[i]];
        }
        return out;
    }

    private static int emit(int[] out, int k, int minIdx, int maxIdx) {
        if (minIdx < 0) {
            return k;
        }
        // Keep x order inside the column; one point when min and max are the same point.
        int first = Math.min(minIdx, maxIdx);
        int second = Math.max(minIdx, maxIdx);
        out[k++] = first;
        if (second != first) {
            out[k++] = second;
        }
        return k;
    }

    private static double transform(double v, boolean logX) {
        return logX ? (v > 0 ? Math.log10(v) : Double.NEGATIVE_INFINITY) : v;
    }

    private static double firstFinite(double[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            if (x[i] > 0) {
                return Math.log10(x[i]);
            }
        }
        return 0;
    }
}
