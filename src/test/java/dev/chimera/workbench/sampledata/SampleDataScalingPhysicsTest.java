package dev.chimera.workbench.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed TR121 and TR122 sample folders against tr-figures.md §4.5 / §4.6. */
class SampleDataScalingPhysicsTest {
    private static final Path ROOT = Path.of("sample-data");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tr121MetricsAndRunsHoldTheSameRecords() throws IOException {
        Path dir = runDir("tr121-scaling");
        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        List<JsonNode> runs = SampleDataFiguresTest.jsonl(dir.resolve("runs.jsonl"));
        // (7 HF models × 2 backends + 5 Ollama models) × 3 scenarios = 57 tasks × (1 warmup + 3 reps) × 3 modes
        assertEquals(57 * 4 * 3, runs.size());
        assertEquals(runs.size(), csv.size() - 1);
        List<String> header = List.of(csv.get(0).split(","));
        assertTrue(header.containsAll(List.of("kv_decode_ms_equiv", "ollama_load_ms", "gpu_peak_mb", "hf_load_ms",
                "is_warmup", "cuda_event_ms", "tokens_per_s")));
        int latency = header.indexOf("latency_ms");
        for (int i = 0; i < runs.size(); i++) {
            String[] cells = csv.get(i + 1).split(",", -1);
            assertEquals(header.size(), cells.length, "row " + (i + 1));
            assertEquals(runs.get(i).get("latency_ms").asDouble(), Double.parseDouble(cells[latency]), 0.0);
        }
    }

    @Test
    void tr121ResolvedParamsAreTheMeasuredCounts() throws IOException {
        List<String> lines = Files.readAllLines(runDir("tr121-scaling").resolve("resolved_model_params.csv"));
        // §4.2 last paragraph / §4.5: gpt2-50m 51.476 M (51,475,968), gpt-oss-20b 20,900 M
        assertTrue(lines.contains("models/gpt2-50m,hf,,51.475968,,,,cuda,fp16"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("gpt-oss-20b:latest,ollama,20900.0,20900.0,")));
        assertEquals(1 + 5 + 14, lines.size());
    }

