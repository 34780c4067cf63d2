package dev.chimera.workbench.sampledata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** TR121 {@code manifest.json}; keys in sorted order, as the harness dumps it with sort_keys. */
final class Tr121Manifest {
    private Tr121Manifest() {
    }

    static ObjectNode build(List<Tr121Figures.Entry> entries, int taskCount, int records) {
        SeededRandom r = new SeededRandom(121_999L);
        String results = "scripts\\tr121\\results\\" + Tr121ScalingSamples.RUN_ID + "\\";
        ObjectNode m = PyJson.obj();
        m.set("argv", PyJson.texts(List.of("scripts/tr121/run_scaling.py", "--config",
                "scripts/tr121/configs/scaling_sample.yaml", "--ollama-timeout-s", "900")));
        m.put("config_path", "scripts\\tr121\\configs\\scaling_sample.yaml");
        m.put("config_sha256", r.hex(64));
        m.put("cuda_available", true);
        m.put("gen_tokens", Tr121ScalingSamples.GEN_TOKENS);
        m.put("git_head", r.hex(40));
        ObjectNode measured = PyJson.obj();
        ArrayNode hf = PyJson.arr();
        ArrayNode ollama = PyJson.arr();
        for (Tr121Figures.Entry e : entries) {
            ObjectNode row = PyJson.obj();
            if (e.backend().equals("ollama")) {
                Tr121Figures.OllamaModel om = Tr121Figures.OLLAMA.stream().filter(o -> o.name().equals(e.model()))
                        .findFirst().orElseThrow();
                row.put("family", om.family());
                row.put("model", e.model());
                row.put("parameter_size_raw", om.sizeRaw());
                row.set("params_millions_measured", PyJson.num(e.paramsMeasured()));
                row.put("quantization_level", om.quantization());
                ollama.add(row);
            } else {
                String device = Tr121ScalingSamples.device(e.backend());
                row.put("device", device);
                row.put("dtype", device.equals("cpu") ? "fp32" : "fp16");
                row.put("model", e.model());
                row.set("params_millions_measured", PyJson.num(e.paramsMeasured()));
                hf.add(row);
            }
        }
        measured.set("hf_params_millions", hf);
        measured.set("ollama_params_millions", ollama);
        m.set("measured_params", measured);
        m.set("modes", PyJson.texts(List.of("prefill", "kv_decode", "e2e_kv")));
        ObjectNode nvml = PyJson.obj();
        nvml.set("memory_total_mb", PyJson.num(12282.0));
        nvml.put("name", "NVIDIA GeForce RTX 4080 Laptop GPU");
        m.set("nvml", nvml);
        m.set("ollama_timeout_s", PyJson.num(900.0));
        ObjectNode platform = PyJson.obj();
        platform.put("machine", "AMD64");
        platform.put("os", "Windows-11-10.0.26100-SP0");
        platform.put("processor", "Intel64 Family 6 Model 183 Stepping 1, GenuineIntel");
        platform.put("python", "3.12.7");
        m.set("platform", platform);
        m.put("records_expected", records);
        m.put("repetitions", Tr121ScalingSamples.REPS);
        m.set("resolved", resolved(entries));
        ObjectNode res = PyJson.obj();
        res.put("hf_load_ms_csv", results + "hf_load_ms.csv");
        res.put("metrics_csv", results + "metrics.csv");
        res.put("resolved_model_params_csv", results + "resolved_model_params.csv");
        res.put("runs_jsonl", results + "runs.jsonl");
        m.set("results", res);
        m.put("run_id", Tr121ScalingSamples.RUN_ID);
        m.put("run_name", "tr121_scaling_sample");
        m.put("seed", 42);
        m.put("task_count", taskCount);
        ObjectNode torch = PyJson.obj();
        torch.put("cuda", "12.4");
        torch.put("torch", "2.5.1+cu124");
        torch.put("transformers", "4.46.3");
        m.set("torch", torch);
        m.put("warmup_repetitions", Tr121ScalingSamples.WARMUPS);
        return m;
    }

    private static ObjectNode resolved(List<Tr121Figures.Entry> entries) {
        ObjectNode resolved = PyJson.obj();
        ArrayNode backends = PyJson.arr();
        for (String name : List.of("hf_cpu_fp32", "hf_gpu_fp16", "ollama")) {
            ObjectNode b = PyJson.obj();
            boolean ollama = name.equals("ollama");
            if (ollama) {
                b.putNull("batch_size");
                b.putNull("device");
                b.putNull("dtype");
            } else {
                b.put("batch_size", 1);
                b.put("device", Tr121ScalingSamples.device(name));
                b.put("dtype", name.endsWith("fp32") ? "fp32" : "fp16");
            }
            b.put("kind", ollama ? "ollama" : "hf");
            b.put("name", name);
            if (ollama) {
                ObjectNode options = PyJson.obj();
                options.put("temperature", 0);
                options.put("top_p", 1);
                b.set("options", options);
                b.put("url", "http://localhost:11434");
            }
            backends.add(b);
        }
        resolved.set("backends", backends);
        ObjectNode filters = PyJson.obj();
        filters.putNull("backends_allowlist");
        filters.putNull("models_allowlist");
        filters.putNull("scenarios_allowlist");
        resolved.set("filters", filters);
        ArrayNode models = PyJson.arr();
        for (Tr121Figures.Entry e : entries) {
            if (e.backend().equals("hf_gpu_fp16")) {
                continue; // one row per model; the CPU entry stands for the HF checkpoint
            }
            ObjectNode mo = PyJson.obj();
            mo.put("kind", e.backend().equals("ollama") ? "ollama" : "hf");
            mo.put("name", e.model());
            mo.set("params_millions", PyJson.num(e.paramsConfig()));
            models.add(mo);
        }
        resolved.set("models", models);
        ArrayNode scenarios = PyJson.arr();
        for (int s = 0; s < Tr121ScalingSamples.SCENARIOS.length; s++) {
            ObjectNode so = PyJson.obj();
            so.put("name", Tr121ScalingSamples.SCENARIOS[s]);
            so.put("prompt", Tr121ScalingSamples.PROMPTS[s]);
            scenarios.add(so);
        }
        resolved.set("scenarios", scenarios);
        return resolved;
    }
}
