package dev.chimera.workbench.sampledata.peer;

import static dev.chimera.workbench.sampledata.peer.ToolStats.ms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.sampledata.PyJson;
import dev.chimera.workbench.sampledata.SampleFiles;
import dev.chimera.workbench.sampledata.SeededRandom;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aiperf profile --streaming --concurrency N --request-count 200} v0.1.x artifacts (peer-formats §3.1–§3.3):
 * {@code profile_export.jsonl} (one record per request in completion order, epoch-ns metadata, metric values
 * in ms with their unit, failed requests with only {@code error_isl} and an {@code error} object) and
 * {@code profile_export_aiperf.json} (statistics over successful records: population std, linear percentiles,
 * inter_token_latency = (latency − TTFT)/(OSL − 1) for OSL ≥ 2, inter_chunk_latency pooled over every gap).
 */
final class AiperfFiles {
    private AiperfFiles() {
    }

    static void write(Path root, Experiment exp) throws IOException {
        for (int k = 0; k < exp.loads().size(); k++) {
            LoadPoint lp = exp.loads().get(k);
            Path dir = root.resolve(Experiment.MODEL_DIR + "-openai-chat-concurrency" + lp.concurrency());
            long t0Ns = Experiment.startEpochUs("aiperf", k) * 1000L;
            SeededRandom rnd = new SeededRandom(7100L + k);
            List<String> lines = new ArrayList<>();
            for (SimRequest r : lp.byCompletion()) {
                lines.add(PyJson.line(record(r, t0Ns, rnd)));
            }
            SampleFiles.writeLines(dir.resolve("profile_export.jsonl"), lines);
            SampleFiles.write(dir.resolve("profile_export_aiperf.json"), PyJson.pretty(aggregate(lp, t0Ns)));
        }
    }

    private static ObjectNode record(SimRequest r, long t0Ns, SeededRandom rnd) {
        ObjectNode o = PyJson.obj();
        ObjectNode meta = o.putObject("metadata");
        long startNs = t0Ns + r.startUs() * 1000L;
        meta.put("session_num", r.index());
        meta.put("x_request_id", uuid(rnd));
        meta.put("x_correlation_id", uuid(rnd));
        meta.put("conversation_id", "session_" + r.index());
        meta.put("turn_index", 0);
        meta.put("request_start_ns", startNs);
        meta.put("request_ack_ns", startNs + (r.ok() ? 1_850_000L + rnd.nextInt(900_000) : r.errorLatencyUs() * 1000L));
        meta.put("request_end_ns", startNs + r.e2eUs() * 1000L);
        meta.put("worker_id", "worker_" + Integer.toHexString(0x1a2b + r.index() % 4));
        meta.put("record_processor_id", "record_processor_5e6f");
        meta.put("benchmark_phase", "profiling");
        meta.put("was_cancelled", false);
        meta.putNull("cancellation_time_ns");
        ObjectNode m = o.putObject("metrics");
        if (!r.ok()) {
            metric(m, "error_isl", r.inputTokens(), "tokens");
            ObjectNode err = o.putObject("error");
            err.put("code", 400);
            err.put("type", "Bad Request");
            err.put("message", "This model's maximum context length is 32768 tokens. However, you requested "
                    + (r.inputTokens() + 2048) + " tokens.");
            return o;
        }
        metric(m, "input_sequence_length", r.inputTokens(), "tokens");
        m.set("time_to_first_token", valued(ms(r.ttftUs()), "ms"));
        if (r.outputTokens() > 1) {
            m.set("time_to_second_token", valued(ms(r.gapsUs()[0]), "ms"));
        }
        m.set("request_latency", valued(ms(r.e2eUs()), "ms"));
        if (r.outputTokens() > 1) {
            m.set("inter_token_latency", valued(PyJson.num(itlMs(r)), "ms"));
            ArrayNode gaps = PyJson.arr();
            for (long g : r.gapsUs()) {
                gaps.add(ms(g));
            }
            m.set("inter_chunk_latency", valued(gaps, "ms"));
        }
        metric(m, "output_token_count", r.outputTokens(), "tokens");
        metric(m, "output_sequence_length", r.outputTokens(), "tokens");
        if (r.outputTokens() > 1) {
            m.set("output_token_throughput_per_user", valued(PyJson.num(1000.0 / itlMs(r)), "tokens/sec/user"));
        }
        o.putNull("error");
        return o;
    }

    /** AIPerf's inter_token_latency of one record, ms. */
    static double itlMs(SimRequest r) {
        return (r.e2eUs() - r.ttftUs()) / 1000.0 / (r.outputTokens() - 1);
    }

