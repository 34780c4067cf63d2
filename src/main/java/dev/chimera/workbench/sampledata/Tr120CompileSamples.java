package dev.chimera.workbench.sampledata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tr120-compile/<ts>/}: a TR120 root-cause run on tiny-gpt2, eager vs torch.compile, three modes ×
 * seven scenarios, one run file per mode × scenario × backend and a {@code metrics.csv} per mode holding the
 * same samples. One compiled prefill re-run degraded and carries the 0.30 ms placeholder latencies.
 */
final class Tr120CompileSamples {
    static final String FOLDER = "tr120-compile";
    static final String RUN_ID = "20251219_143012";
    static final List<String> MODES = List.of("prefill", "kv_decode", "e2e_kv");
    static final List<String> BACKENDS = List.of("transformers-gpu", "transformers-gpu-compile");
    static final int REPS = 20;
    static final String MODEL = "models/tiny-gpt2";
    private static final String HARNESS_ROOT = "research/tr120/results/tr120_root_cause/" + RUN_ID + "/";
    static final String HEADER = "scenario,prompt_set,backend,model,quantization,latency_ms,cuda_event_ms,ttft_ms,"
            + "tokens,tokens_per_s,status,error,accuracy,degraded_count,degraded_reasons,path";
    private static final int MAX_NEW_TOKENS = 64;

    private Tr120CompileSamples() {
    }

    static void generate(Path outDir) throws IOException {
        Path root = outDir.resolve(FOLDER).resolve(RUN_ID);
        SeededRandom r = new SeededRandom(120_000L);
        double clock = 1766154612.2873;
        for (int m = 0; m < MODES.size(); m++) {
            String mode = MODES.get(m);
            List<String> csv = new ArrayList<>();
            csv.add(HEADER);
            for (int s = 0; s < Tr120Figures.SCENARIOS.size(); s++) {
                for (String backend : BACKENDS) {
                    boolean compile = backend.endsWith("compile");
                    List<Double> lat = Tr120Figures.samples(r, mode, compile, s, REPS * 2);
                    clock += r.uniform(4.0, 9.0);
                    writeRun(root, csv, r, mode, s, backend, lat, clock, "ok");
                }
            }
            if (mode.equals("prefill")) {
                // A later re-run of the compiled stress scenario lost its CUDA graphs: placeholder timings.
                clock += r.uniform(30.0, 60.0);
                writeRun(root, csv, r, mode, Tr120Figures.SCENARIOS.indexOf("stress_single"),
                        "transformers-gpu-compile", List.of(0.30, 0.30), clock, "degraded");
            }
            SampleFiles.writeLines(root.resolve(mode).resolve("metrics.csv"), csv);
        }
        SampleFiles.write(root.resolve("manifest.json"), PyJson.pretty(manifest()));
    }

