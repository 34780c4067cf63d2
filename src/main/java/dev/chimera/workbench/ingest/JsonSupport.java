package dev.chimera.workbench.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * The one Jackson configuration for reading result files: Python's NaN/Infinity tokens accepted, bounded
 * nesting and string sizes, no polymorphic typing (we only ever read trees).
 */
public final class JsonSupport {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength(50_000_000)
                .maxNumberLength(1000)
                .build());
    }

    private JsonSupport() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Receives one parsed JSONL record with its 1-based line number. */
    @FunctionalInterface
    public interface LineHandler {
        void record(long line, JsonNode node);
    }

    /**
     * Reads a JSON-lines file record by record. Blank lines are skipped; a line that does not parse becomes an
     * error diagnostic with its line and column (a cut-off last line, as left by a run still writing, becomes
     * a warning); the other lines still load. Returns the number of records handed to the handler.
     */
    public static long forEachLine(ReadContext ctx, LineHandler handler) throws IOException {
        long records = 0;
        long lineNo = 0;
        try (BufferedReader r = ctx.openText()) {
            String line = r.readLine();
            while (line != null) {
                lineNo++;
                String next = r.readLine();
                if ((lineNo & 0xFF) == 0) {
                    ctx.checkCancelled();
                }
                if (!line.isBlank()) {
                    JsonNode node = parseLine(ctx, line, lineNo, next == null);
                    if (node != null) {
                        if (node.isObject()) {
                            handler.record(lineNo, node);
                            records++;
                        } else {
                            ctx.diagnostics().add(dev.chimera.workbench.model.Severity.ERROR, lineNo, 1,
                                    "expected a JSON object, found " + node.getNodeType().name().toLowerCase(),
                                    "expected a JSON object");
                        }
                    }
                }
                line = next;
            }
        }
        return records;
    }

    private static JsonNode parseLine(ReadContext ctx, String line, long lineNo, boolean last) {
        try {
            return MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int col = loc == null ? 0 : Math.max(1, loc.getColumnNr());
            if (last) {
                ctx.diagnostics().warning(lineNo, col,
                        "last line is incomplete (file cut off or still being written); skipped");
            } else {
                ctx.diagnostics().add(dev.chimera.workbench.model.Severity.ERROR, lineNo, col,
                        "not valid JSON: " + e.getOriginalMessage(), "not valid JSON");
            }
            return null;
        }
    }

    /** Parses a whole JSON document; on a syntax error reports it with line and column and returns null. */
    public static JsonNode readDocument(ReadContext ctx) throws IOException {
        try (BufferedReader r = ctx.openText(); JsonParser p = MAPPER.getFactory().createParser(r)) {
            return MAPPER.readTree(p);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            ctx.diagnostics().error(loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
            return null;
        }
    }

    // ---- small typed accessors that never throw -------------------------------------------------------

    public static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    public static double number(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return number(v);
    }

    public static double number(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return Double.NaN;
        }
        if (v.isNumber()) {
            double d = v.asDouble();
            return Double.isInfinite(d) ? Double.NaN : d;
        }
        if (v.isTextual()) {
            return ValueParsers.parseDoubleOrNaN(v.asText());
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? 1 : 0;
        }
        return Double.NaN;
    }

    public static int integer(JsonNode n, String field) {
        double d = number(n, field);
        return Double.isNaN(d) || d != Math.rint(d) || Math.abs(d) >= Integer.MAX_VALUE
                ? Integer.MIN_VALUE : (int) d;
    }

    public static Boolean bool(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return ValueParsers.parseBooleanOrNull(v.asText());
    }

    /** Element {@code i} of array field {@code field} as a double, NaN when absent. */
    public static double numberAt(JsonNode n, String field, int i) {
        JsonNode arr = n == null ? null : n.get(field);
        if (arr == null || !arr.isArray() || i >= arr.size()) {
            return Double.NaN;
        }
        return number(arr.get(i));
    }

    public static int arraySize(JsonNode n, String field) {
        JsonNode arr = n == null ? null : n.get(field);
        return arr != null && arr.isArray() ? arr.size() : 0;
    }
}
