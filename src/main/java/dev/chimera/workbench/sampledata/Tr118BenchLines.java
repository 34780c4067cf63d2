package dev.chimera.workbench.sampledata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The 180 raw lines (6 backends × 6 scenarios × 5 reps) of one TR118 v2 model and mode, in the harness's
 * order, plus the {@link BenchRun}s the latency summary is computed from.
 */
final class Tr118BenchLines {
    static final int REPS = 5;
    private static final int PROMPTS = 2;
    private static final String ARTIFACTS = "C:\\Users\\analyst\\bench\\artifacts\\tr118v2_crossover\\";
    private static final String TRT_COPY_ERROR = "exception:LogicError:cuMemcpyHtoDAsync failed: invalid argument";

    final List<String> lines = new ArrayList<>();
    final List<BenchRun> runs = new ArrayList<>();
    double clock;

    private final Tr118Figures.Model model;
    private final String mode;
    private final SeededRandom r;

    Tr118BenchLines(Tr118Figures.Model model, String mode, long seed, double startedAt) {
        this.model = model;
        this.mode = mode;
        this.r = new SeededRandom(seed);
        this.clock = startedAt;
    }

    Tr118BenchLines build() {
        boolean prefill = mode.equals("prefill");
        for (int b = 0; b < Tr118Figures.BACKENDS.size(); b++) {
            String backend = Tr118Figures.BACKENDS.get(b);
            ObjectNode meta = backendMetadata(backend);
            clock += r.uniform(2.0, 9.0);
            for (int s = 0; s < Tr118Figures.SCENARIOS.size(); s++) {
                for (int rep = 0; rep < REPS; rep++) {
                    ObjectNode line;
                    if (shapeFails(b, s)) {
                        line = shapeError(backend, s, rep);
                    } else if (!prefill && Tr118Figures.isTensorRt(backend)) {
                        line = degradedGenerate(backend, s, rep, meta);
                    } else {
                        line = okRun(b, s, rep, meta);
                    }
                    lines.add(PyJson.line(line));
                }
            }
        }
        return this;
    }

    private boolean shapeFails(int backend, int scenario) {
        if (mode.equals("prefill")) {
            return Tr118Figures.prefillShapeFails(model, backend, scenario);
        }
        return Tr118Figures.BACKENDS.get(backend).equals("tensorrt-fp16") && scenario >= 4;
    }

    private ObjectNode spec(String backend, int s, int rep, boolean shapeKnown) {
        ObjectNode spec = PyJson.obj();
        spec.put("backend", backend);
        spec.put("scenario", Tr118Figures.SCENARIOS.get(s));
        // A run that fails before the batch is built logs the scenario name as its prompt set, shape 0.
        spec.put("prompt_set", shapeKnown ? Tr118Figures.PROMPT_SETS[s] : Tr118Figures.SCENARIOS.get(s));
        spec.put("model", model.specModel());
        spec.put("repetition", rep);
        spec.put("batch_size", shapeKnown ? Tr118Figures.BATCH[s] : 0);
        spec.put("seq_len", shapeKnown ? seqLen(s) : 0);
        spec.put("mode", mode);
        return spec;
    }

    private int seqLen(int s) {
        return mode.equals("prefill") ? Tr118Figures.PREFILL_SEQ[s] : Tr118Figures.GENERATE_SEQ[s];
    }

    private int tokens(int s) {
        return mode.equals("prefill") ? Tr118Figures.BATCH[s] * Tr118Figures.PREFILL_SEQ[s]
                : Tr118Figures.BATCH[s] * Tr118Figures.GENERATE_STEPS;
    }

    private double targetThroughput(int b, int s) {
        return mode.equals("prefill") ? Tr118Figures.prefillThroughput(model, b, s)
                : Tr118Figures.generateThroughput(model, b, s);
    }

