package dev.chimera.workbench.ingest;

import java.util.Locale;

/**
 * Lenient cell parsing shared by all readers. Python harnesses write NaN, None, True/False and empty cells;
 * nvidia-smi writes units inside cells and [N/A]. Anything that is not a number becomes missing; callers
 * that care report a diagnostic when {@link #isMissingToken(String)} is false but parsing failed.
 */
public final class ValueParsers {

    private ValueParsers() {
    }

    /** True for cells that mean "no value" rather than "bad value". */
    public static boolean isMissingToken(String s) {
        if (s == null) {
            return true;
        }
        String t = s.trim();
        if (t.isEmpty() || t.startsWith("[")) {
            return true;
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "nan", "none", "null", "n/a", "na", "-nan" -> true;
            default -> false;
        };
    }

    /** Parses a double; NaN for missing or unparseable cells. Infinite values are kept as NaN too. */
    public static double parseDoubleOrNaN(String s) {
        if (startsLikeNumber(s)) {
            // Fast path for the common case (no trim/lower-case copies): a cell starting with a digit is never
            // a missing token, and Double.parseDouble ignores surrounding whitespace itself.
            double plain = plainDecimal(s);
            if (!Double.isNaN(plain)) {
                return plain;
            }
            try {
                double v = Double.parseDouble(s);
                return Double.isInfinite(v) ? Double.NaN : v;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        if (isMissingToken(s)) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s.trim());
            return Double.isInfinite(v) ? Double.NaN : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Parses an int (accepting "3.0"); Integer.MIN_VALUE for missing or unparseable cells. */
    public static int parseIntOrMissing(String s) {
        if (isPlainInt(s)) {
            return Integer.parseInt(s);
        }
        if (isMissingToken(s)) {
            return Integer.MIN_VALUE;
        }
        String t = s.trim();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            double d = parseDoubleOrNaN(t);
            if (!Double.isNaN(d) && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
                return (int) d;
            }
            return Integer.MIN_VALUE;
        }
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * A plain decimal ({@code -?digits[.digits]}, at most 15 digits) parsed without {@link Double#parseDouble},
     * which costs several times more per cell; NaN for any other text (the caller then falls back to it). Exact:
     * the digits form an integer below 2^53 and 10^k (k ≤ 22) is a double without rounding, so the single
     * division is correctly rounded, the same double parseDouble returns (Clinger's fast path).
     */
    static double plainDecimal(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && s.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1; // digits after the point, -1 before it
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 15) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double v = fraction <= 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
        return negative ? -v : v;
    }

    /** A digit first, or a minus sign and a digit: cannot be a missing token. */
    static boolean startsLikeNumber(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (c == '-' && s.length() > 1) {
            c = s.charAt(1);
        }
        return c >= '0' && c <= '9';
    }

    /** An optional minus and 1–9 digits, nothing else: parses as an int without overflow. */
    static boolean isPlainInt(String s) {
        if (s == null) {
            return false;
        }
        int start = !s.isEmpty() && s.charAt(0) == '-' ? 1 : 0;
        int n = s.length() - start;
        if (n < 1 || n > 9) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Parses True/False/true/false/1/0; null for anything else. */
    public static Boolean parseBooleanOrNull(String s) {
        if (s == null) {
            return null;
        }
        // Python's spellings first: no trimmed / lower-cased copy per cell.
        if (s.equals("True") || s.equals("true")) {
            return Boolean.TRUE;
        }
        if (s.equals("False") || s.equals("false")) {
            return Boolean.FALSE;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * Strips a trailing unit token ("53.51 W", "9723 MiB", "65 %") and parses the number. Returns NaN for
     * missing tokens such as "[N/A]".
     */
    public static double parseWithUnit(String s) {
        if (isMissingToken(s)) {
            return Double.NaN;
        }
        String t = s.trim();
        int end = t.length();
        while (end > 0 && !Character.isDigit(t.charAt(end - 1)) && t.charAt(end - 1) != '.') {
            end--;
        }
        return parseDoubleOrNaN(t.substring(0, end));
    }

    /** True when the text is a number, possibly followed by a unit, i.e. parseable by {@link #parseWithUnit}. */
    public static boolean looksNumeric(String s) {
        return !Double.isNaN(parseWithUnit(s));
    }

    /** Model identity from a model path: the last component of a Windows or POSIX path ("models/tiny-gpt2" → "tiny-gpt2"). */
    public static String modelIdentity(String model) {
        if (model == null) {
            return null;
        }
        String t = model.trim();
        while (t.endsWith("/") || t.endsWith("\\")) {
            t = t.substring(0, t.length() - 1);
        }
        int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\'));
        return cut >= 0 ? t.substring(cut + 1) : t;
    }
}
