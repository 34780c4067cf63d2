package dev.chimera.workbench.ingest.peer.guidellm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * GuideLLM {@code benchmarks.json} (peer-formats §5): one benchmark per load level. Sampled per-request records
 * of every status go to {@code runs} (errored and incomplete ones kept and marked), the StatusDistributionSummary
 * metrics of all requests go to {@code summaries} with the population they were computed over.
 */
final class GuideLlmBenchmarksReader implements FormatReader {

    @Override
    public String id() {
        return "guidellm.benchmarks.json";
    }

    @Override
    public String displayName() {
        return "GuideLLM benchmarks (JSON)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        if (!probe.jsonTopLevelKeys().contains("benchmarks")) {
            return 0;
        }
        String head = probe.head();
        boolean content = head.contains("\"generative_benchmark\"") || head.contains("\"time_to_first_token_ms\"");
        if (!content) {
            return 0;
        }
        return probe.lowerName().equals("benchmarks.json") ? 92 : 88;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        JsonNode root = JsonSupport.readDocument(ctx);
        if (root == null) {
            return;
        }
        if (!root.isObject() || !root.path("benchmarks").isArray()) {
            ctx.diagnostics().error(0, 0, "no 'benchmarks' array; nothing loaded");
            return;
        }
        GuideLlmLayout layout = GuideLlmLayout.of(root);
        String version = JsonSupport.text(root.path("metadata"), "guidellm_version");
        String variant = "variant: GuideLLM " + layout.label() + (version == null ? "" : ", guidellm " + version);
        ctx.diagnostics().info(variant);
        ctx.note(variant.substring("variant: ".length()));
        GuideLlmRequests requests = new GuideLlmRequests(ctx, layout);
        GuideLlmMetrics metrics = new GuideLlmMetrics(ctx);
        JsonNode benchmarks = root.get("benchmarks");
        for (int i = 0; i < benchmarks.size(); i++) {
            ctx.checkCancelled();
            JsonNode bench = benchmarks.get(i);
            if (!bench.isObject()) {
                ctx.diagnostics().warning(0, 0, "benchmarks[" + i + "] is not an object; skipped");
                continue;
            }
            Run run = run(ctx, root, bench, i);
            metrics.add(run, bench);
            requests.add(run, bench);
        }
        requests.finish();
    }

    /** What every row of one benchmark (= one load level) shares. */
    record Run(int index, String label, String runId, String backend, String model, String scenario,
               double concurrency, double rate) {
    }

    private static Run run(ReadContext ctx, JsonNode root, JsonNode bench, int index) {
        JsonNode config = bench.path("config");
        JsonNode args = bench.path("args"); // v0.3 per-benchmark args
        JsonNode strategy = config.has("strategy") ? config.path("strategy") : args.path("strategy");
        String type = first(JsonSupport.text(strategy, "type_"), JsonSupport.text(strategy, "type"), "benchmark");
        double streams = JsonSupport.number(strategy, "streams");
        double rate = JsonSupport.number(strategy, "rate");
        double maxConcurrency = JsonSupport.number(strategy, "max_concurrency");
        String label = type;
        if (!Double.isNaN(streams)) {
            label += " streams=" + plain(streams);
        } else if (!Double.isNaN(rate)) {
            label += " rate=" + plain(rate);
        }
        double concurrency = !Double.isNaN(streams) ? streams
                : !Double.isNaN(maxConcurrency) ? maxConcurrency
                : type.equals("synchronous") ? 1 : Double.NaN;
        JsonNode topArgs = root.path("args");
        JsonNode topConfig = root.path("config");
        String model = first(JsonSupport.text(config.path("backend"), "model"),
                JsonSupport.text(topConfig.path("backend"), "model"), JsonSupport.text(topConfig, "model"),
                JsonSupport.text(topArgs, "model"), JsonSupport.text(bench.path("worker"), "backend_model"), "");
        String backend = first(JsonSupport.text(bench.path("worker"), "backend_type"),
                kindOf(config.path("backend")), kindOf(topConfig.path("backend")),
                JsonSupport.text(topArgs, "backend"), JsonSupport.text(topArgs, "backend_type"), "");
        JsonNode profile = config.has("profile") ? config.get("profile")
                : args.has("profile") ? args.get("profile") : topArgs.path("profile");
        String scenario = profile.isTextual() ? profile.asText() : first(kindOf(profile), "");
        String runId = ctx.relativePath() + "#" + index + " " + label;
        return new Run(index, label, runId, backend, model, scenario, concurrency, rate);
    }

    private static String kindOf(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        return first(JsonSupport.text(n, "type_"), JsonSupport.text(n, "type"), JsonSupport.text(n, "kind"));
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /** 4.5 → "4.5", 8.0 → "8". */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
