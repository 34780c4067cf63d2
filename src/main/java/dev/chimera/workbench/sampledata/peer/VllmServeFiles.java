package dev.chimera.workbench.sampledata.peer;

import static dev.chimera.workbench.sampledata.peer.ToolStats.ms;
import static dev.chimera.workbench.sampledata.peer.ToolStats.sec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.sampledata.PyJson;
import dev.chimera.workbench.sampledata.SampleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code vllm bench serve --save-result --save-detailed --percentile-metrics ttft,tpot,itl,e2el
 * --metric-percentiles 50,90,99} (peer-formats §2.2/§2.3): per-request arrays in seconds (failed requests with
 * 0.0 / [] placeholders and errors[i]), statistics in ms over successful requests, np.std (population),
 * np.percentile (linear), TPOT only for outputs longer than one token, ITL pooled over every chunk gap.
 */
final class VllmServeFiles {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    /** perf_counter() origin: seconds since the client host booted. */
    private static final long PERF_COUNTER_ORIGIN_US = 81_234_567_891L;

    private VllmServeFiles() {
    }

    static void write(Path dir, Experiment exp) throws IOException {
        for (int k = 0; k < exp.loads().size(); k++) {
            LoadPoint lp = exp.loads().get(k);
            long startEpochUs = Experiment.startEpochUs("vllm", k);
            long durationUs = lp.spanUs() + 1_800; // perf_counter before the first POST to after the last chunk
            String date = DATE.format(Instant.ofEpochSecond((startEpochUs + durationUs) / 1_000_000L));
            String name = "openai-chat-infqps-concurrency" + lp.concurrency() + "-" + Experiment.MODEL_BASENAME
                    + "-" + date + ".json";
            SampleFiles.write(dir.resolve(name), PyJson.line(result(lp, date, durationUs)) + "\n");
        }
    }

    private static ObjectNode result(LoadPoint lp, String date, long durationUs) {
        List<SimRequest> all = lp.requests();
        List<SimRequest> ok = lp.ok();
        ObjectNode o = PyJson.obj();
        o.put("date", date);
        o.put("endpoint_type", "openai-chat");
        o.put("backend", "openai-chat");
        o.putNull("label");
        o.put("model_id", Experiment.MODEL);
        o.put("tokenizer_id", Experiment.MODEL);
        o.put("num_prompts", all.size());
        o.put("request_rate", "inf");
        o.set("burstiness", PyJson.num(1.0));
        o.put("max_concurrency", lp.concurrency());
        double durationS = durationUs / 1e6;
        long in = 0;
        long out = 0;
        for (SimRequest r : ok) {
            in += r.inputTokens();
            out += r.outputTokens();
        }
        o.set("duration", sec(durationUs));
        o.put("completed", ok.size());
        o.put("failed", all.size() - ok.size());
        o.put("total_input_tokens", in);
        o.put("total_output_tokens", out);
        o.set("request_throughput", PyJson.num(ok.size() / durationS));
        o.putNull("request_goodput");
        o.set("output_throughput", PyJson.num(out / durationS));
        o.set("total_token_throughput", PyJson.num((in + out) / durationS));
        o.set("max_output_tokens_per_s", PyJson.num(maxTokensPerSecond(ok)));
        o.put("max_concurrent_requests", maxConcurrent(all));
        arrays(o, all);
        stats(o, lp);
        return o;
    }

    private static void arrays(ObjectNode o, List<SimRequest> all) {
        ArrayNode inputLens = o.putArray("input_lens");
        ArrayNode outputLens = o.putArray("output_lens");
        ArrayNode ttfts = o.putArray("ttfts");
        ArrayNode itls = o.putArray("itls");
        ArrayNode latencies = o.putArray("latencies");
        ArrayNode starts = o.putArray("start_times");
        ArrayNode texts = o.putArray("generated_texts");
        ArrayNode errors = o.putArray("errors");
        for (SimRequest r : all) {
            inputLens.add(r.inputTokens());
            outputLens.add(r.outputTokens());
            ttfts.add(r.ok() ? sec(r.ttftUs()) : PyJson.num(0.0));
            ArrayNode gaps = itls.addArray();
            for (long g : r.gapsUs()) {
                gaps.add(sec(g));
            }
            latencies.add(r.ok() ? sec(r.e2eUs()) : PyJson.num(0.0));
            starts.add(sec(PERF_COUNTER_ORIGIN_US + r.startUs()));
            texts.add(r.ok() ? GeneratedText.of(r) : "");
            errors.add(r.error());
        }
    }

    private static void stats(ObjectNode o, LoadPoint lp) {
        List<Double> ttft = new ArrayList<>();
        List<Double> tpot = new ArrayList<>();
        List<Double> itl = new ArrayList<>();
        List<Double> e2el = new ArrayList<>();
        for (SimRequest r : lp.ok()) {
            ttft.add(r.ttftUs() / 1e6);
            e2el.add(r.e2eUs() / 1e6);
            if (r.outputTokens() > 1) {
                tpot.add((r.e2eUs() / 1e6 - r.ttftUs() / 1e6) / (r.outputTokens() - 1));
            }
            for (long g : r.gapsUs()) {
                itl.add(g / 1e6);
            }
        }
        block(o, "ttft", ttft);
        block(o, "tpot", tpot);
        block(o, "itl", itl);
        block(o, "e2el", e2el);
    }

    /** The writer's process_one_metric: mean / median / std / pNN of seconds × 1000. */
    private static void block(ObjectNode o, String m, List<Double> seconds) {
        double[] v = ToolStats.sorted(seconds);
        o.set("mean_" + m + "_ms", PyJson.num(ToolStats.mean(v) * 1000));
        o.set("median_" + m + "_ms", PyJson.num(ToolStats.linear(v, 50) * 1000));
        o.set("std_" + m + "_ms", PyJson.num(ToolStats.std(v, 0) * 1000));
        for (int p : new int[] {50, 90, 99}) {
            o.set("p" + p + "_" + m + "_ms", PyJson.num(ToolStats.linear(v, p) * 1000));
        }
    }

    /** Peak of output tokens per 1-s bucket since the first start. */
    private static double maxTokensPerSecond(List<SimRequest> ok) {
        java.util.Map<Long, Integer> buckets = new java.util.HashMap<>();
        for (SimRequest r : ok) {
            for (int k = 0; k < r.outputTokens(); k++) {
                buckets.merge(r.chunkUs(k) / 1_000_000L, 1, Integer::sum);
            }
        }
        return buckets.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static int maxConcurrent(List<SimRequest> all) {
        int max = 0;
        for (SimRequest a : all) {
            int n = 0;
            for (SimRequest b : all) {
                if (b.startUs() <= a.startUs() && b.endUs() > a.startUs()) {
                    n++;
                }
            }
            max = Math.max(max, n);
        }
        return max;
    }
}
