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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one Jackson configuration for reading result files: Python's NaN/Infinity tokens accepted, bounded
 * nesting and string sizes, no polymorphic typing (we only ever read trees).
 */
public final class JsonSupport {
    private static final Map<List<Integer>, ObjectMapper> BY_LIMITS = new ConcurrentHashMap<>();
    private static final ObjectMapper DEFAULT = forLimits(LoadLimits.defaults());
    /** The mapper of the load running on this thread; readers call {@link #mapper()} without passing limits. */
    private static final ThreadLocal<ObjectMapper> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<ObjectMapper> CURRENT_PROBE = new ThreadLocal<>();
    private static final ObjectMapper DEFAULT_PROBE = DEFAULT;

    private JsonSupport() {
    }

    /** The mapper for the limits of the current load (set by the loader around each file), else the default. */
    public static ObjectMapper mapper() {
        ObjectMapper m = CURRENT.get();
        return m == null ? DEFAULT : m;
    }

    /** A mapper with Jackson's stream constraints set from {@code limits}; one per distinct limit set. */
    public static ObjectMapper forLimits(LoadLimits limits) {
        List<Integer> key = List.of(limits.maxJsonDepth(), limits.maxJsonStringChars(), limits.maxJsonNumberChars());
        return BY_LIMITS.computeIfAbsent(key, k -> {
            // Plain tree reading only: default (polymorphic) typing stays off; it lets a document pick classes.
            ObjectMapper m = JsonMapper.builder()
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build();
            m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(k.get(0))
                    .maxStringLength(k.get(1))
                    .maxNumberLength(k.get(2))
                    .build());
            return m;
        });
    }

    /**
     * The mapper format detection parses the 64 KiB head with: at least as lenient as the defaults, so a strict
     * limit does not hide what a file is (the reader then reports the violation with its line).
     */
    public static ObjectMapper probeMapper() {
        ObjectMapper m = CURRENT_PROBE.get();
        return m == null ? DEFAULT_PROBE : m;
    }

    /** Makes {@link #mapper()} use {@code limits} on this thread until the returned scope is closed. */
    public static Scope useLimits(LoadLimits limits) {
        ObjectMapper before = CURRENT.get();
        ObjectMapper beforeProbe = CURRENT_PROBE.get();
        LoadLimits d = LoadLimits.defaults();
        CURRENT.set(forLimits(limits));
        CURRENT_PROBE.set(forLimits(new LoadLimits(d.maxFileBytes(), d.maxFiles(), d.maxDepth(), d.maxLineChars(),
                d.maxColumns(), Math.max(d.maxJsonDepth(), limits.maxJsonDepth()),
                Math.max(d.maxJsonStringChars(), limits.maxJsonStringChars()),
                Math.max(d.maxJsonNumberChars(), limits.maxJsonNumberChars()))));
        return () -> {
            CURRENT.set(before);
            CURRENT_PROBE.set(beforeProbe);
        };
    }

    /** Restores the previous limits of the thread. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
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
        return forEachLine(ctx, null, handler);
    }

    /**
     * A reader's streaming fast path for the record shape it expects, in two steps. A {@link Parser} takes a non-blank
     * line as the range {@code [off, off + len)} of {@code buf} (valid only during the call) and returns the parsed
     * record, or null to leave the line, with no side effect, to the tree path (which also reports every problem).
     * On a large file, parsers run on other threads, in parallel over batches of lines: {@link #newParser()} is
     * called on the load's thread, and a parser must not touch the reader's state. {@link #accept} then takes each
     * parsed record on the load's thread, in file order, interleaved with the tree path's records.
     */
    public interface FastLine<R> {
        Parser<R> newParser();

        void accept(long line, R record);

        /** Used by one thread at a time. */
        @FunctionalInterface
        interface Parser<R> {
            R parse(long line, char[] buf, int off, int len);
        }
    }

    /** Files from this size on are split and fast-parsed on other threads ({@link JsonlParallelRead}). */
    static final long PARALLEL_BYTES = 4L << 20;

    /**
     * As {@link #forEachLine(ReadContext, LineHandler)}, offering each line to {@code fast} first (may be null);
     * a line it parsed counts as a record. Lines are split inside one reused buffer; a String is made only for
     * a line the tree path reads.
     */
    public static <R> long forEachLine(ReadContext ctx, FastLine<R> fast, LineHandler handler) throws IOException {
        return forEachLine(ctx, fast, handler, fast != null && ctx.probe().size() >= PARALLEL_BYTES);
    }

    static <R> long forEachLine(ReadContext ctx, FastLine<R> fast, LineHandler handler, boolean parallel)
            throws IOException {
        if (parallel) {
            List<JsonlParallelRead<R>> read = new ArrayList<>(1);
            // Reported at once while opening (the first buffer is read then); later by the splitter, in order.
            try (BufferedReader r = ctx.openText((line, chars) -> {
                if (read.isEmpty()) {
                    ctx.reportOverlong(line, chars);
                } else {
                    read.get(0).overlong(ctx, line, chars);
                }
            });
                 JsonlParallelRead<R> parallelRead = new JsonlParallelRead<>(r, fast, parsers())) {
                read.add(parallelRead);
                return parallelRead.start().run(ctx, handler);
            }
        }
        long records = 0;
        long lineNo = 0;
        FastLine.Parser<R> parser = fast == null ? null : fast.newParser();
        try (BufferedReader r = ctx.openText()) {
            CharLineScanner lines = new CharLineScanner(r);
            while (lines.next()) {
                lineNo++;
                if ((lineNo & 0xFF) == 0) {
                    ctx.checkCancelled();
                }
                if (lines.blank()) {
                    continue;
                }
                R parsed = parser == null ? null
                        : parser.parse(lineNo, lines.buffer(), lines.start(), lines.length());
                if (parsed != null) {
                    fast.accept(lineNo, parsed);
                    records++;
                } else if (treeLine(ctx, lines.text(), lineNo, !lines.hasMore(), handler)) {
                    records++;
                }
            }
        }
        return records;
    }

    /** Threads that fast-parse a large JSONL file: the cores, at most three (one more splits the lines). */
    private static int parsers() {
        return Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors()));
    }

    /** The tree path of one line: true when it was a JSON object handed to {@code handler}. */
    static boolean treeLine(ReadContext ctx, String text, long lineNo, boolean last, LineHandler handler) {
        JsonNode node = parseLine(ctx, text, lineNo, last);
        if (node == null) {
            return false;
        }
        if (!node.isObject()) {
            ctx.diagnostics().add(dev.chimera.workbench.model.Severity.ERROR, lineNo, 1,
                    "expected a JSON object, found " + node.getNodeType().name().toLowerCase(),
                    "expected a JSON object");
            return false;
        }
        handler.record(lineNo, node);
        return true;
    }

    private static JsonNode parseLine(ReadContext ctx, String line, long lineNo, boolean last) {
        try (JsonParser p = mapper().createParser(line)) {
            try {
                JsonNode n = mapper().readTree(p);
                if (n != null) {
                    checkTrailing(ctx, p, lineNo);
                }
                return n;
            } catch (JsonProcessingException e) {
                JsonLocation loc = where(e, p);
                int col = loc == null ? 0 : Math.max(1, loc.getColumnNr());
                if (last && !isConstraint(e)) {
                    ctx.diagnostics().warning(lineNo, col,
                            "last line is incomplete (file cut off or still being written); skipped");
                } else {
                    ctx.diagnostics().add(dev.chimera.workbench.model.Severity.ERROR, lineNo, col,
                            "not valid JSON: " + e.getOriginalMessage(), "not valid JSON");
                }
                return null;
            }
        } catch (IOException e) {
            ctx.diagnostics().error(lineNo, 1, "could not parse the line: " + e.getMessage());
            return null;
        }
    }

    /** Parses a whole JSON document; on a syntax error reports it with line and column and returns null. */
    public static JsonNode readDocument(ReadContext ctx) throws IOException {
        try (BufferedReader r = ctx.openDocumentText(); JsonParser p = mapper().getFactory().createParser(r)) {
            try {
                JsonNode n = mapper().readTree(p);
                if (n != null) {
                    checkTrailing(ctx, p, -1);
                }
                return n;
            } catch (JsonProcessingException e) {
                JsonLocation loc = where(e, p);
                ctx.diagnostics().error(loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                        "not valid JSON: " + e.getOriginalMessage());
                return null;
            }
        }
    }

    /**
     * Where a JSON problem is: the exception's location, else the parser's (Jackson's limit violations, such as
     * nesting depth or string length, carry no location of their own).
     */
    public static JsonLocation where(JsonProcessingException e, JsonParser p) {
        JsonLocation loc = e.getLocation();
        if ((loc == null || loc.getLineNr() <= 0) && p != null) {
            loc = p.currentLocation();
        }
        return loc;
    }

    /** True for a violated limit (depth, string or number size) rather than a syntax error. */
    public static boolean isConstraint(JsonProcessingException e) {
        return e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException;
    }

    /**
     * Warns when anything but whitespace follows the value just read (two documents pasted together, a log
     * line appended): it used to be dropped without a word. {@code line} overrides the reported line (JSONL).
     */
    public static void checkTrailing(ReadContext ctx, JsonParser p, long line) {
        JsonLocation loc;
        try {
            if (p.nextToken() == null) {
                return;
            }
            loc = p.currentTokenLocation();
        } catch (IOException e) {
            loc = e instanceof JsonProcessingException jpe ? where(jpe, p) : p.currentLocation();
        }
        ctx.diagnostics().add(dev.chimera.workbench.model.Severity.WARNING, line > 0 ? line : loc.getLineNr(),
                Math.max(1, loc.getColumnNr()), "content after the end of the JSON value ignored",
                "content after the end of the JSON value");
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
