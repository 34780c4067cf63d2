package dev.chimera.workbench.sampledata.peer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.sampledata.PyJson;
import dev.chimera.workbench.sampledata.SampleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code genai-perf profile --streaming --concurrency N} artifacts (peer-formats §4.1–§4.4): perf_analyzer's
 * {@code profile_export.json} (epoch-ns request timestamp, one response timestamp per SSE chunk including the
 * final {@code [DONE]} event, no error text; a rejected request has no responses) and
 * {@code profile_export_genai_perf.json}. GenAI-Perf drops the rejected requests and the {@code [DONE]} event,
 * computes times in ns (its ITL per request = round((e2e − TTFT)/(OSL − 1)) ns) and writes ms statistics:
 * population std, linear percentiles; the 2025 nested input_config.
 */
final class GenaiPerfFiles {
    /** The [DONE] event arrives this long after the last token chunk. */
    private static final long DONE_AFTER_NS = 180_000L;

    private GenaiPerfFiles() {
    }

    static void write(Path root, Experiment exp) throws IOException {
        for (int k = 0; k < exp.loads().size(); k++) {
            LoadPoint lp = exp.loads().get(k);
            Path dir = root.resolve(Experiment.MODEL_DIR + "-openai-chat-concurrency" + lp.concurrency());
            long t0Ns = Experiment.startEpochUs("genai-perf", k) * 1000L;
            SampleFiles.write(dir.resolve("profile_export.json"), PyJson.line(raw(lp, t0Ns)) + "\n");
            SampleFiles.write(dir.resolve("profile_export_genai_perf.json"), PyJson.pretty(aggregate(lp)));
        }
    }

    private static ObjectNode raw(LoadPoint lp, long t0Ns) {
        ObjectNode doc = PyJson.obj();
        ObjectNode exp = doc.putArray("experiments").addObject();
        ObjectNode e = exp.putObject("experiment");
        e.put("mode", "concurrency");
        e.put("value", lp.concurrency());
        ArrayNode requests = exp.putArray("requests");
        for (SimRequest r : lp.requests()) {
            ObjectNode q = requests.addObject();
            long start = t0Ns + r.startUs() * 1000L;
            q.put("timestamp", start);
            q.putObject("request_inputs").put("payload", "{\"messages\":[{\"role\":\"user\",\"content\":\"<"
                    + r.inputTokens() + " tokens>\"}],\"model\":\"" + Experiment.MODEL
                    + "\",\"stream\":true,\"max_tokens\":160}");
            ArrayNode ts = q.putArray("response_timestamps");
            ArrayNode outs = q.putArray("response_outputs");
            if (!r.ok()) {
                continue;
            }
            for (int c = 0; c < r.outputTokens(); c++) {
                ts.add(t0Ns + r.chunkUs(c) * 1000L);
                outs.addObject().put("response", "data: {\"choices\":[{\"delta\":{\"content\":\""
                        + GeneratedText.token(r, c) + "\"}}]}\n\n");
            }
            ts.add(t0Ns + r.endUs() * 1000L + DONE_AFTER_NS);
            outs.addObject().put("response", "data: [DONE]\n\n");
        }
        long last = t0Ns + lp.spanUs() * 1000L + DONE_AFTER_NS;
        exp.putArray("window_boundaries").add(t0Ns).add(last);
        doc.put("version", "2.0.0");
        doc.put("service_kind", "openai");
        doc.put("endpoint", "v1/chat/completions");
        return doc;
    }

    private static ObjectNode aggregate(LoadPoint lp) {
        List<Double> ttft = new ArrayList<>();
        List<Double> ttst = new ArrayList<>();
        List<Double> latency = new ArrayList<>();
        List<Double> itl = new ArrayList<>();
        List<Double> perUser = new ArrayList<>();
        List<Double> osl = new ArrayList<>();
        List<Double> isl = new ArrayList<>();
        long minStart = Long.MAX_VALUE;
        long maxEnd = 0;
        long totalOsl = 0;
        for (SimRequest r : lp.ok()) {
            minStart = Math.min(minStart, r.startUs());
            maxEnd = Math.max(maxEnd, r.endUs());
            long e2eNs = r.e2eUs() * 1000L;
            long ttftNs = r.ttftUs() * 1000L;
            ttft.add((double) ttftNs);
            latency.add((double) e2eNs);
            osl.add((double) r.outputTokens());
            isl.add((double) r.inputTokens());
            totalOsl += r.outputTokens();
            if (r.outputTokens() > 1) {
                ttst.add((double) r.gapsUs()[0] * 1000L);
                double itlNs = Math.rint((double) (e2eNs - ttftNs) / (r.outputTokens() - 1));
                itl.add(itlNs);
                perUser.add(1e9 / itlNs);
            }
        }
        double durationS = (maxEnd - minStart) / 1e6; // GenAI-Perf drops the [DONE] event first
        ObjectNode o = PyJson.obj();
        o.set("time_to_first_token", PerfStatBlocks.genaiPerf("ms", ttft, 1e-6));
        o.set("time_to_second_token", PerfStatBlocks.genaiPerf("ms", ttst, 1e-6));
        o.set("inter_token_latency", PerfStatBlocks.genaiPerf("ms", itl, 1e-6));
        o.set("request_latency", PerfStatBlocks.genaiPerf("ms", latency, 1e-6));
        o.set("output_sequence_length", PerfStatBlocks.genaiPerf("tokens", osl, 1));
        o.set("input_sequence_length", PerfStatBlocks.genaiPerf("tokens", isl, 1));
        o.set("output_token_throughput_per_user", PerfStatBlocks.genaiPerf("tokens/sec/user", perUser, 1));
        o.set("output_token_throughput", PerfStatBlocks.scalar("tokens/sec", totalOsl / durationS));
        o.set("request_throughput", PerfStatBlocks.scalar("requests/sec", lp.ok().size() / durationS));
        o.set("request_count", PerfStatBlocks.scalar("count", lp.ok().size()));
        ObjectNode cfg = o.putObject("input_config");
        cfg.putArray("model_names").add(Experiment.MODEL);
        ObjectNode endpoint = cfg.putObject("endpoint");
        endpoint.put("service_kind", "openai");
        endpoint.put("type", "chat");
        endpoint.put("streaming", true);
        endpoint.put("url", "localhost:8000");
        cfg.putObject("perf_analyzer").putObject("stimulus").put("concurrency", lp.concurrency());
        return o;
    }
}