    @Test
    void tr121ScenarioGeomeansAndWarmupRatiosFollowSection45() throws IOException {
        List<JsonNode> runs = SampleDataFiguresTest.jsonl(runDir("tr121-scaling").resolve("runs.jsonl"));
        Map<String, List<Double>> measured = new LinkedHashMap<>();
        Map<String, List<Double>> warm = new LinkedHashMap<>();
        for (JsonNode r : runs) {
            String key = r.get("backend").asText() + "|" + r.get("model").asText() + "|" + r.get("mode").asText()
                    + "|" + r.get("scenario").asText();
            (r.get("is_warmup").asBoolean() ? warm : measured).computeIfAbsent(key, k -> new ArrayList<>())
                    .add(r.get("latency_ms").asDouble());
        }
        // §4.5 hf_gpu_fp16 gpt2-100m: prefill 7.37 ms, kv 410.32 ms; ollama gpt-oss-20b kv 2914.22 ms.
        assertEquals(7.37, geomeanOfMedians(measured, "hf_gpu_fp16|models/gpt2-100m|prefill"), 7.37 * 0.1);
        assertEquals(410.32, geomeanOfMedians(measured, "hf_gpu_fp16|models/gpt2-100m|kv_decode"), 410.32 * 0.05);
        assertEquals(2914.22, geomeanOfMedians(measured, "ollama|gpt-oss-20b:latest|kv_decode"), 2914.22 * 0.05);
        // §4.5 warmup ratio (median / p95 / max), HF CPU prefill: 1.64 / 18.60 / 20.59
        List<Double> ratios = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : warm.entrySet()) {
            if (e.getKey().startsWith("hf_cpu_fp32|") && e.getKey().contains("|prefill|")) {
                ratios.add(median(e.getValue()) / median(measured.get(e.getKey())));
            }
        }
        assertEquals(21, ratios.size());
        assertEquals(1.64, median(ratios), 0.01);
        assertEquals(20.59, Collections.max(ratios), 0.01);
    }

    @Test
    void tr122TraceCoversFifteenMinutesWithTheReportedBaseline() throws IOException {
        Path dir = runDir("tr122-physics");
        List<String> lines = Files.readAllLines(dir.resolve("power_trace.csv"));
        assertEquals("t_ns,power_w,temp_c,sm_clock_mhz,mem_clock_mhz,util_gpu,util_mem,vram_used_mb,read_ok,dt_s",
                lines.get(0));
        assertTrue(lines.size() - 1 >= 9000, "rows: " + (lines.size() - 1));
        long first = Long.parseLong(lines.get(1).split(",")[0]);
        long prev = Long.MIN_VALUE;
        List<Double> idle = new ArrayList<>();
        int failed = 0;
        int gaps = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            long t = Long.parseLong(c[0]);
            assertTrue(t > prev, "t_ns must increase: " + line);
            if (prev != Long.MIN_VALUE && t - prev > 250_000_000L) {
                gaps++;
            }
            prev = t;
            if (c[8].equals("False")) {
                failed++;
            } else if (t - first < 200_000_000_000L) {
                idle.add(Double.parseDouble(c[1]));
            }
        }
        assertTrue((prev - first) / 1e9 >= 900, "span " + (prev - first) / 1e9);
        // §4.6 baseline: 20.71 ± 9.97 W, min 1.2 W
        assertEquals(20.71, SampleDataFiguresTest.mean(idle), 1.0);
        assertEquals(1.2, Collections.min(idle), 0.05);
        assertTrue(failed > 0 && gaps > 0, "failed reads " + failed + ", gaps " + gaps);
        JsonNode baseline = JSON.readTree(dir.resolve("baseline.json").toFile());
        assertEquals(SampleDataFiguresTest.mean(idle), baseline.get("idle_watts_mean").asDouble(), 1e-6);
        assertEquals(2, JSON.readTree(dir.resolve("run_metadata.json").toFile()).get("schema_version").asInt());
    }

    @Test
    void tr122EventsSitInsideTheLoadPhase() throws IOException {
        Path dir = runDir("tr122-physics");
        List<JsonNode> events = SampleDataFiguresTest.jsonl(dir.resolve("generation_events.jsonl"));
        long first = Long.parseLong(Files.readAllLines(dir.resolve("power_trace.csv")).get(1).split(",")[0]);
        assertEquals(30, events.size());
        assertEquals(15, events.stream().filter(e -> e.get("phase").asText().equals("decode")).count());
        for (JsonNode e : events) {
            double startS = (e.get("t_start_ns").asLong() - first) / 1e9;
            double ms = (e.get("t_end_ns").asLong() - e.get("t_start_ns").asLong()) / 1e6;
            assertTrue(startS > 215 && startS < 900, e.toString());
            if (e.get("phase").asText().equals("decode") && e.get("batch_size").asInt() == 16) {
                // §4.6: bs16 decode ~600 ms with 5–6 power samples, quality gappy
                assertEquals(600, ms, 60);
                assertTrue(e.get("power_samples").asInt() >= 5 && e.get("power_samples").asInt() <= 6, e.toString());
                assertEquals("gappy", e.get("energy_quality").asText());
            }
            if (e.get("energy_quality").asText().equals("no_data")) {
                assertTrue(e.get("energy_joules").isNull(), e.toString());
            }
        }
    }

    private static double geomeanOfMedians(Map<String, List<Double>> measured, String prefix) {
        List<Double> logs = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : measured.entrySet()) {
            if (e.getKey().startsWith(prefix + "|")) {
                logs.add(Math.log(median(e.getValue())));
            }
        }
        assertEquals(3, logs.size(), prefix);
        return Math.exp(SampleDataFiguresTest.mean(logs));
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static Path runDir(String folder) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(folder))) {
            return s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}
