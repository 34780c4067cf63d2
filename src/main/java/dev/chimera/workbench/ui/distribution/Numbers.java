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

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
    }
}
