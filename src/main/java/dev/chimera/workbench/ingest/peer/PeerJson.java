package dev.chimera.workbench.ingest.peer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.ValueParsers;
import dev.chimera.workbench.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * JSON helpers shared by the peer-tool readers: streaming over root values or array elements with their line
 * numbers, numbers that warn on Python's NaN/Infinity tokens, and exact seconds → milliseconds conversion
 * (decimal arithmetic, so 0.0913 s becomes 91.3 ms and not 91.30000000000001).
 */
public final class PeerJson {
    private PeerJson() {
    }

    /** Receives one JSON value with the 1-based line it starts on and its 0-based position. */
    @FunctionalInterface
    public interface ValueHandler {
        void value(long line, int index, JsonNode node);
    }

    /**
     * Every root-level value of the file (one document, or concatenated / newline-separated objects). A syntax
     * error is reported with line and column (a cut-off end as a warning) and ends the read; values before it
     * are kept. Returns the number of values handed over.
     */
    public static int forEachRootValue(ReadContext ctx, ValueHandler handler) throws IOException {
        int n = 0;
        try (BufferedReader r = ctx.openDocumentText(); JsonParser p = JsonSupport.mapper().getFactory().createParser(r)) {
            try {
                while (p.nextToken() != null) {
                    ctx.checkCancelled();
                    long line = p.currentTokenLocation().getLineNr();
                    handler.value(line, n++, JsonSupport.mapper().readTree(p));
                }
            } catch (JsonProcessingException e) {
                reportSyntax(ctx, e, p);
            }
        }
        return n;
    }

