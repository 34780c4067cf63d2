package dev.chimera.workbench.sampledata.peer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.sampledata.PyJson;
import dev.chimera.workbench.sampledata.SampleFiles;
import dev.chimera.workbench.sampledata.SeededRandom;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code guidellm benchmark --profile concurrent --rate 4,16 --max-requests 200 --sample-requests none}
 * {@code benchmarks.json} in the v0.7 layout (peer-formats §5): every request listed (sample_requests null), epoch
 * second timings, and the metrics block computed GuideLLM's way from the same requests: a value a request does
 * not have is entered as 0 (TTFT / output tokens of a rejected request), time_per_output_token_ms is weighted by
 * output tokens, inter_token_latency_ms by output tokens − 1 (see {@link GuideLlmDistribution}). The time-based
 * distributions (requests_per_second, request_concurrency, *_per_second) are not generated.
 */
final class GuideLlmFile {
    private GuideLlmFile() {
    }

    static void write(Path dir, Experiment exp) throws IOException {
        SeededRandom rnd = new SeededRandom(5500L);
        ObjectNode root = PyJson.obj();
        ObjectNode meta = root.putObject("metadata");
        meta.put("version", 2);
        meta.put("guidellm_version", "0.7.0");
        meta.put("python_version", "3.12.3");
        meta.put("platform", "Linux-6.8.0-52-generic-x86_64-with-glibc2.39");
        ObjectNode config = root.putObject("config");
        config.put("profile", "concurrent");
        backend(config.putObject("backend"));
        config.put("max_requests", LoadPoint.REQUESTS);
        config.putNull("sample_requests");
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (int k = 0; k < exp.loads().size(); k++) {
            benchmarks.add(benchmark(exp.loads().get(k), k, Experiment.startEpochUs("guidellm", k), rnd));
        }
        SampleFiles.write(dir.resolve("benchmarks.json"), PyJson.pretty(root));
    }

    private static void backend(ObjectNode b) {
        b.put("type_", "openai_http");
        b.put("target", "http://localhost:8000");
        b.put("model", Experiment.MODEL);
    }

    private static ObjectNode benchmark(LoadPoint lp, int k, long t0Us, SeededRandom rnd) {
        ObjectNode b = PyJson.obj();
        b.put("type_", "generative_benchmark");
        ObjectNode config = b.putObject("config");
        config.put("id_", rnd.hex(8) + "-" + rnd.hex(4) + "-" + rnd.hex(4) + "-" + rnd.hex(4) + "-" + rnd.hex(12));
        config.put("run_id", "3f6a1c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b");
        config.put("run_index", k);
        ObjectNode strategy = config.putObject("strategy");
        strategy.put("type_", "concurrent");
        strategy.put("streams", lp.concurrency());
        config.putNull("sample_requests");
        config.putObject("profile").put("type_", "concurrent");
        backend(config.putObject("backend"));
        long end = t0Us + lp.spanUs();
        b.set("start_time", epoch(t0Us));
        b.set("end_time", epoch(end));
        b.set("duration", ToolStats.sec(lp.spanUs()));
        b.set("metrics", metrics(lp));
        ObjectNode requests = b.putObject("requests");
        ArrayNode ok = requests.putArray("successful");
        requests.putArray("incomplete");
        ArrayNode errored = requests.putArray("errored");
        requests.putNull("total");
        for (SimRequest r : lp.requests()) {
            (r.ok() ? ok : errored).add(request(r, t0Us, rnd));
        }
        return b;
    }

