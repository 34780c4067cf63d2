package dev.chimera.workbench.regime;

import java.util.List;
import java.util.Locale;

/**
 * When a matrix row or tree branch applies: a size band {@code min ≤ params < max} (either bound optional), a
 * set of accepted input values ({@code is}), or {@code else} (always).
 */
public record RegimeCondition(double min, double max, List<String> is, boolean otherwise) {

    public boolean isSizeBand() {
        return !Double.isNaN(min) || !Double.isNaN(max);
    }

    public boolean matchesSize(double params) {
        if (otherwise) {
            return true;
        }
        return isSizeBand() && (Double.isNaN(min) || params >= min) && (Double.isNaN(max) || params < max);
    }

    public boolean matchesValue(String value) {
        return otherwise || (value != null && is.contains(value.toLowerCase(Locale.ROOT)));
    }

    /** "≥ 50M and < 500M", "decode", "else". */
    public String describe() {
        if (otherwise) {
            return "else";
        }
        if (isSizeBand()) {
            String lo = Double.isNaN(min) ? "" : "≥ " + dev.chimera.workbench.analysis.scaling.ModelSizes.format(min);
            String hi = Double.isNaN(max) ? "" : "< " + dev.chimera.workbench.analysis.scaling.ModelSizes.format(max);
            return lo.isEmpty() ? hi : hi.isEmpty() ? lo : lo + " and " + hi;
        }
        return String.join(" | ", is);
    }
}
