package dev.chimera.workbench.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code tr121-scaling/<ts>/}: a TR121 scaling run, HF CPU fp32 and HF GPU fp16 over seven GPT-2 sizes plus
 * five Ollama models (268 M – 20.9 B), three scenarios, one warmup and three measured calls per task, each
 * call recorded three times (prefill, kv_decode, e2e_kv) in {@code runs.jsonl} and the union-column
 * {@code metrics.csv}.
 */
final class Tr121ScalingSamples {
    static final String FOLDER = "tr121-scaling";
    static final String RUN_ID = "20251223_214506";
    static final int REPS = 3;
    static final int WARMUPS = 1;
    static final int GEN_TOKENS = 64;
    static final String[] SCENARIOS = {"short", "medium", "long"};
    static final String[] PROMPTS = {"Define tail latency.",
        "Why does batching raise GPU throughput?",
        "List two ways to cut time-to-first-token for a chat service."};
    /** GPT-2 BPE tokens of each prompt (geomean 5.45 ≈ the 5.35 implied by §4.5 prefill tok/s × ms). */
    static final int[] HF_TOKENS = {3, 6, 9};
    private static final double[] PREFILL_SCALE = {0.90, 1.0, 1.11};
    private static final double[] KV_SCALE = {0.99, 1.0, 1.01};
    private static final String EARLY_STOP_MODEL = "gemma3:1b-it-qat";

    private Tr121ScalingSamples() {
    }

    static void generate(Path outDir) throws IOException {
        Path root = outDir.resolve(FOLDER).resolve(RUN_ID);
        SeededRandom r = new SeededRandom(121_000L);
        List<int[]> tasks = new ArrayList<>(); // {entry index, scenario}
        List<Tr121Figures.Entry> entries = Tr121Figures.entries();
        for (int s = 0; s < SCENARIOS.length; s++) {
            for (int e = 0; e < entries.size(); e++) {
                tasks.add(new int[] {e, s});
            }
        }
        r.shuffle(tasks);
        Map<String, double[]> ladders = warmupLadders(r, entries);
        Map<String, Double> loadMs = hfLoadTimes(r);
        Tr121CallWriter calls = new Tr121CallWriter(r, 1766526306.7741);
        for (int t = 0; t < tasks.size(); t++) {
            Tr121Figures.Entry entry = entries.get(tasks.get(t)[0]);
            int s = tasks.get(t)[1];
            String key = entry.backend() + "|" + entry.model() + "|" + s;
            double[] ratios = ladders.get(key);
            Double load = loadMs.get(entry.model() + "|" + device(entry.backend()));
            calls.task(t, s, entry, ratios[0], ratios[1], load == null ? Double.NaN : load,
                    entry.model().equals(EARLY_STOP_MODEL) && s == 0);
        }
        writeRecords(root, calls.records);
        SampleFiles.writeLines(root.resolve("resolved_model_params.csv"), resolvedParams());
        List<String> load = new ArrayList<>();
        load.add("model,device,dtype,hf_load_ms");
        for (Map.Entry<String, Double> e : loadMs.entrySet()) {
            String[] parts = e.getKey().split("\\|");
            load.add(SampleFiles.csvRow(List.of(parts[0], parts[1], parts[1].equals("cpu") ? "fp32" : "fp16",
                    Num.fmt(e.getValue()))));
        }
        SampleFiles.writeLines(root.resolve("hf_load_ms.csv"), load);
        SampleFiles.write(root.resolve("manifest.json"),
                PyJson.pretty(Tr121Manifest.build(entries, tasks.size(), calls.records.size())));
    }

    static String device(String backend) {
        return backend.equals("hf_cpu_fp32") ? "cpu" : backend.equals("hf_gpu_fp16") ? "cuda" : "";
    }

    /** Per backend, the §4.5 ratio ladder dealt out over its tasks in seeded order: {prefill, kv}. */
    private static Map<String, double[]> warmupLadders(SeededRandom r, List<Tr121Figures.Entry> entries) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String backend : List.of("hf_cpu_fp32", "hf_gpu_fp16", "ollama")) {
            List<String> keys = new ArrayList<>();
            for (Tr121Figures.Entry e : entries) {
                if (e.backend().equals(backend)) {
                    for (int s = 0; s < SCENARIOS.length; s++) {
                        keys.add(backend + "|" + e.model() + "|" + s);
                    }
                }
            }
            double[][] q = Tr121Figures.warmupQuantiles(backend);
            double[] prefill = Tr121Figures.ratioLadder(keys.size(), q[0], backend.equals("ollama") ? 1.3 : 1.02);
            double[] kv = Tr121Figures.ratioLadder(keys.size(), q[1], 0.97);
            List<Integer> pa = order(r, keys.size());
            List<Integer> ka = order(r, keys.size());
            for (int i = 0; i < keys.size(); i++) {
                out.put(keys.get(i), new double[] {prefill[pa.get(i)], kv[ka.get(i)]});
            }
        }
        return out;
    }

    private static List<Integer> order(SeededRandom r, int n) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            idx.add(i);
        }
        r.shuffle(idx);
        return idx;
    }

    private static Map<String, Double> hfLoadTimes(SeededRandom r) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < Tr121Figures.HF_MODELS.length; i++) {
            double base = 90 + Tr121Figures.HF_MEASURED[i] * 2.4;
            // The very first load also pays for importing torch/transformers.
            out.put(Tr121Figures.HF_MODELS[i] + "|cpu", Num.round(base * r.uniform(0.9, 1.2) + (i == 0 ? 4800 : 0), 10));
            out.put(Tr121Figures.HF_MODELS[i] + "|cuda", Num.round(base * r.uniform(1.5, 2.2), 10));
        }
        return out;
    }

    private static void writeRecords(Path root, List<Map<String, Object>> records) throws IOException {
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        List<String> jsonl = new ArrayList<>();
        for (Map<String, Object> rec : records) {
            columns.addAll(rec.keySet());
            jsonl.add(PyJson.line(Tr121CallWriter.toJson(rec)));
        }
        List<String> csv = new ArrayList<>();
        csv.add(String.join(",", columns));
        for (Map<String, Object> rec : records) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(Tr121CallWriter.csvValue(rec.get(c)));
            }
            csv.add(SampleFiles.csvRow(cells));
        }
        SampleFiles.writeLines(root.resolve("runs.jsonl"), jsonl);
        SampleFiles.writeLines(root.resolve("metrics.csv"), csv);
    }

    private static List<String> resolvedParams() {
        List<String> out = new ArrayList<>();
        out.add("model,kind,params_millions_config,params_millions_measured,parameter_size_raw,quantization_level,"
                + "family,device,dtype");
        List<Tr121Figures.Entry> entries = Tr121Figures.entries();
        for (Tr121Figures.Entry e : entries) {
            if (e.backend().equals("ollama")) {
                Tr121Figures.OllamaModel m = Tr121Figures.OLLAMA.stream()
                        .filter(o -> o.name().equals(e.model())).findFirst().orElseThrow();
                out.add(SampleFiles.csvRow(List.of(e.model(), "ollama", Num.fmt(e.paramsConfig()),
                        Num.fmt(e.paramsMeasured()), m.sizeRaw(), m.quantization(), m.family(), "", "")));
            }
        }
        for (Tr121Figures.Entry e : entries) {
            if (!e.backend().equals("ollama")) {
                String dev = device(e.backend());
                out.add(SampleFiles.csvRow(List.of(e.model(), "hf", "", Num.fmt(e.paramsMeasured()), "", "", "",
                        dev, dev.equals("cpu") ? "fp32" : "fp16")));
            }
        }
        return out;
    }
}
