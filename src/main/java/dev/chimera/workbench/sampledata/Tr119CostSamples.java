package dev.chimera.workbench.sampledata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code tr119-cost/}: the TR119 gpt2 cost matrix, 5 backends × 5 scenarios × 7 reps per mode, one raw file
 * per mode run and the recomputed {@code latency_summary_cost.csv}. Latencies follow the §4.3 mean latencies;
 * GPU watts follow the telemetry column and CPU backends carry the attributed CPU-package watts, so cost and
 * energy can be derived later.
 */
final class Tr119CostSamples {
    static final String FOLDER = "tr119-cost";
    static final List<String> BACKENDS = List.of("transformers-gpu-compile", "transformers-gpu", "transformers-cpu",
            "onnxruntime-gpu", "onnxruntime-cpu");
    static final List<String> SCENARIOS = List.of("single_short", "single_medium", "single_long", "batch_short",
            "batch_medium");
    static final int REPS = 7;
    private static final int[] BATCH = {1, 1, 1, 4, 4};
    private static final int[] PREFILL_SEQ = {11, 19, 27, 11, 19};
    private static final int[] GENERATE_SEQ = {19, 27, 35, 19, 27};
    private static final int STEPS = 8;
    static final long PREFILL_RUN_ID = 1766190011L;
    static final long GENERATE_RUN_ID = 1766190342L;

    /** §4.3 per backend (BACKENDS order): {lat ms, GPU W, attributed W} × scenario, prefill then generate. */
    private static final double[][][] PREFILL = {
        {{6.1, 24.44, 26.47, 21.62, 25.56}, {32.36, 16.11, 17.75, 15.75, 19.99}, {}},
        {{22.25, 23.57, 23.61, 11.34, 25.32}, {14.98, 14.05, 14.16, 18.46, 20.19}, {}},
        {{70.15, 86.59, 81.4, 92.59, 113.3}, {15.52, 2.618, 1.947, 2.038, 2.032}, {60.63, 59.44, 60.09, 69.12, 71.92}},
        {{11.48, 9.015, 11.93, 23.61, 26.68}, {12.49, 23.32, 16.81, 15.94, 14.61}, {}},
        {{18.23, 21.14, 24.02, 29.31, 38.37}, {18.98, 17.42, 2.691, 1.924, 1.955}, {85.34, 104.6, 94.11, 102.1, 119.7}}};
    private static final double[][][] GENERATE = {
        {{55.44, 154.2, 169.4, 183, 269.1}, {44.79, 22.32, 23.85, 33.58, 29}, {}},
        {{134.2, 142.8, 154.2, 181.5, 177.5}, {28.16, 19.46, 20.42, 22.61, 27.18}, {}},
        {{714.7, 709.1, 721.4, 910.7, 1021}, {6.342, 1.824, 1.841, 1.859, 1.847}, {73.66, 69.21, 73.08, 76.93, 81.49}},
        {{62.38, 47.56, 47.04, 60.27, 63.12}, {27.69, 31.95, 27.64, 30.45, 36.3}, {}},
        {{163.4, 188.3, 213.1, 329.5, 436}, {26.19, 7.181, 1.755, 1.756, 1.738}, {91.76, 85.19, 90.5, 86.29, 82.13}}};

    private Tr119CostSamples() {
    }

    static void generate(Path outDir) throws IOException {
        Path root = outDir.resolve(FOLDER);
        List<BenchRun> all = new ArrayList<>();
        all.addAll(writeMode(root, "prefill", PREFILL_RUN_ID, PREFILL, 119_001L));
        all.addAll(writeMode(root, "generate", GENERATE_RUN_ID, GENERATE, 119_002L));
        SampleFiles.writeLines(root.resolve("processed").resolve("latency_summary_cost.csv"), summary(all));
    }

    static double figureLatency(String mode, int backend, int scenario) {
        return (mode.equals("prefill") ? PREFILL : GENERATE)[backend][0][scenario];
    }

