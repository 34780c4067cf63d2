package dev.chimera.workbench.analysis.scaling;

import java.util.Locale;

/** Parses and prints parameter counts: {@code 76M}, {@code 1.5B}, {@code 102714}, {@code 0.5k}, {@code 1T}. */
public final class ModelSizes {

    private ModelSizes() {
    }

    public static double parse(String text) {
        String t = text == null ? "" : text.trim().replace("_", "").replace(",", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty model size");
        }
        char last = Character.toUpperCase(t.charAt(t.length() - 1));
        double factor = switch (last) {
            case 'K' -> 1e3;
            case 'M' -> 1e6;
            case 'B', 'G' -> 1e9;
            case 'T' -> 1e12;
            default -> 1;
        };
        String number = factor == 1 ? t : t.substring(0, t.length() - 1).trim();
        double v;
        try {
            v = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a model size: '" + text + "' (e.g. 76M, 1.5B, 102714)");
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("model size must be positive: '" + text + "'");
        }
        return v * factor;
    }

    /** 102714 → "0.103M", 76.7e6 → "76.7M", 1.5e9 → "1.5B". */
    public static String format(double params) {
        if (!Double.isFinite(params)) {
            return "-";
        }
        if (params >= 1e12) {
            return trim(params / 1e12) + "T";
        }
        if (params >= 1e9) {
            return trim(params / 1e9) + "B";
        }
        return trim(params / 1e6) + "M";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
