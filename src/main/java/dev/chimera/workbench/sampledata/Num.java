package dev.chimera.workbench.sampledata;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number style of the sample files: a fixed number of significant digits, plain notation, Python's float
 * look ({@code 44.0}, not {@code 44}). Every generated value is quantized with {@link #q} before it is used,
 * so statistics the generator writes equal what a reader recomputes from the written digits.
 */
public final class Num {
    public static final int DIGITS = 12;
    private static final MathContext MC = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private Num() {
    }

    /** The double a reader parses back from {@link #fmt(double)}. */
    public static double q(double value) {
        return Double.parseDouble(fmt(value));
    }

    /** Rounds to {@code places} decimals (a timer's resolution), then quantizes. */
    public static double round(double value, int places) {
        return q(new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).doubleValue());
    }

    public static BigDecimal decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0.0) {
            return new BigDecimal("0.0");
        }
        BigDecimal d = new BigDecimal(value).round(MC).stripTrailingZeros();
        if (d.scale() <= 0) {
            d = d.setScale(1);
        }
        return d;
    }

    /**
     * A unix or monotonic timestamp in seconds, kept to the microsecond (12 significant digits would cut a
     * 10-digit epoch to centiseconds).
     */
    public static BigDecimal timestamp(double seconds) {
        BigDecimal d = new BigDecimal(seconds).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() <= 0 ? d.setScale(1) : d;
    }

    /** Python-looking float text; NaN becomes the empty cell pandas writes. */
    public static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return decimal(value).toPlainString();
    }
}