    private static void writeRun(Path root, List<String> csv, SeededRandom r, String mode, int s, String backend,
            List<Double> raw, double startedAt, String status) throws IOException {
        boolean degraded = status.equals("degraded");
        boolean compile = backend.endsWith("compile");
        String scenario = Tr120Figures.SCENARIOS.get(s);
        long epochMs = (long) StrictMath.floor(startedAt * 1000.0);
        String rel = mode + "/runs/" + scenario + "/" + backend + "/fp32/run_" + epochMs + ".json";
        String path = HARNESS_ROOT + rel;
        List<Double> lat = new ArrayList<>();
        List<Double> cuda = new ArrayList<>();
        List<Integer> tokens = new ArrayList<>();
        List<Double> tps = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            double ms = degraded ? 0.30 : Num.round(raw.get(i), 6);
            lat.add(ms);
            double ratio = mode.equals("prefill") ? (compile ? 0.754 : 0.862) : 0.985;
            cuda.add(degraded ? Double.NaN : Num.round(ms * ratio * r.lognormal(1.0, 0.02), 6));
            int promptTokens = Tr120Figures.PROMPT_TOKENS[s][i % 2];
            int tok = degraded ? 0 : mode.equals("prefill") ? promptTokens
                    : mode.equals("kv_decode") ? MAX_NEW_TOKENS : promptTokens + MAX_NEW_TOKENS;
            tokens.add(tok);
            tps.add(Num.q(tok * 1000.0 / ms));
        }
        List<String> reasons = degraded
                ? List.of("exception:RuntimeError:CUDAGraphs replay failed", "exception:RuntimeError:CUDAGraphs replay failed")
                : List.of();
        ObjectNode doc = PyJson.obj();
        doc.put("path", path);
        ObjectNode spec = PyJson.obj();
        spec.put("mode", mode);
        spec.put("scenario", scenario);
        spec.put("prompt_set", Tr120Figures.PROMPT_SETS[s]);
        spec.set("prompts", PyJson.texts(List.of(Tr120Figures.PROMPTS[s])));
        spec.put("backend", backend);
        spec.put("model", MODEL);
        spec.put("quantization", "fp32");
        doc.set("spec", spec);
        doc.put("status", status);
        if (degraded) {
            doc.put("error", "2 degraded: CUDAGraphs replay failed");
        } else {
            doc.set("error", NullNode.getInstance());
        }
        doc.set("latencies_ms", PyJson.nums(lat));
        ArrayNode cudaNode = PyJson.arr();
        for (double c : cuda) {
            cudaNode.add(PyJson.num(c));
        }
        doc.set("cuda_event_ms", cudaNode);
        doc.set("ttft_ms", PyJson.nums(lat));
        doc.set("tokens", PyJson.ints(tokens));
        doc.set("tokens_per_s", PyJson.nums(tps));
        doc.set("started_at", PyJson.timestamp(startedAt));
        doc.put("degraded_count", degraded ? 2 : 0);
        doc.set("degraded_reasons", PyJson.texts(reasons));
        if (compile) {
            doc.set("compile", compileBlock(r, mode, degraded));
        }
        SampleFiles.write(root.resolve(rel), PyJson.pretty(doc));
        for (int i = 0; i < lat.size(); i++) {
            csv.add(SampleFiles.csvRow(List.of(scenario, Tr120Figures.PROMPT_SETS[s], backend, MODEL, "fp32",
                    Num.fmt(lat.get(i)), Num.fmt(cuda.get(i)), Num.fmt(lat.get(i)), Integer.toString(tokens.get(i)),
                    Num.fmt(tps.get(i)), status, degraded ? "2 degraded: CUDAGraphs replay failed" : "", "",
                    Integer.toString(degraded ? 2 : 0), String.join("; ", reasons), path)));
        }
    }

    private static ObjectNode compileBlock(SeededRandom r, String mode, boolean degraded) {
        ObjectNode c = PyJson.obj();
        c.put("enabled", true);
        c.put("backend", "inductor");
        c.put("mode", "reduce-overhead");
        c.put("dynamic", false);
        c.put("fullgraph", false);
        c.put("disable_cudagraphs", false);
        c.set("compile_time_ms", PyJson.num(Num.round(r.uniform(5200, 9800), 4)));
        c.set("compile_wrapper_ms", PyJson.num(Num.round(r.uniform(2.0, 6.0), 4)));
        ObjectNode counters = PyJson.obj();
        ObjectNode stats = PyJson.obj();
        int graphs = mode.equals("prefill") ? 1 : 2;
        stats.put("unique_graphs", graphs);
        stats.put("calls_captured", graphs * (mode.equals("prefill") ? 41 : 57));
        counters.set("stats", stats);
        ObjectNode frames = PyJson.obj();
        frames.put("total", graphs + 1);
        frames.put("ok", graphs);
        counters.set("frames", frames);
        ObjectNode unimplemented = PyJson.obj();
        if (degraded) {
            unimplemented.put("cudagraph trees: static input mutated", 1);
        }
        counters.set("unimplemented", unimplemented);
        c.set("dynamo_counters_after_compile", counters);
        return c;
    }

    private static ObjectNode manifest() {
        ObjectNode m = PyJson.obj();
        m.put("run_id", RUN_ID);
        m.put("model_path", MODEL);
        m.put("tier3_config", "scripts/tr117/configs/matrix_tier3.yaml");
        m.set("scenarios", PyJson.texts(Tr120Figures.SCENARIOS));
        m.put("device", "cuda");
        m.put("dtype", "fp32");
        m.put("repetitions", REPS);
        m.put("warmup_repetitions", 3);
        m.put("max_new_tokens", MAX_NEW_TOKENS);
        m.set("modes", PyJson.texts(MODES));
        ObjectNode tc = PyJson.obj();
        tc.put("enabled", true);
        tc.put("backend", "inductor");
        tc.put("fallback_backend", "aot_eager");
        tc.put("mode", "reduce-overhead");
        tc.put("dynamic", false);
        tc.put("fullgraph", false);
        m.set("torch_compile_config", tc);
        ObjectNode tok = PyJson.obj();
        tok.put("padding", false);
        tok.put("add_special_tokens", true);
        tok.put("prefill_tokens", "sum(attention_mask)");
        m.set("tokenization", tok);
        ObjectNode env = PyJson.obj();
        env.set("CUDA_VISIBLE_DEVICES", NullNode.getInstance());
        env.put("HF_HUB_OFFLINE", "1");
        m.set("env", env);
        ObjectNode torch = PyJson.obj();
        torch.put("version", "2.5.1+cu124");
        torch.put("cuda_available", true);
        torch.put("cuda_version", "12.4");
        torch.put("cudnn_version", 90100);
        torch.put("gpu_name", "NVIDIA GeForce RTX 4080 Laptop GPU");
        torch.set("gpu_cc", PyJson.ints(List.of(8, 9)));
        m.set("torch", torch);
        return m;
    }
}