    private static List<BenchRun> writeMode(Path root, String mode, long runId, double[][][] fig, long seed)
            throws IOException {
        SeededRandom r = new SeededRandom(seed);
        List<String> lines = new ArrayList<>();
        List<BenchRun> runs = new ArrayList<>();
        boolean prefill = mode.equals("prefill");
        for (int b = 0; b < BACKENDS.size(); b++) {
            String backend = BACKENDS.get(b);
            ObjectNode meta = backendMetadata(backend, r);
            for (int s = 0; s < SCENARIOS.size(); s++) {
                int tokens = BATCH[s] * (prefill ? PREFILL_SEQ[s] : STEPS);
                // Rep means spread around the figure; stratified so seven reps still land on it.
                List<Double> repFactors = r.stratifiedLognormal(REPS, 1.0, 0.045);
                for (int rep = 0; rep < REPS; rep++) {
                    List<Double> lat = new ArrayList<>();
                    List<Double> tput = new ArrayList<>();
                    double runMean = fig[b][0][s] * repFactors.get(rep);
                    for (int p = 0; p < 2; p++) {
                        double ms = Num.round(runMean * r.lognormal(1.0, 0.03), 4);
                        lat.add(ms);
                        tput.add(Num.q(tokens * 1000.0 / ms));
                    }
                    double first = lat.get(0) * (backend.contains("compile") && rep == 0 ? r.uniform(40, 60)
                            : r.uniform(1.5, 5.0));
                    List<Double> warm = List.of(Num.round(first, 4), Num.round(lat.get(0) * r.uniform(1.0, 1.4), 4));
                    double duration = Num.q((lat.get(0) + lat.get(1) + warm.get(0) + warm.get(1)) / 1000.0
                            + r.uniform(0.2, 1.2));
                    double cpuW = fig[b][2].length > 0 ? fig[b][2][s] * r.lognormal(1.0, 0.04) : r.uniform(38, 62);
                    JsonNode res = ResourceMetrics.of(r, duration, 0.25, gpuMemory(backend, r),
                            fig[b][1][s] * r.lognormal(1.0, 0.04), r.uniform(47.0, 52.4),
                            backend.endsWith("cpu") ? 0.0 : r.uniform(0, 35), 1650 + r.uniform(0, 950), cpuW);
                    ObjectNode line = PyJson.obj();
                    ObjectNode spec = PyJson.obj();
                    spec.put("tr", "TR119");
                    spec.put("backend", backend);
                    spec.put("scenario", SCENARIOS.get(s));
                    spec.put("repetition", rep);
                    spec.put("device", "cuda");
                    spec.put("mode", mode);
                    spec.put("batch_size", BATCH[s]);
                    spec.put("seq_len", prefill ? PREFILL_SEQ[s] : GENERATE_SEQ[s]);
                    line.set("spec", spec);
                    line.put("status", "ok");
                    line.set("error", NullNode.getInstance());
                    line.set("latencies_ms", PyJson.nums(lat));
                    line.set("throughput_tok_s", PyJson.nums(tput));
                    line.set("warmup_latencies_ms", PyJson.nums(warm));
                    line.put("degraded_count", 0);
                    line.set("degraded_reasons", PyJson.arr());
                    line.set("resource_metrics", res);
                    line.set("backend_metadata", meta);
                    lines.add(PyJson.line(line));
                    runs.add(new BenchRun(backend, SCENARIOS.get(s), mode, true, lat, tput, List.of(), warm, res));
                }
            }
        }
        SampleFiles.writeLines(root.resolve("raw").resolve("bench_tr119_" + runId + ".jsonl"), lines);
        return runs;
    }

    private static double gpuMemory(String backend, SeededRandom r) {
        if (backend.endsWith("cpu")) {
            return 5290 + r.uniform(0, 60);
        }
        return (backend.startsWith("onnx") ? 3900 : 1800) + r.uniform(0, 700);
    }

    private static ObjectNode backendMetadata(String backend, SeededRandom r) {
        ObjectNode meta = PyJson.obj();
        meta.put("backend", backend);
        if (backend.startsWith("onnxruntime")) {
            meta.set("init_ms", PyJson.num(Num.round(r.uniform(1100, 1800), 4)));
            meta.set("providers", backend.endsWith("gpu")
                    ? PyJson.texts(List.of("CUDAExecutionProvider", "CPUExecutionProvider"))
                    : PyJson.texts(List.of("CPUExecutionProvider")));
            meta.put("input_type", "tensor(int32)");
        }
        return meta;
    }

    static final String HEADER = "backend,scenario,mode,n_total,n_degraded,degraded_rate,throughput_mean_tok_s,"
            + "throughput_median_tok_s,gpu_power_mean_watts,gpu_memory_mean_mb,gpu_temperature_mean_c,"
            + "cpu_power_mean_watts,cpu_utilization_mean_pct,mean,median,std,min,max,q25,q75,ci_lower,ci_upper,n";

    /** One row per backend × scenario × mode, sorted; telemetry = means of per-run resource metrics. */
    private static List<String> summary(List<BenchRun> runs) {
        Map<String, List<BenchRun>> groups = new TreeMap<>();
        for (BenchRun run : runs) {
            groups.computeIfAbsent(run.backend() + "\u0000" + run.scenario() + "\u0000" + run.mode(),
                    k -> new ArrayList<>()).add(run);
        }
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        for (List<BenchRun> group : groups.values()) {
            List<Double> lat = new ArrayList<>();
            List<Double> tput = new ArrayList<>();
            int degraded = 0;
            List<List<Double>> telemetry = new ArrayList<>();
            String[] keys = {"gpu_power_mean_watts", "gpu_memory_mean_mb", "gpu_temperature_mean_c",
                "cpu_power_mean_watts", "cpu_utilization_mean_pct"};
            for (int i = 0; i < keys.length; i++) {
                telemetry.add(new ArrayList<>());
            }
            for (BenchRun run : group) {
                if (!run.ok()) {
                    degraded++;
                    continue;
                }
                Tr118LatencySummary.addMean(lat, run.latencies());
                Tr118LatencySummary.addMean(tput, run.throughputs());
                for (int i = 0; i < keys.length; i++) {
                    telemetry.get(i).add(run.resources().get(keys[i]).doubleValue());
                }
            }
            List<String> cells = new ArrayList<>();
            BenchRun first = group.get(0);
            cells.add(first.backend());
            cells.add(first.scenario());
            cells.add(first.mode());
            cells.add(Integer.toString(group.size()));
            cells.add(Integer.toString(degraded));
            cells.add(Num.fmt((double) degraded / group.size()));
            cells.add(Num.fmt(SampleStats.mean(tput)));
            cells.add(Num.fmt(SampleStats.median(tput)));
            for (List<Double> t : telemetry) {
                cells.add(Num.fmt(SampleStats.mean(t)));
            }
            cells.addAll(SampleStats.latencyBlock(lat));
            out.add(SampleFiles.csvRow(cells));
        }
        return out;
    }
}