    private static ObjectNode aggregate(LoadPoint lp, long t0Ns) {
        List<Double> ttft = new ArrayList<>();
        List<Double> ttst = new ArrayList<>();
        List<Double> latency = new ArrayList<>();
        List<Double> itl = new ArrayList<>();
        List<Double> icl = new ArrayList<>();
        List<Double> perUser = new ArrayList<>();
        List<Double> osl = new ArrayList<>();
        List<Double> isl = new ArrayList<>();
        long minStart = Long.MAX_VALUE;
        long maxEnd = 0;
        long totalOsl = 0;
        for (SimRequest r : lp.requests()) {
            minStart = Math.min(minStart, r.startUs());
            maxEnd = Math.max(maxEnd, r.endUs());
            if (!r.ok()) {
                continue;
            }
            ttft.add(r.ttftUs() / 1000.0);
            latency.add(r.e2eUs() / 1000.0);
            osl.add((double) r.outputTokens());
            isl.add((double) r.inputTokens());
            totalOsl += r.outputTokens();
            if (r.outputTokens() > 1) {
                ttst.add(r.gapsUs()[0] / 1000.0);
                itl.add(itlMs(r));
                perUser.add(1000.0 / itlMs(r));
                for (long g : r.gapsUs()) {
                    icl.add(g / 1000.0);
                }
            }
        }
        double durationS = (maxEnd - minStart) / 1e6;
        int okCount = lp.ok().size();
        int errors = lp.requests().size() - okCount;
        ObjectNode o = PyJson.obj();
        o.set("request_throughput", PerfStatBlocks.scalar("requests/sec", okCount / durationS));
        o.set("request_latency", PerfStatBlocks.aiperf("ms", latency));
        o.set("time_to_first_token", PerfStatBlocks.aiperf("ms", ttft));
        o.set("time_to_second_token", PerfStatBlocks.aiperf("ms", ttst));
        o.set("inter_token_latency", PerfStatBlocks.aiperf("ms", itl));
        o.set("inter_chunk_latency", PerfStatBlocks.aiperf("ms", icl));
        o.set("output_token_throughput_per_user", PerfStatBlocks.aiperf("tokens/sec/user", perUser));
        o.set("output_sequence_length", PerfStatBlocks.aiperf("tokens", osl));
        o.set("output_token_count", PerfStatBlocks.aiperf("tokens", osl));
        o.set("input_sequence_length", PerfStatBlocks.aiperf("tokens", isl));
        o.set("output_token_throughput", PerfStatBlocks.scalar("tokens/sec", totalOsl / durationS));
        o.set("benchmark_duration", PerfStatBlocks.scalar("sec", durationS));
        o.set("request_count", PerfStatBlocks.scalar("requests", okCount));
        o.set("error_request_count", PerfStatBlocks.scalar("requests", errors));
        ObjectNode cfg = o.putObject("input_config");
        ObjectNode endpoint = cfg.putObject("endpoint");
        endpoint.putArray("model_names").add(Experiment.MODEL);
        endpoint.put("type", "chat");
        endpoint.put("streaming", true);
        endpoint.put("url", "http://localhost:8000");
        ObjectNode loadgen = cfg.putObject("loadgen");
        loadgen.put("concurrency", lp.concurrency());
        loadgen.put("request_count", LoadPoint.REQUESTS);
        o.put("was_cancelled", false);
        ObjectNode err = o.putArray("error_summary").addObject();
        ObjectNode details = err.putObject("error_details");
        details.put("code", 400);
        details.put("type", "Bad Request");
        details.put("message", "This model's maximum context length is 32768 tokens.");
        err.put("count", errors);
        o.put("start_time", iso(t0Ns + minStart * 1000L));
        o.put("end_time", iso(t0Ns + maxEnd * 1000L));
        return o;
    }

    private static ObjectNode valued(com.fasterxml.jackson.databind.JsonNode value, String unit) {
        ObjectNode o = PyJson.obj();
        o.set("value", value);
        o.put("unit", unit);
        return o;
    }

    private static void metric(ObjectNode m, String tag, int value, String unit) {
        ObjectNode o = m.putObject(tag);
        o.put("value", value);
        o.put("unit", unit);
    }

    /** Local naive ISO time of the host (its clock is on UTC). */
    private static String iso(long epochNs) {
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochNs / 1_000_000_000L,
                epochNs % 1_000_000_000L), ZoneOffset.UTC);
        return String.format(java.util.Locale.ROOT, "%s.%06d", t.withNano(0).toString().length() == 16
                ? t.withNano(0) + ":00" : t.withNano(0).toString(), t.getNano() / 1000);
    }

    private static String uuid(SeededRandom rnd) {
        return rnd.hex(8) + "-" + rnd.hex(4) + "-4" + rnd.hex(3) + "-8" + rnd.hex(3) + "-" + rnd.hex(12);
    }
}
