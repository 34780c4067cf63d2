package dev.chimera.workbench.sampledata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tr118-crossover/}: a TR118 v2 crossover sweep over nine GPT-2 sizes (0.1 M – 124 M params), one
 * model tag per folder with raw prefill/generate JSONL and the recomputed latency summaries, plus the run
 * manifest. Export and TensorRT build metadata are left out of the raw lines to keep the folder small.
 */
final class Tr118CrossoverSamples {
    static final String FOLDER = "tr118-crossover";
    private static final long FIRST_RUN_ID = 1765891200L;
    private static final String RESULTS = "C:\\Users\\analyst\\bench\\scripts\\tr118\\results\\tr118v2\\";
    private static final String SLUG = "20251216_132000_crossover";

    private Tr118CrossoverSamples() {
    }

    static void generate(Path outDir) throws IOException {
        Path root = outDir.resolve(FOLDER);
        ArrayNode runs = PyJson.arr();
        double clock = FIRST_RUN_ID + 0.4418;
        for (int i = 0; i < Tr118Figures.MODELS.size(); i++) {
            Tr118Figures.Model model = Tr118Figures.MODELS.get(i);
            long runId = (long) clock;
            Path dir = root.resolve(model.tag());
            for (String mode : List.of("prefill", "generate")) {
                long seed = 118_000L + i * 10L + (mode.equals("prefill") ? 1 : 2);
                Tr118BenchLines bench = new Tr118BenchLines(model, mode, seed, clock + 25.0).build();
                clock = bench.clock;
                SampleFiles.writeLines(dir.resolve("raw").resolve("bench_" + mode + "_" + runId + ".jsonl"),
                        bench.lines);
                SampleFiles.writeLines(dir.resolve("processed").resolve("latency_summary_" + mode + ".csv"),
                        Tr118LatencySummary.lines(bench.runs));
            }
            runs.add(manifestRun(model, runId));
            clock += 40.0;
        }
        SampleFiles.write(root.resolve("tr118v2_run_manifest.json"), PyJson.pretty(manifest(runs, clock)));
    }

    private static ObjectNode manifestRun(Tr118Figures.Model model, long runId) {
        String dir = RESULTS + SLUG + "\\" + model.tag();
        ObjectNode run = PyJson.obj();
        run.put("key", model.tag().equals("tiny-gpt2") ? "tiny" : model.tag());
        run.put("model", model.specModel());
        run.put("model_tag", model.tag());
        run.put("success", true);
        run.set("error", NullNode.getInstance());
        run.put("generated_config_path", dir + "\\processed\\config_generated_tr118v2_" + model.tag() + ".yaml");
        run.put("results_dir", dir);
        run.put("manifest_path", dir + "\\processed\\experiment_manifest_" + runId + ".json");
        return run;
    }

    private static ObjectNode manifest(ArrayNode runs, double endedAt) {
        double started = FIRST_RUN_ID + 0.4418;
        ObjectNode m = PyJson.obj();
        m.put("tr", "TR118v2");
        m.set("started_at", PyJson.timestamp(started));
        m.set("ended_at", PyJson.timestamp(endedAt));
        m.set("duration_s", PyJson.num(Num.timestamp(endedAt).subtract(Num.timestamp(started)).doubleValue()));
        m.put("run_slug", SLUG);
        m.put("git_sha", new SeededRandom(118L).hex(40));
        m.put("base_config_path", "C:\\Users\\analyst\\bench\\scripts\\tr118\\configs\\matrix_crossover.yaml");
        m.put("device", "cuda");
        m.put("results_root", RESULTS.substring(0, RESULTS.length() - 1));
        m.put("artifacts_root", "C:\\Users\\analyst\\bench\\artifacts\\tr118v2_crossover");
        m.set("runs", runs);
        return m;
    }
}
