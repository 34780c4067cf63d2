package dev.chimera.workbench.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed TR118/TR119/TR120 sample folders against tr-figures.md, recomputed here from the raw files
 * with plain Jackson (not the generator's code).
 */
class SampleDataFiguresTest {
    private static final Path ROOT = Path.of("sample-data");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** tr-figures.md §4.2 crossover table: tag → {ORT-CPU tok/s, PyTorch-compile tok/s}. */
    private static final Map<String, double[]> CROSSOVER = new LinkedHashMap<>();

    static {
        CROSSOVER.put("tiny-gpt2", new double[] {87996, 4011});
        CROSSOVER.put("gpt2-5m", new double[] {7554, 1484});
        CROSSOVER.put("gpt2-1m", new double[] {11762, 2651});
        CROSSOVER.put("gpt2-25m", new double[] {6803, 4319});
        CROSSOVER.put("gpt2-45m", new double[] {4182, 2937});
        CROSSOVER.put("gpt2-50m", new double[] {2173, 1722});
        CROSSOVER.put("gpt2-75m", new double[] {2019, 2812});
        CROSSOVER.put("gpt2-100m", new double[] {1547, 1804});
        CROSSOVER.put("gpt2", new double[] {1434, 2121});
    }

    @Test
    void tr118PrefillMeansFollowCrossoverTableAndRatioCrossesOne() throws IOException {
        Map<String, Double> ratio = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : CROSSOVER.entrySet()) {
            List<JsonNode> lines = jsonl(single(ROOT.resolve("tr118-crossover/" + e.getKey() + "/raw"), "bench_prefill_"));
            // 6 backends × 6 scenarios × 5 reps (tr-formats.md §2.2)
            assertEquals(180, lines.size(), e.getKey());
            double ort = meanOverScenarios(lines, "onnxruntime-cpu");
            double torch = meanOverScenarios(lines, "transformers-gpu-compile");
            assertEquals(e.getValue()[0], ort, e.getValue()[0] * 0.15, e.getKey() + " ORT-CPU");
            assertEquals(e.getValue()[1], torch, e.getValue()[1] * 0.15, e.getKey() + " PyTorch");
            ratio.put(e.getKey(), ort / torch);
        }
        // Table ratios 1.26 (51.48 M) and 0.72 (74.82 M): the crossover lies between them.
        assertTrue(ratio.get("gpt2-50m") > 1.0, ratio.toString());
        assertTrue(ratio.get("gpt2-75m") < 1.0, ratio.toString());
        assertTrue(ratio.get("tiny-gpt2") > 15, ratio.toString());
    }

    @Test
    void tr118SummaryCsvIsRecomputableFromRawLines() throws IOException {
        Path dir = ROOT.resolve("tr118-crossover/gpt2");
        List<JsonNode> lines = jsonl(single(dir.resolve("raw"), "bench_prefill_"));
        List<Double> runMeans = new ArrayList<>();
        for (JsonNode l : lines) {
            if (l.at("/spec/backend").asText().equals("onnxruntime-cpu")
                    && l.at("/spec/scenario").asText().equals("batch_medium") && l.get("status").asText().equals("ok")) {
                runMeans.add(mean(doubles(l.get("latencies_ms"))));
            }
        }
        Map<String, String> row = csvRow(dir.resolve("processed/latency_summary_prefill.csv"), "onnxruntime-cpu",
                "batch_medium");
        double m = mean(runMeans);
        double sd = Math.sqrt(runMeans.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / (runMeans.size() - 1));
        // t(0.975, df=4) = 2.7764451051977934 (scipy.stats.t.ppf)
        double half = 2.7764451051977934 * sd / Math.sqrt(runMeans.size());
        assertEquals(5, runMeans.size());
        assertEquals(m, Double.parseDouble(row.get("mean")), 1e-8);
        assertEquals(m - half, Double.parseDouble(row.get("ci_lower")), 1e-8);
        assertEquals(m + half, Double.parseDouble(row.get("ci_upper")), 1e-8);
        // gpt2 TRT-FP16 batch shapes are NA in §4.2: every run of them fails.
        assertEquals("1.0", csvRow(dir.resolve("processed/latency_summary_prefill.csv"), "tensorrt-fp16",
                "batch_short").get("degraded_rate"));
        assertEquals("0", csvRow(dir.resolve("processed/latency_summary_prefill.csv"), "tensorrt-fp16",
                "batch_medium").get("n"));
    }

    @Test
    void tr118ModelQuirkAndWarmupsArePresent() throws IOException {
        String manifest = Files.readString(ROOT.resolve("tr118-crossover/tr118v2_run_manifest.json"));
        assertEquals(9, JSON.readTree(manifest).get("runs").size());
        List<JsonNode> lines = jsonl(single(ROOT.resolve("tr118-crossover/gpt2-25m/raw"), "bench_prefill_"));
        assertEquals("models\\gpt2-25m", lines.get(0).at("/spec/model").asText());
        for (JsonNode l : lines) {
            if (l.get("status").asText().equals("ok")) {
                List<Double> w = doubles(l.get("warmup_latencies_ms"));
                assertEquals(3, w.size());
                assertTrue(w.get(0) > w.get(2), "first warmup is the slow one: " + w);
            }
        }
    }

    @Test
    void tr119LatenciesFollowSection43() throws IOException {
        Path raw = ROOT.resolve("tr119-cost/raw");
        List<Path> files;
        try (Stream<Path> s = Files.list(raw)) {
            files = s.sorted().collect(Collectors.toList());
        }
        assertEquals(2, files.size());
        Map<String, List<Double>> runs = new LinkedHashMap<>();
        for (Path f : files) {
            List<JsonNode> lines = jsonl(f);
            // 5 backends × 5 scenarios × 7 reps
            assertEquals(175, lines.size());
            for (JsonNode l : lines) {
                String key = l.at("/spec/backend").asText() + "/" + l.at("/spec/mode").asText() + "/"
                        + l.at("/spec/scenario").asText();
                runs.computeIfAbsent(key, k -> new ArrayList<>()).add(mean(doubles(l.get("latencies_ms"))));
                assertTrue(l.at("/resource_metrics/cpu_power_mean_watts").isNumber());
            }
        }
        // §4.3: ORT-GPU generate single_short 62.38 ms; transformers-cpu prefill batch_medium 113.3 ms;
        // compile generate batch_medium 269.1 ms.
        assertEquals(62.38, mean(runs.get("onnxruntime-gpu/generate/single_short")), 62.38 * 0.05);
        assertEquals(113.3, mean(runs.get("transformers-cpu/prefill/batch_medium")), 113.3 * 0.05);
        assertEquals(269.1, mean(runs.get("transformers-gpu-compile/generate/batch_medium")), 269.1 * 0.05);
        // 5 backends × 5 scenarios × 2 modes summary rows + header
        assertEquals(51, Files.readAllLines(ROOT.resolve("tr119-cost/processed/latency_summary_cost.csv")).size());
    }

    @Test
    void tr120ColdStartAndCompileParadox() throws IOException {
        Path mode = runDir().resolve("e2e_kv");
        JsonNode micro = JSON.readTree(single(mode.resolve("runs/single_micro/transformers-gpu/fp32"), "run_").toFile());
        // §4.1: transformers-gpu single_micro max 3325.81 ms is its first (cold) sample.
        assertEquals(3325.81, micro.get("latencies_ms").get(0).asDouble(), 0.0);
        Map<String, List<List<Double>>> byBackend = new LinkedHashMap<>();
        List<String> csv = Files.readAllLines(mode.resolve("metrics.csv"));
        Map<String, List<Double>> byPath = new LinkedHashMap<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] c = line.split(",");
            byPath.computeIfAbsent(c[2] + "|" + c[15], k -> new ArrayList<>()).add(Double.parseDouble(c[5]));
        }
        for (Map.Entry<String, List<Double>> e : byPath.entrySet()) {
            byBackend.computeIfAbsent(e.getKey().split("\\|")[0], k -> new ArrayList<>()).add(e.getValue());
        }
        double eagerAll = pooledMean(byBackend.get("transformers-gpu"), 0);
        double compileAll = pooledMean(byBackend.get("transformers-gpu-compile"), 0);
        double eagerRest = pooledMean(byBackend.get("transformers-gpu"), 1);
        double compileRest = pooledMean(byBackend.get("transformers-gpu-compile"), 1);
        assertTrue(eagerAll > compileAll, eagerAll + " vs " + compileAll);
        assertTrue(eagerRest < compileRest, eagerRest + " vs " + compileRest);
    }

    @Test
    void tr120MetricsRowsAreTheRunFileSamples() throws IOException {
        Path prefill = runDir().resolve("prefill");
        List<String> csv = Files.readAllLines(prefill.resolve("metrics.csv"));
        int samples = 0;
        int degraded = 0;
        try (Stream<Path> s = Files.walk(prefill.resolve("runs"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).collect(Collectors.toList())) {
                JsonNode doc = JSON.readTree(f.toFile());
                samples += doc.get("latencies_ms").size();
                String rel = prefill.relativize(f).toString().replace('\\', '/');
                long rows = csv.stream().filter(l -> l.endsWith("/prefill/" + rel)).count();
                assertEquals(doc.get("latencies_ms").size(), rows, rel);
                if (doc.get("status").asText().equals("degraded")) {
                    degraded++;
                    assertEquals(0.30, doc.get("latencies_ms").get(0).asDouble(), 0.0);
                }
            }
        }
        // 7 scenarios × 2 backends × (20 reps × 2 prompts) + one degraded re-run with 2 placeholder samples
        assertEquals(7 * 2 * 40 + 2, samples);
        assertEquals(samples, csv.size() - 1);
        assertEquals(1, degraded);
    }

    private static Path runDir() throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve("tr120-compile"))) {
            return s.findFirst().orElseThrow();
        }
    }

    private static double pooledMean(List<List<Double>> files, int skip) {
        List<Double> all = new ArrayList<>();
        for (List<Double> f : files) {
            all.addAll(f.subList(skip, f.size()));
        }
        return mean(all);
    }

    /** Mean over scenarios of the mean per-run throughput, scenarios with no ok run dropped. */
    private static double meanOverScenarios(List<JsonNode> lines, String backend) {
        Map<String, List<Double>> perScenario = new LinkedHashMap<>();
        for (JsonNode l : lines) {
            if (l.at("/spec/backend").asText().equals(backend) && l.get("status").asText().equals("ok")) {
                perScenario.computeIfAbsent(l.at("/spec/scenario").asText(), k -> new ArrayList<>())
                        .add(mean(doubles(l.get("throughput_tok_s"))));
            }
        }
        return perScenario.values().stream().mapToDouble(SampleDataFiguresTest::mean).average().orElse(Double.NaN);
    }

    static Path single(Path dir, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> hits = s.filter(p -> p.getFileName().toString().startsWith(prefix)).collect(Collectors.toList());
            assertEquals(1, hits.size(), dir + " " + prefix);
            return hits.get(0);
        }
    }

    static List<JsonNode> jsonl(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    static List<Double> doubles(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asDouble()));
        return out;
    }

    static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static Map<String, String> csvRow(Path csv, String backend, String scenario) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",", -1);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[0].equals(backend) && c[1].equals(scenario)) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], c[i]);
                }
                return row;
            }
        }
        throw new AssertionError("no row " + backend + "/" + scenario + " in " + csv);
    }
}
