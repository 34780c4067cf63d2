package dev.chimera.workbench.sampledata.peer;

import static dev.chimera.workbench.sampledata.peer.ToolStats.sec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.sampledata.PyJson;
import dev.chimera.workbench.sampledata.SampleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * ray-project llmperf {@code token_benchmark_ray.py --mean-input-tokens 512 --mean-output-tokens 40
 * --num-concurrent-requests N --max-num-completed-requests 200} (peer-formats §6), one results dir per load point
 * because the file stem does not name the concurrency. Individual responses in completion order, seconds,
 * failed requests with their error code and zeros; {@code inter_token_latency_s} = (TTFT + Σgaps) / output
 * tokens (TTFT included). The summary is computed over non-errored requests with pandas: linear quantiles,
 * sample std (ddof 1), token min/max written as strings. This sample assumes the same tokenizer as the server
 * (real llmperf counts with the Llama-2 tokenizer).
 */
final class LlmperfFiles {
    static final String STEM = "Qwen-Qwen2.5-7B-Instruct_512_40";

    private LlmperfFiles() {
    }

    static void write(Path root, Experiment exp) throws IOException {
        for (int k = 0; k < exp.loads().size(); k++) {
            LoadPoint lp = exp.loads().get(k);
            Path dir = root.resolve("concurrency" + lp.concurrency());
            ArrayNode responses = PyJson.arr();
            for (SimRequest r : lp.byCompletion()) {
                responses.add(response(r));
            }
            SampleFiles.write(dir.resolve(STEM + "_individual_responses.json"), PyJson.pretty(responses));
            long endEpochS = (Experiment.startEpochUs("llmperf", k) + lp.spanUs()) / 1_000_000L + 1;
            SampleFiles.write(dir.resolve(STEM + "_summary.json"), PyJson.pretty(summary(lp, endEpochS)));
        }
    }

    private static ObjectNode response(SimRequest r) {
        ObjectNode o = PyJson.obj();
        if (r.ok()) {
            o.putNull("error_code");
            o.put("error_msg", "");
            o.set("inter_token_latency_s", PyJson.num(secPerToken(r)));
            o.set("ttft_s", sec(r.ttftUs()));
            o.set("end_to_end_latency_s", sec(r.e2eUs()));
            o.set("request_output_throughput_token_per_s", PyJson.num(r.outputTokens() / (r.e2eUs() / 1e6)));
            o.put("number_total_tokens", r.inputTokens() + r.outputTokens());
            o.put("number_output_tokens", r.outputTokens());
        } else {
            o.put("error_code", 400);
            o.put("error_msg", r.error());
            o.put("inter_token_latency_s", 0);
            o.put("ttft_s", 0);
            o.put("end_to_end_latency_s", 0);
            o.put("request_output_throughput_token_per_s", 0);
            o.put("number_total_tokens", r.inputTokens());
            o.put("number_output_tokens", 0);
        }
        o.put("number_input_tokens", r.inputTokens());
        return o;
    }

    /** llmperf's "inter token latency": (TTFT + Σ gaps) / output tokens, seconds. */
    static double secPerToken(SimRequest r) {
        return r.e2eUs() / 1e6 / r.outputTokens();
    }

    private static ObjectNode summary(LoadPoint lp, long timestamp) {
        List<SimRequest> ok = lp.ok();
        ObjectNode o = PyJson.obj();
        o.put("version", "2023-08-31");
        o.put("name", STEM + "_summary");
        o.put("model", Experiment.MODEL);
        o.put("mean_input_tokens", 512);
        o.put("stddev_input_tokens", 64);
        o.put("mean_output_tokens", 40);
        o.put("stddev_output_tokens", 16);
        o.put("num_concurrent_requests", lp.concurrency());
        o.put("additional_sampling_params_max_tokens", 160);
        List<Double> itl = new ArrayList<>();
        List<Double> ttft = new ArrayList<>();
        List<Double> e2e = new ArrayList<>();
        List<Double> tput = new ArrayList<>();
        List<Double> in = new ArrayList<>();
        List<Double> out = new ArrayList<>();
        long outSum = 0;
        for (SimRequest r : ok) {
            itl.add(secPerToken(r));
            ttft.add(r.ttftUs() / 1e6);
            e2e.add(r.e2eUs() / 1e6);
            tput.add(r.outputTokens() / (r.e2eUs() / 1e6));
            in.add((double) r.inputTokens());
            out.add((double) r.outputTokens());
            outSum += r.outputTokens();
        }
        series(o, "inter_token_latency_s", itl, false);
        series(o, "ttft_s", ttft, false);
        series(o, "end_to_end_latency_s", e2e, false);
        series(o, "request_output_throughput_token_per_s", tput, false);
        series(o, "number_input_tokens", in, true);
        series(o, "number_output_tokens", out, true);
        int errors = lp.requests().size() - ok.size();
        double wallS = lp.spanUs() / 1e6;
        o.put("results_num_requests_started", lp.requests().size());
        o.set("results_error_rate", PyJson.num((double) errors / lp.requests().size()));
        o.put("results_number_errors", errors);
        o.put("results_error_code_frequency", "{400: " + errors + "}");
        o.set("results_mean_output_throughput_token_per_s", PyJson.num(outSum / wallS));
        o.put("results_num_completed_requests", ok.size());
        o.set("results_num_completed_requests_per_min", PyJson.num(ok.size() / wallS * 60));
        o.put("timestamp", timestamp);
        return o;
    }

    private static void series(ObjectNode o, String m, List<Double> values, boolean integers) {
        double[] v = ToolStats.sorted(values);
        String p = "results_" + m + "_";
        for (int q : new int[] {25, 50, 75, 90, 95, 99}) {
            o.set(p + "quantiles_p" + q, PyJson.num(ToolStats.linear(v, q)));
        }
        o.set(p + "mean", PyJson.num(ToolStats.mean(v)));
        if (integers) {
            o.put(p + "min", Long.toString((long) v[0]));
            o.put(p + "max", Long.toString((long) v[v.length - 1]));
        } else {
            o.set(p + "min", PyJson.num(v[0]));
            o.set(p + "max", PyJson.num(v[v.length - 1]));
        }
        o.set(p + "stddev", PyJson.num(ToolStats.std(v, 1)));
    }
}
