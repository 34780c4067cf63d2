package dev.chimera.workbench.ui.distribution;

import java.util.Locale;

/** Number text for the percentile table and hover labels: about four significant digits, no noise. */
final class Numbers {
    private Numbers() {
    }

    static String compact(double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.1f", v);
        }
        if (a >= 1 || a == 0) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** "94.050 [93.01, 95.20]": the estimate as {@link #compact}, the bounds to about four digits. */
    static String withCi(double estimate, dev.chimera.workbench.analysis.Interval ci) {
        if (!ci.isDefined()) {
            return compact(estimate);
        }
        return compact(estimate) + " [" + bound(ci.lo()) + ", " + bound(ci.hi()) + "]";
    }

    private static String bound(double v) {
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1 || a == 0) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** "5.59×"; "–" for an undefined ratio. */
    static String ratio(double r) {
        return Double.isNaN(r) ? "\u2013" : String.format(Locale.ROOT, "%.2f\u00d7", r);
    }

    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "\u2013";
        }
        return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
    }
}