    private ObjectNode okRun(int b, int s, int rep, ObjectNode meta) {
        String backend = Tr118Figures.BACKENDS.get(b);
        boolean cpu = backend.equals("onnxruntime-cpu");
        double runFactor = r.lognormal(1.0, cpu ? 0.04 : backend.startsWith("transformers") ? 0.08 : 0.06);
        int tokens = tokens(s);
        List<Double> lat = new ArrayList<>();
        List<Double> tput = new ArrayList<>();
        List<Double> ttft = new ArrayList<>();
        List<Integer> tok = new ArrayList<>();
        for (int p = 0; p < PROMPTS; p++) {
            double thr = targetThroughput(b, s) * runFactor * r.lognormal(1.0, 0.03);
            double ms = 1000.0 * tokens / thr;
            if (r.chance(cpu ? 0.01 : 0.03)) {
                ms *= r.uniform(2.5, 8.0); // an occasional sync stall, as in real GPU runs
            }
            double latency = Num.round(ms, 4);
            lat.add(latency);
            tput.add(Num.q(tokens * 1000.0 / latency));
            tok.add(tokens);
            if (!mode.equals("prefill")) {
                ttft.add(Num.round(latency * r.uniform(0.11, 0.15), 4));
            }
        }
        List<Double> warm = warmups(backend, rep, SampleStats.mean(lat));
        double duration = runDuration(lat, warm);
        ObjectNode line = PyJson.obj();
        line.set("spec", spec(backend, s, rep, true));
        line.put("status", "ok");
        line.set("error", NullNode.getInstance());
        line.set("latencies_ms", PyJson.nums(lat));
        line.set("ttft_ms", PyJson.nums(ttft));
        line.set("tokens_processed", PyJson.ints(tok));
        line.set("throughput_tok_s", PyJson.nums(tput));
        line.set("predicted_tokens", PyJson.texts(predicted(s)));
        line.set("outputs", PyJson.texts(outputs(s)));
        line.put("degraded_count", 0);
        line.set("degraded_reasons", PyJson.arr());
        line.set("warmup_latencies_ms", PyJson.nums(warm));
        JsonNode res = resources(backend, duration);
        line.set("resource_metrics", res);
        line.set("backend_metadata", meta);
        line.set("started_at", PyJson.timestamp(clock));
        clock += duration + r.uniform(0.05, 0.4);
        runs.add(new BenchRun(backend, Tr118Figures.SCENARIOS.get(s), mode, true, lat, tput, ttft, warm, res));
        return line;
    }

    /** Uncached TensorRT generation fails on every prompt (TR118 §4.2: "TRT all degraded"). */
    private ObjectNode degradedGenerate(String backend, int s, int rep, ObjectNode meta) {
        double guess = 1000.0 * tokens(s) / Tr118Figures.prefillThroughput(model,
                Tr118Figures.BACKENDS.indexOf(backend), Math.min(s, 3)) / 3.0;
        List<Double> warm = warmups(backend, rep, guess);
        double duration = runDuration(List.of(), warm) + r.uniform(0.15, 0.8);
        ObjectNode line = PyJson.obj();
        line.set("spec", spec(backend, s, rep, true));
        line.put("status", "degraded");
        line.put("error", PROMPTS + " degraded: " + TRT_COPY_ERROR);
        emptyArrays(line);
        line.put("degraded_count", PROMPTS);
        line.set("degraded_reasons", PyJson.texts(List.of(TRT_COPY_ERROR, TRT_COPY_ERROR)));
        line.set("warmup_latencies_ms", PyJson.nums(warm));
        JsonNode res = resources(backend, duration);
        line.set("resource_metrics", res);
        line.set("backend_metadata", meta);
        line.set("started_at", PyJson.timestamp(clock));
        clock += duration + r.uniform(0.05, 0.3);
        runs.add(new BenchRun(backend, Tr118Figures.SCENARIOS.get(s), mode, false, List.of(), List.of(),
                List.of(), warm, res));
        return line;
    }

    /** The FP16 engine's optimisation profile does not cover batch 4: the run errors before any prompt. */
    private ObjectNode shapeError(String backend, int s, int rep) {
        String shape = "set_input_shape_failed:input_ids:" + Tr118Figures.BATCH[s] + "x" + seqLen(s);
        ObjectNode line = PyJson.obj();
        line.set("spec", spec(backend, s, rep, false));
        line.put("status", "error");
        line.put("error", shape);
        emptyArrays(line);
        line.put("degraded_count", 1);
        line.set("degraded_reasons", PyJson.texts(List.of("exception:RuntimeError:" + shape)));
        line.set("warmup_latencies_ms", PyJson.arr());
        line.set("resource_metrics", NullNode.getInstance());
        ObjectNode meta = PyJson.obj();
        meta.put("backend", backend);
        meta.set("init_ms", PyJson.num(Num.round(r.uniform(180, 560), 4)));
        meta.put("engine_path", enginePath(backend));
        line.set("backend_metadata", meta);
        line.set("started_at", PyJson.timestamp(clock));
        clock += r.uniform(0.3, 0.7);
        runs.add(new BenchRun(backend, Tr118Figures.SCENARIOS.get(s), mode, false, List.of(), List.of(),
                List.of(), List.of(), NullNode.getInstance()));
        return line;
    }

