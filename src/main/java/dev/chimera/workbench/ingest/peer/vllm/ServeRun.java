package dev.chimera.workbench.ingest.peer.vllm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.peer.PeerJson;
import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What identifies one vLLM serve result object: backend, model, the run label built from rate / concurrency /
 * ramp-up / sweep cell, a stable run id, and the top-level keys the tool or the sweep added that we do not
 * map (sweep parameters, {@code --metadata}), kept as {@code x_<key>} extras.
 */
final class ServeRun {
    /** Keys of §2.2 that are mapped or deliberately dropped; anything else scalar becomes an extra. */
    private static final Set<String> KNOWN = Set.of("date", "endpoint_type", "backend", "label", "model_id",
            "tokenizer_id", "num_prompts", "request_rate", "burstiness", "max_concurrency", "duration", "completed",
            "failed", "total_input_tokens", "total_output_tokens", "request_throughput", "request_goodput",
            "request_goodput:", "request_inthroughput", "input_throughput", "output_throughput",
            "total_token_throughput", "max_output_tokens_per_s", "max_concurrent_requests", "rtfx", "input_lens",
            "output_lens", "ttfts", "itls", "latencies", "start_times", "queue_times", "generated_texts", "errors",
            "ramp_up_strategy", "ramp_up_start_rps", "ramp_up_end_rps", "rps_change_events", "best_of",
            "use_beam_search");
    private static final Pattern STAT_KEY = Pattern.compile("^(mean|median|std|p\\d+(\\.\\d+)?)_.+_ms$");

    final String backend;
    final String model;
    final String label;
    final String runId;
    final double concurrency;
    final double requestRate;
    private final Map<String, String> extras = new LinkedHashMap<>();

    private ServeRun(String backend, String model, String label, String runId, double concurrency,
                     double requestRate) {
        this.backend = backend;
        this.model = model;
        this.label = label;
        this.runId = runId;
        this.concurrency = concurrency;
        this.requestRate = requestRate;
    }

    /**
     * @param cell     the sweep cell folder name, or null outside a sweep
     * @param objIndex position of the object in its file (NDJSON / summary.json arrays)
     */
    static ServeRun of(ReadContext ctx, JsonNode o, long line, String cell, int objIndex) {
        String backend = JsonSupport.text(o, "backend");
        if (backend == null) {
            backend = JsonSupport.text(o, "endpoint_type");
        }
        String model = JsonSupport.text(o, "model_id");
        double rate = requestRate(ctx, o.get("request_rate"), line);
        double conc = PeerJson.number(ctx, o.get("max_concurrency"), line, "max_concurrency");
        List<String> parts = new ArrayList<>();
        String toolLabel = JsonSupport.text(o, "label");
        if (toolLabel != null && !toolLabel.isEmpty()) {
            parts.add(toolLabel);
        }
        if (cell != null) {
            parts.add(cell);
            String runNumber = JsonSupport.text(o, "run_number");
            parts.add("run=" + (runNumber != null ? runNumber : String.valueOf(objIndex)));
        } else {
            String strategy = JsonSupport.text(o, "ramp_up_strategy");
            if (strategy != null) {
                parts.add("ramp-up=" + strategy + ":" + PeerJson.label(JsonSupport.number(o, "ramp_up_start_rps"))
                        + "-" + PeerJson.label(JsonSupport.number(o, "ramp_up_end_rps")) + "qps");
            } else {
                parts.add("qps=" + (o.has("request_rate") ? PeerJson.label(rate) : "?"));
            }
            if (!Double.isNaN(conc)) {
                parts.add("concurrency=" + PeerJson.label(conc));
            }
        }
        String label = String.join(" ", parts);
        ServeRun run = new ServeRun(backend, model, label, ctx.relativePath() + "#" + objIndex + " " + label,
                conc, rate);
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!KNOWN.contains(e.getKey()) && !STAT_KEY.matcher(e.getKey()).matches()
                    && e.getValue().isValueNode() && !e.getValue().isNull()) {
                run.extras.put("x_" + e.getKey(), e.getValue().asText());
            }
        }
        return run;
    }

    /** request_rate is a float or the string "inf" (Python's float('inf') printed as a string). */
    private static double requestRate(ReadContext ctx, JsonNode v, long line) {
        if (v != null && v.isTextual() && v.asText().trim().equalsIgnoreCase("inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (v != null && v.isNumber() && Double.isInfinite(v.doubleValue())) {
            return Double.POSITIVE_INFINITY;
        }
        return PeerJson.number(ctx, v, line, "request_rate");
    }

    /** Sets the run-level columns of a request row. */
    void fill(TableBuffer row) {
        row.set(RunColumns.BACKEND, backend);
        row.set(RunColumns.MODEL, model);
        row.set(RunColumns.MODE, "serve");
        row.set(RunColumns.RUN_LABEL, label);
        row.set(RunColumns.RUN_ID, runId);
        row.set(RunColumns.CONCURRENCY, concurrency);
        row.set(RunColumns.REQUEST_RATE, requestRate);
        extras.forEach(row::set);
    }
}
