package dev.chimera.workbench.power;

/**
 * Trapezoid integration of power over the samples' real timestamps (never a fixed step): a gap is bridged by
 * the straight line between its two samples, so gaps must be reported next to the energy (see
 * {@link SamplingQuality}).
 */
public final class Energy {
    private Energy() {
    }

    /** ∫P dt over the whole trace, in J. */
    public static double trapezoidJ(double[] t, double[] p) {
        double e = 0;
        for (int i = 1; i < t.length; i++) {
            e += (t[i] - t[i - 1]) * (p[i] + p[i - 1]) / 2.0;
        }
        return e;
    }

    /**
     * ∫P dt of the piecewise-linear interpolant over [from, to] clipped to the trace span, in J. The window
     * edges are interpolated between the samples around them, so a window's energy does not depend on where
     * the poller happened to tick.
     */
    public static double interpolatedJ(PowerTrace trace, double from, double to) {
        int n = trace.size();
        if (n < 2 || !(to > from)) {
            return 0;
        }
        double a = Math.max(from, trace.t(0));
        double b = Math.min(to, trace.t(n - 1));
        if (!(b > a)) {
            return 0;
        }
        double e = 0;
        int i = Math.max(1, firstAtOrAfter(trace, a));
        for (; i < n && trace.t(i - 1) < b; i++) {
            double t0 = trace.t(i - 1);
            double t1 = trace.t(i);
            double lo = Math.max(t0, a);
            double hi = Math.min(t1, b);
            if (hi > lo && t1 > t0) {
                double plo = lerp(trace, i, lo);
                double phi = lerp(trace, i, hi);
                e += (hi - lo) * (plo + phi) / 2.0;
            }
        }
        return e;
    }

    /** ∫P dt between the first and last sample inside [from, to] only (TR122's E_raw), in J. */
    public static double samplesOnlyJ(PowerTrace trace, double from, double to) {
        double e = 0;
        int i = firstAtOrAfter(trace, from);
        for (int j = i + 1; j < trace.size() && trace.t(j) <= to; j++) {
            e += (trace.t(j) - trace.t(j - 1)) * (trace.powerW(j) + trace.powerW(j - 1)) / 2.0;
        }
        return e;
    }

    /** Index of the first sample with t ≥ x (size() when none). */
    static int firstAtOrAfter(PowerTrace trace, double x) {
        int lo = 0;
        int hi = trace.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (trace.t(mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double lerp(PowerTrace trace, int i, double x) {
        double t0 = trace.t(i - 1);
        double t1 = trace.t(i);
        double f = (x - t0) / (t1 - t0);
        return trace.powerW(i - 1) + f * (trace.powerW(i) - trace.powerW(i - 1));
    }
}
