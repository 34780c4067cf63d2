package dev.chimera.workbench.ingest.peer.vllm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.model.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps the serve result objects of one file (one document, an {@code --append-result} NDJSON file, or a sweep
 * {@code summary.json} array) and remembers which version variants it saw, for the one variant diagnostic.
 */
final class ServeObjects {
    /** Keys every serve result has (§0.5 rule 7). */
    static final List<String> SIGNATURE = List.of("model_id", "num_prompts", "duration", "completed");

    private final ReadContext ctx;
    private final String cell;
    private final ServeRequests requests;
    private final ServeSummaries summaries;
    private final Set<String> variants = new LinkedHashSet<>();
    private int seen;
    private int objects;
    private int requestRows;

    /** @param cell the sweep cell folder name, or null when the file is not in a sweep cell */
    ServeObjects(ReadContext ctx, String cell) {
        this.ctx = ctx;
        this.cell = cell;
        this.requests = new ServeRequests(ctx);
        this.summaries = new ServeSummaries(ctx);
    }

    /** The sweep cell a file sits in ({@code SERVE-…-BENCH-…} folder), or null. */
    static String sweepCell(FileProbe probe) {
        String parent = probe.parentPath();
        String dir = parent.substring(parent.lastIndexOf('/') + 1);
        return dir.startsWith("SERVE-") || dir.contains("-BENCH-") ? dir : null;
    }

    /** Maps one value of the file; {@code line} is where it starts. */
    void add(long line, JsonNode o) {
        int index = seen++;
        if (!o.isObject()) {
            ctx.diagnostics().add(Severity.ERROR, line, 1, "expected a serve result object, found "
                    + o.getNodeType().name().toLowerCase(), "expected a serve result object");
            return;
        }
        if (!o.has("model_id") || !o.has("completed")) {
            ctx.diagnostics().add(Severity.WARNING, line, 1, "object has no model_id/completed; not a serve result,"
                    + " skipped", "not a serve result");
            return;
        }
        int runNumber = o.has("run_number") ? o.get("run_number").asInt(0) : 0;
        if (runNumber < 0) {
            ctx.diagnostics().info("sweep warm-up run (run_number " + runNumber + ") at line " + line + " excluded");
            return;
        }
        objects++;
        variants.add(variant(o));
        ServeRun run = ServeRun.of(ctx, o, line, cell, index);
        requestRows += requests.add(o, line, run, requestRows);
        summaries.add(o, line, run);
    }

    int objects() {
        return objects;
    }

    int requestRows() {
        return requestRows;
    }

    String variants() {
        return String.join(" + ", variants);
    }

    /** The writer era of one object (§2.6) and whether it carries per-request arrays. */
    static String variant(JsonNode o) {
        String era;
        if (o.has("latencies") || o.has("start_times") || o.has("queue_times")) {
            era = "vllm bench serve (newest: latencies/start_times)";
        } else if (o.has("endpoint_type") || o.has("failed") || o.has("max_output_tokens_per_s")) {
            era = "vllm bench serve (2025+)";
        } else if (o.has("request_inthroughput") || o.has("input_throughput")) {
            era = "legacy benchmark_serving.py (<= v0.4)";
        } else {
            era = "legacy benchmark_serving.py (v0.5-v0.10)";
        }
        String detail;
        if (o.has("ttfts") && o.has("errors")) {
            detail = o.has("endpoint_type") || o.has("failed") ? "--save-detailed" : "per-request arrays (#15794)";
        } else if (o.has("ttfts")) {
            detail = "per-request arrays without errors[]";
        } else if (o.has("latencies")) {
            detail = "latencies only (no --save-detailed)";
        } else {
            detail = "statistics only";
        }
        return era + ", " + detail;
    }
}