    private static ObjectNode request(SimRequest r, long t0Us, SeededRandom rnd) {
        ObjectNode o = PyJson.obj();
        String id = rnd.hex(8) + "-" + rnd.hex(4) + "-" + rnd.hex(4) + "-" + rnd.hex(4) + "-" + rnd.hex(12);
        o.put("type_", "generative_request_stats");
        o.put("request_id", id);
        o.put("request_type", "chat_completions");
        ObjectNode info = o.putObject("info");
        info.put("request_id", id);
        info.put("status", r.ok() ? "completed" : "errored");
        ObjectNode t = info.putObject("timings");
        long start = t0Us + r.startUs();
        t.set("request_start", epoch(start));
        if (r.ok()) {
            t.set("first_token_iteration", epoch(start + r.ttftUs()));
            t.set("last_token_iteration", epoch(start + r.e2eUs()));
            t.put("token_iterations", r.outputTokens());
        } else {
            t.putNull("first_token_iteration");
            t.putNull("last_token_iteration");
            t.put("token_iterations", 0);
        }
        t.set("request_end", epoch(start + r.e2eUs()));
        if (r.ok()) {
            info.putNull("error");
        } else {
            info.put("error", "400 " + r.error());
        }
        o.put("prompt_tokens", r.inputTokens());
        if (r.ok()) {
            o.put("output_tokens", r.outputTokens());
        } else {
            o.putNull("output_tokens");
        }
        o.set("request_latency", ToolStats.sec(r.e2eUs()));
        o.set("time_to_first_token_ms", r.ok() ? ToolStats.ms(r.ttftUs()) : PyJson.num(Double.NaN));
        o.set("inter_token_latency_ms", r.ok() && r.outputTokens() > 1 ? PyJson.num(itlMs(r))
                : PyJson.num(Double.NaN));
        o.set("time_per_output_token_ms", r.ok() ? PyJson.num(tpotMs(r)) : PyJson.num(Double.NaN));
        return o;
    }

    /** GuideLLM's inter_token_latency_ms: (last token − first token) / (output tokens − 1). */
    static double itlMs(SimRequest r) {
        return (r.e2eUs() - r.ttftUs()) / 1000.0 / (r.outputTokens() - 1);
    }

    /** GuideLLM's time_per_output_token_ms: (last token − request start) / output tokens (TTFT included). */
    static double tpotMs(SimRequest r) {
        return r.e2eUs() / 1000.0 / r.outputTokens();
    }

    private static ObjectNode metrics(LoadPoint lp) {
        ObjectNode m = PyJson.obj();
        int ok = lp.ok().size();
        int errored = lp.requests().size() - ok;
        ObjectNode totals = m.putObject("request_totals");
        totals.put("successful", ok);
        totals.put("incomplete", 0);
        totals.put("errored", errored);
        totals.put("total", ok + errored);
        List<SimRequest> all = lp.requests();
        m.set("request_latency", status(all, r -> new double[] {r.e2eUs() / 1e6, 1}));
        m.set("prompt_token_count", status(all, r -> new double[] {r.inputTokens(), 1}));
        m.set("output_token_count", status(all, r -> new double[] {r.outputTokens(), 1}));
        m.set("time_to_first_token_ms", status(all, r -> new double[] {r.ok() ? r.ttftUs() / 1000.0 : 0, 1}));
        m.set("time_per_output_token_ms", status(all, r -> new double[] {r.ok() ? tpotMs(r) : 0,
            r.outputTokens()}));
        m.set("inter_token_latency_ms", status(all, r -> new double[] {
            r.ok() && r.outputTokens() > 1 ? itlMs(r) : 0, Math.max(r.outputTokens(), 1) - 1}));
        return m;
    }

    /** A StatusDistributionSummary: successful, incomplete, errored and their union. */
    private static ObjectNode status(List<SimRequest> all, Function<SimRequest, double[]> valueAndWeight) {
        GuideLlmDistribution ok = new GuideLlmDistribution();
        GuideLlmDistribution errored = new GuideLlmDistribution();
        for (SimRequest r : all) {
            double[] vw = valueAndWeight.apply(r);
            (r.ok() ? ok : errored).add(vw[0], vw[1]);
        }
        ObjectNode s = PyJson.obj();
        s.set("successful", ok.toJson());
        s.set("incomplete", new GuideLlmDistribution().toJson());
        s.set("errored", errored.toJson());
        s.set("total", new GuideLlmDistribution().addAll(ok).addAll(errored).toJson());
        return s;
    }

    private static com.fasterxml.jackson.databind.JsonNode epoch(long us) {
        return PyJson.decimal(ToolStats.plain(BigDecimal.valueOf(us, 6)));
    }
}
