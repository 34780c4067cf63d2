package dev.chimera.workbench.ingest.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.LoadOptions;
import dev.chimera.workbench.ingest.ReaderRegistry;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzz tests (Jazzer) of every reader family: the first input byte picks a file name of the
 * family (names steer detection), the rest is the file's content. The oracle: loading never throws and no
 * reader crashes (the loader turns a reader's exception into a "reader … failed" diagnostic, which is a bug
 * here), whatever the bytes.
 *
 * <p>{@code mvn verify} runs these in regression mode: each input under
 * {@code src/test/resources/dev/chimera/workbench/ingest/reliability/ReaderFuzzTestInputs/<method>/} once
 * (seeds cut from the templates, plus every crash found). Fuzz for real with, for one family at a time:
 * {@code JAZZER_FUZZ=1 mvn -B -o test -Dtest='ReaderFuzzTest#csvFamily' -Djazzer.max_duration=10m}
 * (see docs/reliability.md).
 */
class ReaderFuzzTest {
    static final List<String> CSV = List.of("metrics.csv", "power_trace.csv", "nvidia_smi_gpu_metrics.csv",
            "latency_summary_generate.csv", "latency_summary_cost.csv", "profile_export_genai_perf.csv",
            "profile_export_aiperf.csv", "summary.csv", "resolved_model_params.csv", "observations.csv",
            "analyze_export_genai_perf.csv", "profile_export_aiperf_aggregate.csv");
    static final List<String> JSONL = List.of("runs.jsonl", "bench_prefill_1765892802.jsonl",
            "bench_tr119_1766190011.jsonl", "generation_events.jsonl", "raw_measurements.jsonl",
            "profile_export.jsonl", "gpu_telemetry_export.jsonl");
    static final List<String> JSON = List.of("runs/single_micro/transformers-gpu/fp32/run_1766154618557.json",
            "baseline.json", "benchmark_report.json", "benchmark.json", "benchmarks.json",
            "profile_export_aiperf.json", "profile_export_genai_perf.json", "profile_export.json",
            "m_550_150_summary.json", "m_550_150_individual_responses.json",
            "openai-chat-infqps-concurrency4-Qwen2.5-7B-Instruct-20250304-101530.json", "manifest.json",
            "latency-opt-125m-bs8.json", "profile_export_aiperf_aggregate.json");
    static final List<String> TEXT = List.of("dmon.txt", "gpu_dmon_dt.log", "dcgmi_dmon.txt", "dcgm_metrics.prom",
            "mlperf_log_summary.txt", "mlperf_log_detail.txt");

    private static final DatasetLoader LOADER = new DatasetLoader(ReaderRegistry.standard(),
            LoadOptions.defaults().withThreads(1));

    @FuzzTest(maxDuration = "5m")
    void csvFamily(byte[] input) {
        loadOne(CSV, input);
    }

    @FuzzTest(maxDuration = "5m")
    void jsonlFamily(byte[] input) {
        loadOne(JSONL, input);
    }

    @FuzzTest(maxDuration = "5m")
    void jsonFamily(byte[] input) {
        loadOne(JSON, input);
    }

    @FuzzTest(maxDuration = "5m")
    void textFamily(byte[] input) {
        loadOne(TEXT, input);
    }

    /** Writes the input as one file of the family into a fresh folder and loads it. */
    static void loadOne(List<String> names, byte[] input) {
        String name = names.get(input.length == 0 ? 0 : (input[0] & 0xff) % names.size());
        byte[] content = input.length == 0 ? input : java.util.Arrays.copyOfRange(input, 1, input.length);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("chimera-fuzz");
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            Dataset ds = LOADER.load(dir);
            for (Diagnostic d : ds.allDiagnostics()) {
                if (d.message().startsWith("reader ") && d.message().contains(" failed: ")
                        || d.message().startsWith("could not be examined")) {
                    throw new AssertionError("reader crashed on " + name + ": " + d.message());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