    /**
     * The elements of a top-level JSON array, scalars included (callers decide what to skip). Returns the number
     * of elements handed over; a document that is not an array is reported as an error.
     */
    public static int forEachArrayElement(ReadContext ctx, ValueHandler handler) throws IOException {
        int n = 0;
        try (BufferedReader r = ctx.openDocumentText(); JsonParser p = JsonSupport.mapper().getFactory().createParser(r)) {
            try {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    ctx.diagnostics().error(1, 1, "expected a JSON array at the top level");
                    return 0;
                }
                JsonToken t;
                while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                    if ((n & 0xFF) == 0) {
                        ctx.checkCancelled();
                    }
                    long line = p.currentTokenLocation().getLineNr();
                    handler.value(line, n++, JsonSupport.mapper().readTree(p));
                }
                if (t == null) {
                    ctx.diagnostics().warning(p.currentLocation().getLineNr(), 0,
                            "array is not closed (file cut off?); elements read so far are kept");
                } else {
                    JsonSupport.checkTrailing(ctx, p, -1);
                }
            } catch (JsonProcessingException e) {
                reportSyntax(ctx, e, p);
            }
        }
        return n;
    }

    private static void reportSyntax(ReadContext ctx, JsonProcessingException e, JsonParser p) {
        JsonLocation loc = JsonSupport.where(e, p);
        long line = loc == null ? 0 : loc.getLineNr();
        int col = loc == null ? 0 : Math.max(1, loc.getColumnNr());
        String msg = String.valueOf(e.getOriginalMessage());
        if (msg.contains("end-of-input")) {
            ctx.diagnostics().warning(line, col, "file ends in the middle of a JSON value (cut off?); "
                    + "values read before are kept");
        } else {
            ctx.diagnostics().error(line, col, "not valid JSON: " + msg + "; values read before are kept");
        }
    }

    /**
     * Field names of the first object inside a top-level array, read from the head (scalars before it are
     * skipped: llmperf can append stray strings). Empty when the head is not such an array.
     */
    public static Set<String> firstArrayObjectKeys(FileProbe probe) {
        Set<String> keys = new LinkedHashSet<>();
        String head = probe.head().stripLeading();
        if (!head.startsWith("[")) {
            return keys;
        }
        try (JsonParser p = JsonSupport.probeMapper().getFactory().createParser(head)) {
            p.nextToken();
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                if (t == JsonToken.START_OBJECT) {
                    while ((t = p.nextToken()) != null && t != JsonToken.END_OBJECT) {
                        if (t == JsonToken.FIELD_NAME) {
                            keys.add(p.currentName());
                            p.nextToken();
                            p.skipChildren();
                        }
                    }
                    break;
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // Truncated head: keep the keys read so far.
        }
        return Collections.unmodifiableSet(keys);
    }

    /**
     * A JSON number (or numeric string) as an exact decimal; null when absent, null or not a finite number.
     * NaN / Infinity tokens and non-numeric strings produce a warning naming the key.
     */
    public static BigDecimal decimal(ReadContext ctx, JsonNode v, long line, String key) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                warnNonFinite(ctx, line, key, Double.toString(d));
                return null;
            }
            return v.isIntegralNumber() ? v.decimalValue() : BigDecimal.valueOf(d);
        }
        if (v.isTextual()) {
            String s = v.asText().trim();
            double d = ValueParsers.parseDoubleOrNaN(s);
            if (Double.isNaN(d)) {
                if (!s.isEmpty()) {
                    warnNonFinite(ctx, line, key, "\"" + s + "\"");
                }
                return null;
            }
            return new BigDecimal(s);
        }
        ctx.diagnostics().add(Severity.WARNING, line, 0, key + " is not a number (" + v.getNodeType()
                + "); treated as missing", "not a number");
        return null;
    }

    /** Like {@link #decimal} but as a double (NaN when missing). */
    public static double number(ReadContext ctx, JsonNode v, long line, String key) {
        BigDecimal d = decimal(ctx, v, line, key);
        return d == null ? Double.NaN : d.doubleValue();
    }

    /** Like {@link #decimal} but as an int (Integer.MIN_VALUE when missing or fractional). */
    public static int integer(ReadContext ctx, JsonNode v, long line, String key) {
        BigDecimal d = decimal(ctx, v, line, key);
        if (d == null) {
            return Integer.MIN_VALUE;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            try {
                return d.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e2) {
                ctx.diagnostics().add(Severity.WARNING, line, 0, key + " = " + d.toPlainString()
                        + " is not a whole number; treated as missing", "not a whole number");
                return Integer.MIN_VALUE;
            }
        }
    }

    private static void warnNonFinite(ReadContext ctx, long line, String key, String token) {
        ctx.diagnostics().add(Severity.WARNING, line, 0, key + " is " + token + "; treated as missing",
                "non-finite or non-numeric value");
    }

    /** Seconds → milliseconds, exactly. */
    public static BigDecimal secondsToMs(BigDecimal seconds) {
        return seconds == null ? null : seconds.movePointRight(3);
    }

    public static double toDouble(BigDecimal d) {
        return d == null ? Double.NaN : d.doubleValue();
    }

    /** a / b in decimal64 precision, null when either is missing or b is zero. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (a == null || b == null || b.signum() == 0) {
            return null;
        }
        return a.divide(b, MathContext.DECIMAL64);
    }

    /** Canonical TPOT = (e2e − ttft) / (output tokens − 1); null when output tokens ≤ 1 or a time is missing. */
    public static BigDecimal canonicalTpot(BigDecimal e2eMs, BigDecimal ttftMs, int outputTokens) {
        if (e2eMs == null || ttftMs == null || outputTokens == Integer.MIN_VALUE || outputTokens <= 1) {
            return null;
        }
        return divide(e2eMs.subtract(ttftMs), BigDecimal.valueOf(outputTokens - 1L));
    }

    /** A number as a short label: 4.0 → "4", 2.5 → "2.5", infinity → "inf". */
    public static String label(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (Double.isNaN(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A percentile key ("99", "99.90", "50.0") as a statistic name without trailing zeros ("p99", "p99.9", "p50"). */
    public static String percentile(String p) {
        try {
            return "p" + new BigDecimal(p.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return "p" + p;
        }
    }

    /** A decimal without trailing zeros, for ';'-joined value lists. */
    public static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
