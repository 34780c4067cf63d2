package dev.chimera.workbench.ingest.peer.aiperf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.chimera.workbench.ingest.JsonSupport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming fast path for one AIPerf {@code profile_export.jsonl} line: reads the common record shape with one
 * {@link JsonParser} instead of building a Jackson tree (the tree was ~70 % of the 1 M-line load). It accepts only
 * what it can read exactly as {@link AiperfRecord#parse} reads the tree: {@code metadata} with scalar values,
 * {@code metrics} of {@code {value: number, unit: string}}, an optional {@code error} object or null, no duplicate
 * keys, nothing after the record. Anything else (inter-chunk arrays, non-time units on time metrics, strings as
 * numbers, syntax errors, ...) returns false, and the reader hands the line to the tree path, which reports
 * problems as before. One instance per file, used by one thread at a time (on a large file, the parser thread).
 */
final class AiperfLineParser {
    private static final Bail BAIL = new Bail();

    /** The factory of the load's limits, taken once per file; parsers are made over the line's char range. */
    private final JsonFactory factory = JsonSupport.mapper().getFactory();
    /** Units and phases repeat on every line: the last few seen are reused instead of a new String each. */
    private final String[] recent = new String[8];
    private int recentNext;

    /** The names of each object kind in the order the previous lines had them (Jackson then matches them fast). */
    private final ExpectedNames topNames = new ExpectedNames();
    private final ExpectedNames metadataNames = new ExpectedNames();
    private final ExpectedNames metricNames = new ExpectedNames();
    private final ExpectedNames valueNames = new ExpectedNames();

    private boolean newerMetadata;
    private String phase;
    private String requestId;
    private String sessionNum;
    private String turnIndex;
    private long startNs;
    private boolean cancelled;
    private double ttft;
    private double e2e;
    private double tpot;
    private int isl;
    private int errorIsl;
    private int osl;
    private boolean failed;
    private String errorText;
    private List<AiperfRecord.Extra> extras;
    private final List<String> tags = new ArrayList<>();

    /** Reads one line; false when it is outside the shape this path reads exactly (nothing else is changed). */
    boolean parse(String text) {
        char[] chars = text.toCharArray();
        return parse(chars, 0, chars.length);
    }

    /** As {@link #parse(String)}, reading {@code len} chars of {@code buf} from {@code off} (not copied). */
    boolean parse(char[] buf, int off, int len) {
        reset();
        try (JsonParser p = factory.createParser(buf, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            int seen = 0;
            int index = 0;
            while (topNames.next(p, index++)) {
                String name = p.currentName();
                p.nextToken();
                int bit = switch (name) {
                    case "metadata" -> 1;
                    case "metrics" -> 2;
                    case "error" -> 4;
                    default -> throw BAIL;
                };
                if ((seen & bit) != 0) {
                    return false;
                }
                seen |= bit;
                if (bit == 1) {
                    metadata(p);
                } else if (bit == 2) {
                    metrics(p);
                } else {
                    error(p);
                }
            }
            return p.currentToken() == JsonToken.END_OBJECT && (seen & 3) == 3 && p.nextToken() == null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A line the fast path read: the record (its ordinal is given by the reader) and the reader's facts. */
    record Parsed(AiperfRecord record, boolean newerMetadata, String phase) {
    }

    /** {@link #parse(char[], int, int)} as one value, or null when the line is left to the tree path. */
    Parsed parsed(long line, char[] buf, int off, int len) {
        return parse(buf, off, len) ? new Parsed(record(line, -1), newerMetadata, phase) : null;
    }

    boolean newerMetadata() {
        return newerMetadata;
    }

    String phase() {
        return phase;
    }

    /** The record of the line just parsed, as {@link AiperfRecord#parse} builds it from the tree. */
    AiperfRecord record(long line, int ordinal) {
        String id = requestId;
        if (id == null && sessionNum != null) {
            id = sessionNum + ":" + (turnIndex != null ? turnIndex : "0");
        }
        int input = isl == Integer.MIN_VALUE ? errorIsl : isl;
        String status = cancelled ? "cancelled" : failed ? "error" : "ok";
        String error = failed ? errorText : cancelled ? "cancelled" : null;
        return new AiperfRecord(line, ordinal, id, startNs, ttft, e2e, tpot, List.of(), input, osl, status, error,
                extras == null ? List.of() : extras);
    }

    private void reset() {
        newerMetadata = false;
        phase = null;
        requestId = null;
        sessionNum = null;
        turnIndex = null;
        startNs = Long.MIN_VALUE;
        cancelled = false;
        ttft = Double.NaN;
        e2e = Double.NaN;
        tpot = Double.NaN;
        isl = Integer.MIN_VALUE;
        errorIsl = Integer.MIN_VALUE;
        osl = Integer.MIN_VALUE;
        failed = false;
        errorText = null;
        extras = null;
        tags.clear();
    }

    private void metadata(JsonParser p) throws IOException {
        expect(p.currentToken() == JsonToken.START_OBJECT);
        int seen = 0;
        int index = 0;
        while (metadataNames.next(p, index++)) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            int bit = switch (name) {
                case "x_request_id" -> 1;
                case "session_num" -> 2;
                case "turn_index" -> 4;
                case "request_start_ns" -> 8;
                case "benchmark_phase" -> 16;
                case "was_cancelled" -> 32;
                default -> 0;
            };
            if (name.equals("request_num") || name.equals("credit_issued_ns")) {
                newerMetadata = true;
            }
            if (bit == 0) {
                p.skipChildren();
                continue;
            }
            expect((seen & bit) == 0 && !v.isStructStart());
            seen |= bit;
            switch (bit) {
                case 1 -> requestId = string(p, v);
                case 2 -> sessionNum = scalarText(p, v);
                case 4 -> turnIndex = scalarText(p, v);
                case 8 -> startNs = startNs(p, v);
                case 16 -> phase = recentString(p, v);
                default -> {
                    expect(v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE || v == JsonToken.VALUE_NULL);
                    cancelled = v == JsonToken.VALUE_TRUE;
                }
            }
        }
    }

    private void metrics(JsonParser p) throws IOException {
        expect(p.currentToken() == JsonToken.START_OBJECT);
        int index = 0;
        while (metricNames.next(p, index++)) {
            String tag = p.currentName();
            expect(!tags.contains(tag) && !tag.equals("inter_chunk_latency"));
            tags.add(tag);
            expect(p.nextToken() == JsonToken.START_OBJECT);
            double value = Double.NaN;
            String unit = null;
            int seen = 0;
            int field = 0;
            while (valueNames.next(p, field++)) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("value") && (seen & 1) == 0) {
                    expect(v == JsonToken.VALUE_NUMBER_FLOAT || v == JsonToken.VALUE_NUMBER_INT
                            && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
                    value = p.getDoubleValue();
                    seen |= 1;
                } else if (name.equals("unit") && (seen & 2) == 0) {
                    unit = recentString(p, v);
                    seen |= 2;
                } else {
                    throw BAIL;
                }
            }
            expect((seen & 1) == 1);
            metric(tag, value, unit);
        }
    }

    /** The value of one metric, as the tree path's time / tokens / extras read it. */
    private void metric(String tag, double raw, String unit) {
        // JsonSupport.number: an infinite number reads as missing.
        double number = Double.isInfinite(raw) ? Double.NaN : raw;
        switch (tag) {
            case "time_to_first_token" -> ttft = time(tag, unit, number);
            case "request_latency" -> e2e = time(tag, unit, number);
            case "inter_token_latency" -> tpot = time(tag, unit, number);
            case "input_sequence_length" -> isl = integer(number);
            case "error_isl" -> errorIsl = integer(number);
            case "output_sequence_length" -> osl = integer(number);
            default -> {
                PerfUnits.Scale s = PerfUnits.scale(unit, tag);
                if (extras == null) {
                    extras = new ArrayList<>(4);
                }
                extras.add(new AiperfRecord.Extra(s.isTime() ? tag + "_ms" : tag, s.apply(raw)));
            }
        }
    }

    private static double time(String tag, String unit, double number) {
        PerfUnits.Scale s = PerfUnits.scale(unit, tag);
        // A non-time unit gets a warning: left to the tree path.
        expect(s.isTime());
        return s.apply(number);
    }

    /** JsonSupport.integer: a whole number within int range, else missing. */
    private static int integer(double d) {
        return Double.isNaN(d) || d != Math.rint(d) || Math.abs(d) >= Integer.MAX_VALUE ? Integer.MIN_VALUE : (int) d;
    }

    private void error(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        expect(t == JsonToken.START_OBJECT);
        String code = null;
        String type = null;
        String message = null;
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            int bit = switch (name) {
                case "code" -> 1;
                case "type" -> 2;
                case "message" -> 4;
                default -> 0;
            };
            if (bit == 0) {
                p.skipChildren();
                continue;
            }
            expect((seen & bit) == 0 && !v.isStructStart());
            seen |= bit;
            String text = scalarText(p, v);
            if (bit == 1) {
                code = text;
            } else if (bit == 2) {
                type = text;
            } else {
                message = text;
            }
        }
        // With none of the three the tree path writes the whole object as JSON text: left to it.
        expect(code != null || type != null || message != null);
        failed = true;
        errorText = AiperfRecord.errorText(code, type, message);
    }

    /** A string or null; anything else would be converted by the tree path's asText: left to it. */
    private static String string(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(v == JsonToken.VALUE_STRING);
        return p.getText();
    }

    /** As {@link #string}, but returns an equal recently seen String instead of making a new one. */
    private String recentString(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.VALUE_STRING) {
            return string(p, v);
        }
        char[] chars = p.getTextCharacters();
        int off = p.getTextOffset();
        int len = p.getTextLength();
        for (String s : recent) {
            if (s != null && s.length() == len && sameChars(s, chars, off)) {
                return s;
            }
        }
        String s = new String(chars, off, len);
        recent[recentNext] = s;
        recentNext = (recentNext + 1) % recent.length;
        return s;
    }

    private static boolean sameChars(String s, char[] chars, int off) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) != chars[off + i]) {
                return false;
            }
        }
        return true;
    }

    /** A string, an int or long (as Jackson's IntNode / LongNode write it), or null. */
    private static String scalarText(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType nt = p.getNumberType();
            expect(nt != JsonParser.NumberType.BIG_INTEGER);
            return nt == JsonParser.NumberType.INT ? Integer.toString(p.getIntValue()) : Long.toString(p.getLongValue());
        }
        return string(p, v);
    }

    /** request_start_ns: an integer number, else missing (the tree path's isNumber / asLong). */
    private static long startNs(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT) {
            expect(p.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
            return p.getLongValue();
        }
        // A float would be truncated by asLong: left to the tree path.
        expect(v != JsonToken.VALUE_NUMBER_FLOAT);
        return Long.MIN_VALUE;
    }

    private static void expect(boolean condition) {
        if (!condition) {
            throw BAIL;
        }
    }

    /** Leaves the line to the tree path; preallocated, no stack trace. */
    private static final class Bail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bail() {
            super(null, null, false, false);
        }
    }
}
