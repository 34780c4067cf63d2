package dev.chimera.workbench.ingest.peer.llmperf;

import static dev.chimera.workbench.ingest.peer.PeerJson.secondsToMs;
import static dev.chimera.workbench.ingest.peer.PeerJson.toDouble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.peer.PeerJson;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.RunColumns;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * ray-project llmperf {@code <stem>_individual_responses.json} (peer-formats §6.2): a JSON array with one flat
 * object per finished request, times in SECONDS, no ids or timestamps. Failed requests carry a non-null
 * {@code error_code} and zero placeholders: they are kept with status error and the zeros left missing.
 * {@code inter_token_latency_s} is e2e/n including TTFT, so it is kept as {@code native_tpot_ms} and the
 * canonical TPOT is recomputed. Stray strings in the array (the writer extends it with a dict's keys) are
 * skipped with a warning. Model and concurrency come from the {@code <stem>_summary.json} beside the file.
 */
final class LlmperfResponsesReader implements FormatReader {
    private static final String SUFFIX = "_individual_responses.json";
    private static final long MAX_SUMMARY_BYTES = 4L << 20;

    @Override
    public String id() {
        return "llmperf.individual_responses.json";
    }

    @Override
    public String displayName() {
        return "llmperf individual responses (JSON)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        Set<String> keys = PeerJson.firstArrayObjectKeys(probe);
        if (!keys.contains("ttft_s") || !keys.contains("end_to_end_latency_s")) {
            return 0;
        }
        return probe.lowerName().endsWith(SUFFIX) ? 93 : 90;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        JsonNode summary = siblingSummary(ctx);
        String model = JsonSupport.text(summary, "model");
        double concurrency = JsonSupport.number(summary, "num_concurrent_requests");
        String label = LlmperfSummaryReader.concurrencyLabel(concurrency);
        int[] counts = new int[3]; // objects, errors, stray non-object elements
        long[] firstStray = {0};
        int elements = PeerJson.forEachArrayElement(ctx, (line, i, node) -> {
            if (!node.isObject()) {
                if (counts[2]++ == 0) {
                    firstStray[0] = line;
                }
                return;
            }
            boolean ok = addRow(ctx, node, line, counts[0]++, model, concurrency, label);
            if (!ok) {
                counts[1]++;
            }
        });
        ctx.addRecords(counts[0]);
        if (counts[2] > 0) {
            ctx.diagnostics().warning(firstStray[0], 0, counts[2] + " of " + elements + " array elements are not "
                    + "objects (llmperf appends a dict's keys to this array); skipped");
        }
        double started = JsonSupport.number(summary, "results_num_requests_started");
        if (!Double.isNaN(started) && started > counts[0]) {
            ctx.diagnostics().warning(0, 0, "the summary says " + PeerJson.label(started) + " requests started but "
                    + "this file has " + counts[0] + " (current llmperf can lose failed requests)");
        }
        String variant = "llmperf individual responses: " + counts[0] + " requests, " + counts[1] + " errored"
                + (counts[2] > 0 ? ", " + counts[2] + " stray dict keys" : "")
                + (summary == null ? "; no summary beside it (model and concurrency unknown)" : "");
        ctx.diagnostics().info("variant: " + variant);
        ctx.note(variant);
    }

    /** Adds one request row; returns false for an errored request. */
    private static boolean addRow(ReadContext ctx, JsonNode o, long line, int ordinal, String model,
                                  double concurrency, String label) {
        JsonNode code = o.get("error_code");
        boolean ok = code == null || code.isNull() || (code.isNumber() && Double.isNaN(code.doubleValue()));
        TableBuffer row = ctx.newRunRow(line);
        row.set(RunColumns.MODEL, model);
        row.set(RunColumns.MODE, "serve");
        row.set(RunColumns.RUN_ID, ctx.relativePath());
        row.set(RunColumns.RUN_LABEL, label);
        row.set(RunColumns.CONCURRENCY, concurrency);
        row.set(RunColumns.REQUEST_ID, ctx.probe().fileName() + "#" + ordinal);
        row.set(RunColumns.SAMPLE_IDX, ordinal);
        row.set(RunColumns.IS_WARMUP, Boolean.FALSE);
        row.set(RunColumns.STATUS, ok ? "ok" : "error");
        String msg = JsonSupport.text(o, "error_msg");
        row.set(RunColumns.ERROR, ok ? "" : (code.asText() + " " + (msg == null ? "" : msg)).trim());
        row.set(RunColumns.PROMPT_TOKENS, PeerJson.integer(ctx, o.get("number_input_tokens"), line,
                "number_input_tokens"));
        row.set("total_tokens", PeerJson.integer(ctx, o.get("number_total_tokens"), line, "number_total_tokens"));
        row.set("output_tokens_source", "client-tokenizer(llama)");
        if (!ok) {
            return false; // zero placeholders, not measurements
        }
        int outputTokens = PeerJson.integer(ctx, o.get("number_output_tokens"), line, "number_output_tokens");
        BigDecimal ttftMs = secondsToMs(PeerJson.decimal(ctx, o.get("ttft_s"), line, "ttft_s"));
        BigDecimal e2eMs = secondsToMs(PeerJson.decimal(ctx, o.get("end_to_end_latency_s"), line,
                "end_to_end_latency_s"));
        BigDecimal nativeTpot = secondsToMs(PeerJson.decimal(ctx, o.get("inter_token_latency_s"), line,
                "inter_token_latency_s"));
        row.set(RunColumns.GEN_TOKENS, outputTokens);
        row.set(RunColumns.TTFT_MS, toDouble(ttftMs));
        row.set(RunColumns.E2E_MS, toDouble(e2eMs));
        row.set(RunColumns.LATENCY_MS, toDouble(e2eMs));
        row.set(RunColumns.TPOT_MS, toDouble(PeerJson.canonicalTpot(e2eMs, ttftMs, outputTokens)));
        row.set("native_tpot_ms", toDouble(nativeTpot));
        row.set("native_tpot_def", "e2e/n (incl. TTFT)");
        row.set(RunColumns.TOKENS_PER_S, PeerJson.number(ctx, o.get("request_output_throughput_token_per_s"), line,
                "request_output_throughput_token_per_s"));
        return true;
    }

    /** The {@code <stem>_summary.json} beside the file (read-only), or null when absent or unreadable. */
    private static JsonNode siblingSummary(ReadContext ctx) {
        String name = ctx.probe().fileName();
        if (!name.endsWith(SUFFIX)) {
            return null;
        }
        Path sibling = ctx.path().resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + "_summary.json");
        try {
            if (!Files.isRegularFile(sibling) || Files.size(sibling) > MAX_SUMMARY_BYTES) {
                return null;
            }
            try (InputStream in = Files.newInputStream(sibling, StandardOpenOption.READ)) {
                JsonNode n = JsonSupport.mapper().readTree(in);
                return n != null && n.isObject() ? n : null;
            }
        } catch (IOException | RuntimeException e) {
            ctx.diagnostics().info("summary beside the file could not be read (" + e.getMessage()
                    + "); model and concurrency left empty");
            return null;
        }
    }
}