    private static void emptyArrays(ObjectNode line) {
        for (String key : List.of("latencies_ms", "ttft_ms", "tokens_processed", "throughput_tok_s",
                "predicted_tokens", "outputs")) {
            line.set(key, PyJson.arr());
        }
    }

    /** Three warmups on the first prompt; the first pays for lazy init (compile, CUDA context, engine load). */
    private List<Double> warmups(String backend, int rep, double latency) {
        double first;
        if (backend.equals("transformers-gpu-compile")) {
            first = rep == 0 ? r.uniform(1150, 1750) : latency * r.uniform(2.0, 4.0);
        } else if (backend.equals("onnxruntime-gpu")) {
            first = rep == 0 ? r.uniform(110, 260) : latency * r.uniform(1.6, 3.0);
        } else if (backend.startsWith("tensorrt")) {
            first = latency * (rep == 0 ? r.uniform(3.0, 6.0) : r.uniform(1.6, 2.6));
        } else {
            first = latency * r.uniform(1.5, 2.2);
        }
        return List.of(Num.round(first, 4), Num.round(latency * r.uniform(1.05, 1.5), 4),
                Num.round(latency * r.uniform(0.95, 1.2), 4));
    }

    private double runDuration(List<Double> lat, List<Double> warm) {
        double ms = 0;
        for (double v : lat) {
            ms += v;
        }
        for (double v : warm) {
            ms += v;
        }
        return Num.q(ms / 1000.0 + r.uniform(0.0, 0.35));
    }

    private JsonNode resources(String backend, double durationS) {
        boolean gen = mode.equals("generate");
        double weightsMb = model.paramsM() * 4.0;
        double power;
        double util;
        double mem;
        if (backend.equals("onnxruntime-cpu")) {
            power = r.uniform(8, 16);
            util = 0.0;
            mem = 3400 + weightsMb;
        } else if (backend.startsWith("tensorrt")) {
            power = r.uniform(gen ? 30 : 18, gen ? 70 : 36);
            util = r.uniform(0, 40);
            mem = 4200 + weightsMb * 3;
        } else {
            power = r.uniform(gen ? 22 : 12, gen ? 34 : 28);
            util = r.uniform(0, 20);
            mem = 700 + weightsMb * 2;
        }
        double temp = r.uniform(42, 51);
        return ResourceMetrics.of(r, durationS, 0.1, mem, power, temp, util, 1700 + r.uniform(0, 1800), Double.NaN);
    }

    private ObjectNode backendMetadata(String backend) {
        ObjectNode meta = PyJson.obj();
        meta.put("backend", backend);
        meta.set("init_ms", PyJson.num(Num.round(r.uniform(750, 1700), 4)));
        if (backend.equals("transformers-gpu-compile")) {
            meta.set("compile_ms", PyJson.num(Num.round(r.uniform(520, 900), 4)));
            meta.set("compile_error", NullNode.getInstance());
            meta.put("compile_backend", "cudagraphs");
            meta.put("device", "cuda");
            meta.put("compile", true);
        } else if (backend.startsWith("onnxruntime")) {
            meta.set("providers", backend.endsWith("gpu")
                    ? PyJson.texts(List.of("CUDAExecutionProvider", "CPUExecutionProvider"))
                    : PyJson.texts(List.of("CPUExecutionProvider")));
            meta.put("input_type", "tensor(int32)");
            meta.put("onnx_path", ARTIFACTS + model.tag() + "\\onnx\\" + model.tag() + ".onnx");
        } else {
            meta.put("engine_path", enginePath(backend));
        }
        return meta;
    }

    private String enginePath(String backend) {
        String precision = backend.substring("tensorrt-".length());
        return ARTIFACTS + model.tag() + "\\tensorrt\\" + model.tag() + "_" + precision + ".plan";
    }

    private List<String> predicted(int s) {
        if (!mode.equals("prefill")) {
            return List.of("", "");
        }
        return model.tag().equals("tiny-gpt2") ? List.of(" stairs", " stairs")
                : s % 2 == 0 ? List.of(" the", ",") : List.of("\n", " of");
    }

    private List<String> outputs(int s) {
        if (mode.equals("prefill")) {
            return List.of();
        }
        if (model.tag().equals("tiny-gpt2")) {
            return List.of("Hi stairs stairs stairs stairs stairs", "Check stairs stairs stairs stairs");
        }
        return s % 2 == 0 ? List.of("Hi there! I am a new", "Check the box below to")
                : List.of("The first thing you need", "In the past few years,");
    }
}
