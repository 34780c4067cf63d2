package dev.chimera.workbench.ingest.peer.llmperf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.SummaryRow;
import dev.chimera.workbench.ingest.peer.PeerJson;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ray-project llmperf {@code <stem>_summary.json} (peer-formats §6.3): a flat dict of
 * {@code results_<metric>_<stat>} keys over NON-ERRORED requests, quantiles = pandas linear, stddev = pandas
 * SAMPLE std (ddof 1), times in SECONDS (→ ms), min/max of token counts written as numeric strings.
 */
final class LlmperfSummaryReader implements FormatReader {
    static final String RESULTS_VERSION = "2023-08-31";
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"" + RESULTS_VERSION + "\"");
    private static final Pattern STAT_KEY = Pattern.compile("^results_(.+?)_(quantiles_p(\\d+)|mean|min|max|stddev)$");

    /** One {@code code: count} entry of the dict repr; codes are ints (HTTP status, -1) or quoted strings. */
    private static final Pattern ERROR_CODE = Pattern.compile("'?(-?[\\w.]+)'?\\s*:\\s*(\\d+)");

    /** The six per-request series: canonical metric, unit, factor (×1000 for seconds). */
    private record Series(String metric, String unit, boolean seconds) {
    }

    private static final Map<String, Series> SERIES = Map.of(
            "ttft_s", new Series("ttft", "ms", true),
            "end_to_end_latency_s", new Series("e2e_latency", "ms", true),
            // ≈ e2e / output tokens, TTFT included: neither TPOT nor an inter-token gap (§9.1)
            "inter_token_latency_s", new Series("x.llmperf.sec_per_output_token", "ms", true),
            "request_output_throughput_token_per_s",
            new Series("x.llmperf.per_request_output_throughput", "tokens/s", false),
            "number_input_tokens", new Series("input_tokens", "tokens", false),
            "number_output_tokens", new Series("output_tokens", "tokens", false));

    @Override
    public String id() {
        return "llmperf.summary.json";
    }

    @Override
    public String displayName() {
        return "llmperf summary (JSON)";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        var keys = probe.jsonTopLevelKeys();
        int hint = probe.lowerName().endsWith("_summary.json") ? 3 : 0;
        if (keys.contains("version") && VERSION.matcher(probe.head()).find()) {
            return 90 + hint;
        }
        long results = keys.stream().filter(k -> k.startsWith("results_")).count();
        return results >= 3 && keys.contains("num_concurrent_requests") ? 85 + hint : 0;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        JsonNode doc = JsonSupport.readDocument(ctx);
        if (doc == null || !doc.isObject()) {
            return;
        }
        ctx.addRecord();
        long line = 1;
        String model = JsonSupport.text(doc, "model");
        String label = concurrencyLabel(PeerJson.number(ctx, doc.get("num_concurrent_requests"), line,
                "num_concurrent_requests"));
        SummaryRow s = ctx.stats(line).group(null, model, null, "serve").runLabel(label);
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            Matcher m = STAT_KEY.matcher(key);
            Series series = m.matches() ? SERIES.get(m.group(1)) : null;
            if (series != null) {
                String stat = m.group(3) != null ? "p" + m.group(3)
                        : m.group(2).equals("stddev") ? "std" : m.group(2);
                BigDecimal v = PeerJson.decimal(ctx, e.getValue(), line, key);
                if (series.seconds()) {
                    v = PeerJson.secondsToMs(v);
                }
                s.metric(series.metric(), series.unit()).population("ok").nativeKey(key)
                        .pctlMethod(m.group(3) != null ? "linear" : null)
                        .stdKind(stat.equals("std") ? "sample" : null)
                        .add(stat, PeerJson.toDouble(v));
                continue;
            }
            scalar(ctx, s, key, e.getValue(), line);
        }
        String version = JsonSupport.text(doc, "version");
        ctx.diagnostics().info("variant: llmperf summary, results version " + (version == null ? "absent" : version));
        ctx.note("llmperf summary; " + label);
    }

    private static void scalar(ReadContext ctx, SummaryRow s, String key, JsonNode v, long line) {
        s.pctlMethod(null).stdKind(null).nativeKey(key);
        switch (key) {
            case "results_num_requests_started" -> s.metric("request_count", "").population("all")
                    .add("count", PeerJson.number(ctx, v, line, key));
            case "results_num_completed_requests" -> s.metric("request_count", "").population("ok")
                    .add("count", PeerJson.number(ctx, v, line, key));
            case "results_number_errors" -> s.metric("error_count", "").population("errored")
                    .add("count", PeerJson.number(ctx, v, line, key));
            // a 0–1 fraction of the requests STARTED
            case "results_error_rate" -> s.metric("x.llmperf.error_rate", "%").population("all")
                    .add("value", PeerJson.number(ctx, v, line, key) * 100);
            // Σ output tokens of successful requests / wall time of the whole test, despite "mean"
            case "results_mean_output_throughput_token_per_s" -> s.metric("output_token_throughput", "tokens/s")
                    .population("ok").add("value", PeerJson.number(ctx, v, line, key));
            case "results_num_completed_requests_per_min" -> s.metric("request_throughput", "req/s")
                    .population("ok").add("value", PeerJson.number(ctx, v, line, key) / 60);
            case "results_error_code_frequency" -> errorCodes(s, v);
            default -> {
                // configuration and provenance keys: not statistics
            }
        }
    }

    /** {@code "{429: 3, 500: 1}"} — a Python dict repr stored as a string. */
    private static void errorCodes(SummaryRow s, JsonNode v) {
        if (v == null || !v.isTextual()) {
            return;
        }
        Matcher m = ERROR_CODE.matcher(v.asText());
        s.metric("x.llmperf.errors_by_code", "").population("errored");
        while (m.find()) {
            s.nativeKey("results_error_code_frequency[" + m.group(1) + "]")
                    .add("count", Double.parseDouble(m.group(2)));
        }
    }

    static String concurrencyLabel(double concurrency) {
        return Double.isNaN(concurrency) ? "" : "concurrency=" + PeerJson.label(concurrency);
    }
}
