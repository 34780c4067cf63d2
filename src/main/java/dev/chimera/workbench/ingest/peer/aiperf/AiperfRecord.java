package dev.chimera.workbench.ingest.peer.aiperf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.model.ColumnType;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.model.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** One AIPerf per-request record, values already in canonical units (ms, tokens). */
record AiperfRecord(long line, int ordinal, String requestId, long startNs, double ttftMs, double e2eMs,
                    double nativeTpotMs, List<Double> gapsMs, int inputTokens, int outputTokens, String status,
                    String error, List<Extra> extras) {

    /** The canonical TPOT definition, which AIPerf's inter_token_latency also uses (§3.2). */
    static final String TPOT_DEF = "(request_latency - time_to_first_token) / (output_sequence_length - 1)";

    /** A metric without a canonical column, kept as an extra column. */
    record Extra(String column, double value) {
    }

    static AiperfRecord parse(ReadContext ctx, long line, int ordinal, JsonNode node) {
        JsonNode meta = node.path("metadata");
        JsonNode metrics = node.path("metrics");
        String id = JsonSupport.text(meta, "x_request_id");
        if (id == null && meta.hasNonNull("session_num")) {
            id = JsonSupport.text(meta, "session_num") + ":" + (meta.hasNonNull("turn_index")
                    ? JsonSupport.text(meta, "turn_index") : "0");
        }
        JsonNode start = meta.get("request_start_ns");
        long startNs = start != null && start.isNumber() ? start.asLong() : Long.MIN_VALUE;
        double ttft = time(ctx, line, metrics, "time_to_first_token");
        double e2e = time(ctx, line, metrics, "request_latency");
        double tpot = time(ctx, line, metrics, "inter_token_latency");
        List<Double> gaps = gaps(ctx, line, metrics.path("inter_chunk_latency"));
        int isl = tokens(metrics, "input_sequence_length");
        if (isl == Integer.MIN_VALUE) {
            isl = tokens(metrics, "error_isl");
        }
        int osl = tokens(metrics, "output_sequence_length");
        JsonNode err = node.get("error");
        boolean cancelled = Boolean.TRUE.equals(JsonSupport.bool(meta, "was_cancelled"));
        boolean failed = err != null && !err.isNull();
        String status = cancelled ? "cancelled" : failed ? "error" : "ok";
        String errorText = failed ? errorText(err) : cancelled ? "cancelled" : null;
        return new AiperfRecord(line, ordinal, id, startNs, ttft, e2e, tpot, gaps, isl, osl, status, errorText,
                extras(metrics));
    }

    /** The columns {@link #write} sets on every row, resolved once per file (the extra ones in this order). */
    static final class Columns {
        private final TableBuffer.CellWriter status;
        private final TableBuffer.CellWriter error;
        private final TableBuffer.CellWriter ttft;
        private final TableBuffer.CellWriter e2e;
        private final TableBuffer.CellWriter latency;
        private final TableBuffer.CellWriter promptTokens;
        private final TableBuffer.CellWriter genTokens;
        private final TableBuffer.CellWriter tpot;
        private final TableBuffer.CellWriter nativeTpot;
        private final TableBuffer.CellWriter nativeTpotDef;
        private final TableBuffer.CellWriter itl;
        private final TableBuffer.CellWriter itlValues;
        private final TableBuffer.CellWriter outputTokensSource;

        Columns(TableBuffer b) {
            status = b.writer(RunColumns.STATUS, ColumnType.STRING);
            error = b.writer(RunColumns.ERROR, ColumnType.STRING);
            ttft = b.writer(RunColumns.TTFT_MS, ColumnType.DOUBLE);
            e2e = b.writer(RunColumns.E2E_MS, ColumnType.DOUBLE);
            latency = b.writer(RunColumns.LATENCY_MS, ColumnType.DOUBLE);
            promptTokens = b.writer(RunColumns.PROMPT_TOKENS, ColumnType.INT);
            genTokens = b.writer(RunColumns.GEN_TOKENS, ColumnType.INT);
            tpot = b.writer(RunColumns.TPOT_MS, ColumnType.DOUBLE);
            nativeTpot = b.writer("native_tpot_ms", ColumnType.DOUBLE);
            nativeTpotDef = b.writer("native_tpot_def", ColumnType.STRING);
            itl = b.writer(RunColumns.ITL_MS, ColumnType.DOUBLE);
            itlValues = b.writer(RunColumns.ITL_VALUES_MS, ColumnType.STRING);
            outputTokensSource = b.writer("output_tokens_source", ColumnType.STRING);
        }
    }

    /** Sets this record's cells of the current row of {@code b}, whose columns {@code c} holds. */
    void write(Columns c, TableBuffer b) {
        c.status.set(status);
        c.error.set(error == null ? "" : error);
        c.ttft.set(ttftMs);
        c.e2e.set(e2eMs);
        c.latency.set(e2eMs);
        c.promptTokens.set(inputTokens);
        c.genTokens.set(outputTokens);
        c.tpot.set(outputTokens != Integer.MIN_VALUE && outputTokens > 1
                ? (e2eMs - ttftMs) / (outputTokens - 1) : Double.NaN);
        c.nativeTpot.set(nativeTpotMs);
        c.nativeTpotDef.set(Double.isNaN(nativeTpotMs) ? "" : TPOT_DEF);
        if (gapsMs.isEmpty()) {
            c.itl.set(Double.NaN);
            c.itlValues.set("");
        } else {
            double sum = 0;
            StringJoiner joined = new StringJoiner(";");
            for (double g : gapsMs) {
                sum += g;
                joined.add(Double.toString(g));
            }
            c.itl.set(sum / gapsMs.size());
            c.itlValues.set(joined.toString());
        }
        c.outputTokensSource.set(outputTokens == Integer.MIN_VALUE ? "" : "aiperf output_sequence_length");
        for (Extra e : extras) {
            b.set(e.column(), e.value());
        }
    }

    /** A time metric in ms, converted by the unit written next to it. */
    private static double time(ReadContext ctx, long line, JsonNode metrics, String tag) {
        JsonNode m = metrics.get(tag);
        if (m == null || !m.isObject()) {
            return Double.NaN;
        }
        PerfUnits.Scale s = PerfUnits.scale(JsonSupport.text(m, "unit"), tag);
        if (!s.isTime()) {
            ctx.diagnostics().add(Severity.WARNING, line, 0, tag + " has unit '" + JsonSupport.text(m, "unit")
                    + "', not a time unit; left empty", "not a time unit: " + tag);
            return Double.NaN;
        }
        return s.apply(JsonSupport.number(m, "value"));
    }

    private static List<Double> gaps(ReadContext ctx, long line, JsonNode m) {
        List<Double> out = new ArrayList<>();
        JsonNode values = m.path("value");
        if (!values.isArray()) {
            return out;
        }
        PerfUnits.Scale s = PerfUnits.scale(JsonSupport.text(m, "unit"), "inter_chunk_latency");
        if (!s.isTime()) {
            ctx.diagnostics().add(Severity.WARNING, line, 0, "inter_chunk_latency has unit '"
                    + JsonSupport.text(m, "unit") + "', not a time unit; left empty", "not a time unit: icl");
            return out;
        }
        for (JsonNode v : values) {
            double d = JsonSupport.number(v);
            if (!Double.isNaN(d)) {
                out.add(s.apply(d));
            }
        }
        return out;
    }

    private static int tokens(JsonNode metrics, String tag) {
        return JsonSupport.integer(metrics.path(tag), "value");
    }

    private static String errorText(JsonNode err) {
        if (!err.isObject()) {
            return err.asText();
        }
        String text = errorText(JsonSupport.text(err, "code"), JsonSupport.text(err, "type"),
                JsonSupport.text(err, "message"));
        return text.isEmpty() ? err.toString() : text;
    }

    /** "code type: message" with the parts present ("" when none is); the streaming parser uses it too. */
    static String errorText(String code, String type, String message) {
        StringBuilder sb = new StringBuilder();
        if (code != null) {
            sb.append(code);
        }
        if (type != null) {
            sb.append(sb.length() > 0 ? " " : "").append(type);
        }
        if (message != null) {
            sb.append(sb.length() > 0 ? ": " : "").append(message);
        }
        return sb.toString();
    }

    /** Scalar metrics without a canonical column: times as {@code <tag>_ms}, the rest as {@code <tag>}. */
    private static List<Extra> extras(JsonNode metrics) {
        List<Extra> out = new ArrayList<>();
        if (!metrics.isObject()) {
            return out;
        }
        Iterator<Map.Entry<String, JsonNode>> it = metrics.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String tag = e.getKey();
            JsonNode value = e.getValue().path("value");
            if (CANONICAL.contains(tag) || !value.isNumber()) {
                continue;
            }
            PerfUnits.Scale s = PerfUnits.scale(JsonSupport.text(e.getValue(), "unit"), tag);
            out.add(new Extra(s.isTime() ? tag + "_ms" : tag, s.apply(value.asDouble())));
        }
        return out;
    }

    private static final java.util.Set<String> CANONICAL = java.util.Set.of("time_to_first_token",
            "request_latency", "inter_token_latency", "inter_chunk_latency", "input_sequence_length",
            "error_isl", "output_sequence_length");
}
