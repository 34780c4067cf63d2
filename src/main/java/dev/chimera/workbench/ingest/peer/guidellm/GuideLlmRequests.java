package dev.chimera.workbench.ingest.peer.guidellm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.peer.guidellm.GuideLlmBenchmarksReader.Run;
import dev.chimera.workbench.model.RunColumns;

/**
 * Per-request records of {@code benchmarks[i].requests.{successful,errored,incomplete}} → {@code runs} rows.
 * Timings are epoch seconds; v0.3 keeps them at the top of the record, v0.4+ under {@code info.timings}. The
 * canonical TPOT is recomputed; GuideLLM's own {@code time_per_output_token_ms} (which includes TTFT in v0.4+
 * and divides by n instead of n − 1 in v0.3) is kept as {@code native_tpot_ms}.
 */
final class GuideLlmRequests {
    private static final String[] STATUSES = {"successful", "errored", "incomplete"};

    private final ReadContext ctx;
    private final GuideLlmLayout layout;
    private int ordinal;
    private int placeholders;

    GuideLlmRequests(ReadContext ctx, GuideLlmLayout layout) {
        this.ctx = ctx;
        this.layout = layout;
    }

    void add(Run run, JsonNode bench) {
        JsonNode requests = bench.path("requests");
        double origin = Double.NaN;
        int listed = 0;
        for (String status : STATUSES) {
            for (JsonNode r : array(requests, status)) {
                double s = startS(r);
                origin = Double.isNaN(origin) || s < origin ? s : origin;
                listed++;
            }
        }
        boolean sampled = sampled(run, bench, listed);
        int idx = 0;
        for (String status : STATUSES) {
            for (JsonNode r : array(requests, status)) {
                emit(run, r, status, idx++, origin, sampled);
            }
        }
        ctx.addRecords(listed);
    }

    void finish() {
        if (placeholders > 0) {
            ctx.diagnostics().info(placeholders + " zero placeholder(s) (TTFT or latency of errored/incomplete"
                    + " requests without the matching timestamp) read as missing");
        }
    }

    /** v0.4+ keep only sample_requests per status (default 10); v0.3 only with --output-sampling. */
    private boolean sampled(Run run, JsonNode bench, int listed) {
        JsonNode totals = bench.path("metrics").has("request_totals") ? bench.path("metrics").path("request_totals")
                : bench.path("request_totals");
        int total = JsonSupport.integer(totals, "total");
        JsonNode limit = bench.path("config").has("sample_requests") ? bench.path("config").get("sample_requests")
                : bench.get("request_samples");
        boolean sampled = total != Integer.MIN_VALUE ? listed < total
                : limit != null && !limit.isNull() && !limit.isMissingNode();
        if (sampled) {
            ctx.diagnostics().warning(0, 0, "benchmark " + run.index() + " (" + run.label() + "): per-request"
                    + " rows are a sample (" + listed + " of " + (total == Integer.MIN_VALUE ? "?" : total)
                    + " requests" + (limit != null && limit.isNumber() ? ", sample_requests=" + limit.asInt() : "")
                    + "); its summaries cover all requests — do not recompute statistics from these rows");
        }
        return sampled;
    }

    private void emit(Run run, JsonNode r, String list, int idx, double origin, boolean sampled) {
        boolean ok = list.equals("successful");
        JsonNode timings = r.path("info").path("timings");
        double start = startS(r);
        double first = firstNumber(timings, "first_token_iteration", r, "first_token_time");
        double last = firstNumber(timings, "last_token_iteration", r, "last_token_time");
        double end = firstNumber(timings, "request_end", r, "end_time");
        if (Double.isNaN(end)) {
            end = JsonSupport.number(r, "request_end_time");
        }
        double e2e = JsonSupport.number(r, "request_latency") * 1000;
        if (Double.isNaN(e2e) && !Double.isNaN(start) && !Double.isNaN(end)) {
            e2e = (end - start) * 1000;
        }
        double ttft = JsonSupport.number(r, "time_to_first_token_ms");
        if (Double.isNaN(ttft) && !Double.isNaN(start) && !Double.isNaN(first)) {
            ttft = (first - start) * 1000;
        }
        if (!ok && ttft == 0 && Double.isNaN(first)) {
            ttft = Double.NaN;
            placeholders++;
        }
        if (!ok && e2e == 0 && Double.isNaN(end)) {
            e2e = Double.NaN;
            placeholders++;
        }
        int out = JsonSupport.integer(r, "output_tokens");
        int in = JsonSupport.integer(r, "prompt_tokens");
        if (in == Integer.MIN_VALUE) {
            in = JsonSupport.integer(r, "input_tokens");
        }
        double itl = JsonSupport.number(r, "inter_token_latency_ms");
        if (Double.isNaN(itl) && out > 1 && !Double.isNaN(first) && !Double.isNaN(last)) {
            itl = (last - first) * 1000 / (out - 1);
        }
        double tpot = out > 1 ? (e2e - ttft) / (out - 1) : Double.NaN;

        TableBuffer b = ctx.newRunRow(0);
        String id = JsonSupport.text(r, "request_id");
        b.set(RunColumns.REQUEST_ID, id != null ? id : ctx.relativePath() + "#" + ordinal);
        ordinal++;
        b.set(RunColumns.RUN_ID, run.runId());
        b.set(RunColumns.RUN_LABEL, run.label());
        b.set(RunColumns.BACKEND, run.backend());
        b.set(RunColumns.MODEL, run.model());
        b.set(RunColumns.SCENARIO, run.scenario());
        b.set(RunColumns.CONCURRENCY, run.concurrency());
        b.set(RunColumns.REQUEST_RATE, run.rate());
        b.set(RunColumns.SAMPLE_IDX, idx);
        b.set(RunColumns.STATUS, ok ? "ok" : list.equals("errored") ? "error" : "incomplete");
        String error = JsonSupport.text(r.path("info"), "error");
        b.set(RunColumns.ERROR, error != null ? error : first(JsonSupport.text(r, "error")));
        b.set(RunColumns.START_EPOCH_MS, start * 1000);
        b.set(RunColumns.START_MS, (start - origin) * 1000);
        b.set(RunColumns.TTFT_MS, ttft);
        b.set(RunColumns.E2E_MS, e2e);
        b.set(RunColumns.LATENCY_MS, e2e);
        b.set(RunColumns.TPOT_MS, tpot);
        b.set(RunColumns.ITL_MS, itl);
        b.set(RunColumns.PROMPT_TOKENS, in);
        b.set(RunColumns.GEN_TOKENS, out);
        b.set("native_tpot_ms", JsonSupport.number(r, "time_per_output_token_ms"));
        b.set("native_tpot_def", layout.v03() ? "(last_token-first_token)/n" : "(last_token-start)/n");
        b.set("sampled", sampled);
    }

    private static double startS(JsonNode r) {
        double s = firstNumber(r.path("info").path("timings"), "request_start", r, "start_time");
        return Double.isNaN(s) ? JsonSupport.number(r, "request_start_time") : s;
    }

    private static double firstNumber(JsonNode a, String aField, JsonNode b, String bField) {
        double v = JsonSupport.number(a, aField);
        return Double.isNaN(v) ? JsonSupport.number(b, bField) : v;
    }

    private static String first(String s) {
        return s == null ? "" : s;
    }

    private static Iterable<JsonNode> array(JsonNode requests, String status) {
        JsonNode arr = requests.path(status);
        return arr.isArray() ? arr : java.util.List.of();
    }
}
