package dev.chimera.workbench.ingest.peer.vllm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.SummaryRow;
import dev.chimera.workbench.ingest.peer.PeerJson;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics a vLLM serve result writes itself (peer-formats §2.3/§2.4): {@code mean|median|std|pP_<m>_ms}
 * over SUCCESSFUL requests only, std = np.std (population), percentiles = np.percentile (linear); plus the
 * scalar counts and throughputs. Values already in ms stay ms; {@code duration} (s) becomes ms.
 */
final class ServeSummaries {
    private static final Pattern STAT_KEY = Pattern.compile("^(mean|median|std|p(\\d+(?:\\.\\d+)?))_(.+)_ms$");
    private static final Map<String, String> METRICS = Map.of("ttft", "ttft", "tpot", "tpot", "itl", "itl",
            "e2el", "e2e_latency");

    /** A scalar key: canonical metric, statistic, unit, population, factor to the canonical unit. */
    private record Scalar(String metric, String statistic, String unit, String population, double factor) {
    }

    private static final Map<String, Scalar> SCALARS = Map.ofEntries(
            Map.entry("duration", new Scalar("duration", "value", "ms", "all", 1000)),
            Map.entry("num_prompts", new Scalar("request_count", "count", "", "all", 1)),
            Map.entry("completed", new Scalar("request_count", "count", "", "ok", 1)),
            Map.entry("failed", new Scalar("error_count", "count", "", "errored", 1)),
            Map.entry("total_input_tokens", new Scalar("input_tokens", "sum", "tokens", "ok", 1)),
            Map.entry("total_output_tokens", new Scalar("output_tokens", "sum", "tokens", "ok", 1)),
            Map.entry("request_throughput", new Scalar("request_throughput", "value", "req/s", "ok", 1)),
            Map.entry("request_inthroughput", new Scalar("request_throughput", "value", "req/s", "ok", 1)),
            Map.entry("request_goodput", new Scalar("goodput", "value", "req/s", "ok", 1)),
            Map.entry("request_goodput:", new Scalar("goodput", "value", "req/s", "ok", 1)),
            Map.entry("output_throughput", new Scalar("output_token_throughput", "value", "tokens/s", "ok", 1)),
            Map.entry("total_token_throughput", new Scalar("total_token_throughput", "value", "tokens/s", "ok", 1)),
            Map.entry("input_throughput", new Scalar("x.vllm.input_throughput", "value", "tokens/s", "ok", 1)),
            Map.entry("max_output_tokens_per_s",
                    new Scalar("x.vllm.max_output_tokens_per_s", "value", "tokens/s", "all", 1)),
            Map.entry("max_concurrent_requests", new Scalar("x.vllm.max_concurrent_requests", "value", "", "all", 1)),
            Map.entry("rtfx", new Scalar("x.vllm.rtfx", "value", "", "ok", 1)));

    private final ReadContext ctx;

    ServeSummaries(ReadContext ctx) {
        this.ctx = ctx;
    }

    void add(JsonNode o, long line, ServeRun run) {
        SummaryRow s = ctx.stats(line).group(run.backend, run.model, null, "serve").runLabel(run.label);
        double completed = PeerJson.number(ctx, o.get("completed"), line, "completed");
        boolean placeholders = completed == 0;
        if (placeholders) {
            ctx.diagnostics().warning(line, 0, "no request succeeded (completed = 0): the tool computed its "
                    + "statistics over [0], so the *_ms statistics are placeholders and were not loaded");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            Matcher m = STAT_KEY.matcher(key);
            if (m.matches()) {
                if (placeholders) {
                    continue;
                }
                String stat = m.group(2) != null ? PeerJson.percentile(m.group(2)) : m.group(1);
                String metric = METRICS.getOrDefault(m.group(3), "x.vllm." + m.group(3));
                boolean pctl = m.group(2) != null || stat.equals("median");
                s.metric(metric, "ms").population("ok").nativeKey(key)
                        .pctlMethod(pctl ? "linear" : null)
                        .stdKind(stat.equals("std") ? "population" : null)
                        .add(stat, PeerJson.number(ctx, e.getValue(), line, key));
                continue;
            }
            Scalar sc = SCALARS.get(key);
            if (sc != null) {
                double v = PeerJson.number(ctx, e.getValue(), line, key);
                s.metric(sc.metric(), sc.unit()).population(sc.population()).nativeKey(key).pctlMethod(null)
                        .stdKind(null).add(sc.statistic(), v * sc.factor());
            }
        }
        if (!o.has("failed")) {
            derivedFailures(o, line, s);
        }
    }

    /** Legacy files have no {@code failed}: count non-empty errors[], else num_prompts − completed. */
    private void derivedFailures(JsonNode o, long line, SummaryRow s) {
        JsonNode errors = o.get("errors");
        s.metric("error_count", "").population("errored").pctlMethod(null).stdKind(null);
        if (errors != null && errors.isArray()) {
            int n = 0;
            for (JsonNode e : errors) {
                if (!e.isNull() && !e.asText().isEmpty()) {
                    n++;
                }
            }
            s.nativeKey("errors (non-empty entries)").add("count", n);
            return;
        }
        double prompts = PeerJson.number(ctx, o.get("num_prompts"), line, "num_prompts");
        double completed = PeerJson.number(ctx, o.get("completed"), line, "completed");
        s.nativeKey("num_prompts - completed").add("count", prompts - completed);
    }
}
