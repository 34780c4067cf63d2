package dev.chimera.workbench.ingest.peer.genaiperf;

import static dev.chimera.workbench.ingest.peer.PeerTables.file;
import static dev.chimera.workbench.ingest.peer.PeerTables.infos;
import static dev.chimera.workbench.ingest.peer.PeerTables.integer;
import static dev.chimera.workbench.ingest.peer.PeerTables.num;
import static dev.chimera.workbench.ingest.peer.PeerTables.rowsOf;
import static dev.chimera.workbench.ingest.peer.PeerTables.str;
import static dev.chimera.workbench.ingest.peer.PeerTables.summary;
import static dev.chimera.workbench.model.CanonicalTable.RUNS;
import static dev.chimera.workbench.model.CanonicalTable.SUMMARIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GenAI-Perf readers on hand-written fixtures (src/test/resources/peer/genaiperf, shapes from peer-formats §4):
 * a 2025 artifact folder (JSON + CSV + perf_analyzer export), a 2024 folder (CSV + Triton export with two
 * experiments) and an analyze sweep summary. Expected values are the fixture numbers converted by hand.
 */
class GenaiPerfReadersTest {
    private static final Path V2025 = Path.of("src/test/resources/peer/genaiperf/v2025/gpt2-openai-chat-concurrency4");
    private static final Path V2024 = Path.of("src/test/resources/peer/genaiperf/v2024");
    private static final Path ANALYZE = Path.of("src/test/resources/peer/genaiperf/analyze");
    private static final double EPS = 1e-9;

    @Test
    void profileJson2025WithTelemetryStats() throws IOException {
        Dataset ds = DatasetLoader.standard().load(V2025);
        String json = "profile_export_genai_perf.json";
        SourceFile f = file(ds, json);
        assertThat(f.format()).isEqualTo("genai-perf.profile.json");
        assertThat(f.producer()).isEqualTo("genai-perf");
        assertThat(f.kind()).isEqualTo(FileKind.SUMMARY);
        assertThat(infos(f)).contains("variant: GenAI-Perf 2025 percentiles p1..p99, input_config genai-perf nested,"
                + " telemetry_stats");
        // ttft 13 + median, request_latency 13 + median, osl 5 + median, 3 system; telemetry 4 + 3 + 2
        assertThat(f.rowsIn(SUMMARIES)).isEqualTo(14 + 14 + 6 + 3 + 9);
        int p99 = summary(ds, json, "e2e_latency", "p99", "ok");
        assertThat(num(ds, SUMMARIES, "value", p99)).isEqualTo(2610.88);
        assertThat(str(ds, SUMMARIES, "model", p99)).isEqualTo("gpt2");
        assertThat(str(ds, SUMMARIES, "backend", p99)).isEqualTo("openai-chat");
        assertThat(str(ds, SUMMARIES, "pctl_method", p99)).isEqualTo("linear");
        assertThat(str(ds, SUMMARIES, "std_kind", p99)).isEqualTo("population");
        assertThat(str(ds, SUMMARIES, "run_label", p99)).isEqualTo("gpt2-openai-chat-concurrency4");
        assertThat(num(ds, SUMMARIES, "value", summary(ds, json, "ttft", "p1", "ok"))).isEqualTo(21.3);
        int tput = summary(ds, json, "output_token_throughput", "value", "ok");
        assertThat(num(ds, SUMMARIES, "value", tput)).isEqualTo(412.77);
        assertThat(str(ds, SUMMARIES, "unit", tput)).isEqualTo("tokens/s");
        int energy = summary(ds, json, "gpu_energy", "mean", "gpu:0");
        assertThat(num(ds, SUMMARIES, "value", energy)).isEqualTo(1_250_000.0); // 1.25 MJ
        assertThat(str(ds, SUMMARIES, "unit", energy)).isEqualTo("J");
        // 11.0 GB × 1e9 / 2^20 = 10490.41748046875 MiB (python3)
        assertThat(num(ds, SUMMARIES, "value", summary(ds, json, "gpu_mem_used", "max", "gpu:0")))
                .isEqualTo(10490.41748046875);
        // the CSV beside it holds the same statistics: read, not added
        SourceFile csv = file(ds, "profile_export_genai_perf.csv");
        assertThat(csv.format()).isEqualTo("genai-perf.profile.csv");
        assertThat(csv.rowsIn(SUMMARIES)).isZero();
        assertThat(csv.records()).isEqualTo(10); // 3 + 3 + 2 + 2 data rows in four tables
    }

    @Test
    void multiTableCsvWithThousandsSeparatorsAndNotAvailable(@TempDir Path dir) throws IOException {
        Files.copy(V2025.resolve("profile_export_genai_perf.csv"), dir.resolve("profile_export_genai_perf.csv"));
        Dataset ds = DatasetLoader.standard().load(dir);
        String csv = "profile_export_genai_perf.csv";
        SourceFile f = file(ds, csv);
        assertThat(f.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
        assertThat(infos(f)).contains("variant: GenAI-Perf CSV export, 2025 percentiles p99..p1, GPU telemetry tables");
        // ttft 12 + median, latency 12 + median, OSL 4 (8 × N/A) + median, 3 system, GPU 4 + 3, constants 2
        assertThat(f.rowsIn(SUMMARIES)).isEqualTo(13 + 13 + 5 + 3 + 7 + 2);
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "e2e_latency", "mean", "ok"))).isEqualTo(1412.55);
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "e2e_latency", "p99", "ok"))).isEqualTo(2610.88);
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "e2e_latency", "p1", "ok"))).isEqualTo(931.4);
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "output_tokens", "median", "ok"))).isEqualTo(121.0);
        assertThat(rowsOf(ds, SUMMARIES, csv).stream().filter(i -> str(ds, SUMMARIES, "metric", i)
                .equals("output_tokens") && str(ds, SUMMARIES, "statistic", i).equals("p99"))).isEmpty(); // N/A
        int rate = summary(ds, csv, "request_throughput", "value", "ok");
        assertThat(num(ds, SUMMARIES, "value", rate)).isEqualTo(3.42);
        assertThat(str(ds, SUMMARIES, "unit", rate)).isEqualTo("req/s"); // "(per sec)"
        assertThat(str(ds, SUMMARIES, "native_key", rate)).isEqualTo("Request Throughput (per sec).Value");
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "gpu_power", "p99", "gpu:0"))).isEqualTo(287.9);
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "gpu_energy", "mean", "gpu:0")))
                .isEqualTo(1_250_000.0);
        // "1,234.50" GB × 1e9 / 2^20 = 1177310.9436035156 MiB (python3)
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "x.genai-perf.total_gpu_memory", "value", "gpu:0")))
                .isCloseTo(1177310.9436035156, within(1e-6));
        // folder-name hints: the temp dir has none
        assertThat(str(ds, SUMMARIES, "run_label", rate)).isEqualTo(dir.getFileName().toString());
    }

    @Test
    void perfAnalyzerExportKeepsFailedRequests() throws IOException {
        Dataset ds = DatasetLoader.standard().load(V2025);
        String raw = "profile_export.json";
        SourceFile f = file(ds, raw);
        assertThat(f.format()).isEqualTo("genai-perf.perf_analyzer.json");
        assertThat(f.producer()).isEqualTo("genai-perf");
        assertThat(f.kind()).isEqualTo(FileKind.RUNS);
        assertThat(f.records()).isEqualTo(3);
        assertThat(infos(f)).contains("variant: perf_analyzer export 2.0.0, service_kind openai, 1 experiment(s),"
                + " JSON payloads");
        List<Integer> rows = rowsOf(ds, RUNS, raw);
        assertThat(rows).hasSize(3);
        int ok = rows.get(0);
        assertThat(str(ds, RUNS, "status", ok)).isEqualTo("ok");
        assertThat(str(ds, RUNS, "request_id", ok)).isEqualTo("profile_export.json#0");
        assertThat(str(ds, RUNS, "model", ok)).isEqualTo("gpt2"); // from the request payload
        // the backend of the GenAI-Perf aggregate beside it (service kind + endpoint type), so both compare
        assertThat(str(ds, RUNS, "backend", ok)).isEqualTo("openai-chat");
        assertThat(num(ds, RUNS, "concurrency", ok)).isEqualTo(4.0);
        // epoch ns: start ...118000000, responses ...159000000, ...183000000, and ...207500000 = "[DONE]", which
        // GenAI-Perf drops: e2e ends at the last token chunk
        assertThat(num(ds, RUNS, "start_ms", ok)).isEqualTo(18.0); // earliest is the failed ...100000000
        assertThat(num(ds, RUNS, "ttft_ms", ok)).isEqualTo(41.0);
        assertThat(num(ds, RUNS, "e2e_ms", ok)).isEqualTo(65.0);
        assertThat(num(ds, RUNS, "latency_ms", ok)).isEqualTo(65.0);
        assertThat(str(ds, RUNS, "itl_values_ms", ok)).isEqualTo("24.0");
        assertThat(num(ds, RUNS, "itl_ms", ok)).isEqualTo(24.0);
        assertThat(num(ds, RUNS, "tpot_ms", ok)).isNaN(); // no token counts in this file
        assertThat(integer(ds, RUNS, "gen_tokens", ok)).isEqualTo(Integer.MIN_VALUE);
        int failed = rows.get(1);
        assertThat(str(ds, RUNS, "status", failed)).isEqualTo("error");
        assertThat(str(ds, RUNS, "error", failed)).contains("empty response_timestamps");
        assertThat(num(ds, RUNS, "start_ms", failed)).isZero();
        int single = rows.get(2);
        assertThat(num(ds, RUNS, "start_ms", single)).isCloseTo(250.123456, within(EPS)); // 350123456 - 100000000 ns
        assertThat(num(ds, RUNS, "ttft_ms", single)).isEqualTo(50.0);
        assertThat(num(ds, RUNS, "itl_ms", single)).isNaN(); // one response: no gap
    }

    @Test
    void v2024FolderTritonExperimentsAndCsvWithoutTokenUnits() throws IOException {
        Dataset ds = DatasetLoader.standard().load(V2024);
        String dir = "llama-2-7b-triton-vllm-request_rate2.5/";
        SourceFile raw = file(ds, dir + "profile_export.json");
        assertThat(raw.format()).isEqualTo("genai-perf.perf_analyzer.json");
        List<Integer> rows = rowsOf(ds, RUNS, dir + "profile_export.json");
        assertThat(rows).hasSize(2);
        // two experiments: one run label each, request_rate from the experiment
        assertThat(str(ds, RUNS, "run_label", rows.get(0))).isEqualTo(dir + "request_rate2.5");
        assertThat(str(ds, RUNS, "run_label", rows.get(1))).isEqualTo(dir + "request_rate5");
        assertThat(num(ds, RUNS, "request_rate", rows.get(0))).isEqualTo(2.5);
        assertThat(num(ds, RUNS, "request_rate", rows.get(1))).isEqualTo(5.0);
        assertThat(str(ds, RUNS, "model", rows.get(0))).isEqualTo("llama-2-7b"); // tensor inputs: folder name
        assertThat(str(ds, RUNS, "backend", rows.get(0))).isEqualTo("triton-vllm"); // as its aggregate says
        assertThat(str(ds, RUNS, "sequence_id", rows.get(0))).isEqualTo("7");
        assertThat(num(ds, RUNS, "ttft_ms", rows.get(0))).isEqualTo(250.0);
        assertThat(num(ds, RUNS, "e2e_ms", rows.get(0))).isEqualTo(260.0);
        assertThat(num(ds, RUNS, "start_ms", rows.get(1))).isZero(); // relative to its own experiment

        String csv = dir + "profile_export_genai_perf.csv";
        SourceFile cf = file(ds, csv);
        assertThat(cf.format()).isEqualTo("genai-perf.profile.csv");
        assertThat(infos(cf)).contains("variant: GenAI-Perf CSV export, 2024 percentiles p99..p25");
        // ttft 9 + median, itl 9 + median, OSL 8 (p25 N/A) + median, 2 system rows
        assertThat(cf.rowsIn(SUMMARIES)).isEqualTo(10 + 10 + 9 + 2);
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "ttft", "mean", "ok"))).isEqualTo(1041.2);
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "ttft", "p25", "ok"))).isEqualTo(900.0);
        int osl = summary(ds, csv, "output_tokens", "max", "ok");
        assertThat(str(ds, SUMMARIES, "unit", osl)).isEqualTo("tokens"); // 2024: no unit in the cell
        int tokens = summary(ds, csv, "output_token_throughput", "value", "ok");
        assertThat(num(ds, SUMMARIES, "value", tokens)).isEqualTo(1050.33); // "1,050.33"
        assertThat(str(ds, SUMMARIES, "unit", tokens)).isEqualTo("tokens/s"); // "(per sec)" of a token metric
        assertThat(str(ds, SUMMARIES, "model", tokens)).isEqualTo("llama-2-7b");
    }

    @Test
    void analyzeExportOneRunLabelPerConfig() throws IOException {
        Dataset ds = DatasetLoader.standard().load(ANALYZE);
        String csv = "analyze_export_genai_perf.csv";
        SourceFile f = file(ds, csv);
        assertThat(f.format()).isEqualTo("genai-perf.analyze.csv");
        assertThat(f.records()).isEqualTo(4);
        // perf table 9 + 8 cells (one N/A), GPU table 6 + 6
        assertThat(f.rowsIn(SUMMARIES)).isEqualTo(29);
        List<Integer> latency = rowsOf(ds, SUMMARIES, csv).stream()
                .filter(i -> str(ds, SUMMARIES, "metric", i).equals("e2e_latency")).toList();
        assertThat(latency).hasSize(2);
        int p99 = latency.get(1);
        assertThat(str(ds, SUMMARIES, "run_label", p99)).isEqualTo("gpt2_run_config_1");
        assertThat(str(ds, SUMMARIES, "model", p99)).isEqualTo("gpt2");
        assertThat(str(ds, SUMMARIES, "statistic", p99)).isEqualTo("p99");
        assertThat(num(ds, SUMMARIES, "value", p99)).isEqualTo(1105.7); // "1,105.70"
        int avgTput = rowsOf(ds, SUMMARIES, csv).stream().filter(i -> str(ds, SUMMARIES, "run_label", i)
                .equals("gpt2_run_config_1") && str(ds, SUMMARIES, "metric", i).equals("output_token_throughput"))
                .findFirst().orElseThrow();
        assertThat(str(ds, SUMMARIES, "statistic", avgTput)).isEqualTo("mean"); // "Avg." prefix
        assertThat(num(ds, SUMMARIES, "value", avgTput)).isEqualTo(1220.6);
        int energy = rowsOf(ds, SUMMARIES, csv).stream().filter(i -> str(ds, SUMMARIES, "run_label", i)
                .equals("gpt2_run_config_1") && str(ds, SUMMARIES, "metric", i).equals("gpu_energy"))
                .findFirst().orElseThrow();
        assertThat(num(ds, SUMMARIES, "value", energy)).isEqualTo(750_000.0); // 0.75 MJ
        assertThat(str(ds, SUMMARIES, "population", energy)).isEqualTo("gpu:0");
        int concurrency = rowsOf(ds, SUMMARIES, csv).stream().filter(i -> str(ds, SUMMARIES, "run_label", i)
                .equals("gpt2_run_config_1") && str(ds, SUMMARIES, "metric", i).equals("concurrency"))
                .findFirst().orElseThrow();
        assertThat(num(ds, SUMMARIES, "value", concurrency)).isEqualTo(8.0);
    }

    @Test
    void genaiPerfJsonIsNotTakenForAiperfNorTheOtherWayRound(@TempDir Path dir) throws IOException {
        // Same metric shape; only the extra keys tell the tools apart (§0.5 step 7, §3.7). Renamed files.
        Files.writeString(dir.resolve("a.json"), "{\"time_to_first_token\": {\"unit\": \"ms\", \"avg\": 5.0},"
                + " \"input_config\": {\"model\": [\"gpt2\"], \"service_kind\": \"openai\","
                + " \"endpoint_type\": \"chat\","
               + " \"concurrency\": 2}}");
        Files.writeString(dir.resolve("b.json"), "{\"time_to_first_token\": {\"unit\": \"ms\", \"avg\": 5.0},"
                + " \"was_cancelled\": false, \"input_config\": {\"endpoint\": {\"model_names\": [\"m\"]}}}");
        Dataset ds = DatasetLoader.standard().load(dir);
        assertThat(file(ds, "a.json").format()).isEqualTo("genai-perf.profile.json");
        assertThat(infos(file(ds, "a.json"))).anyMatch(s -> s.contains("input_config genai-perf flat"));
        int ttft = summary(ds, "a.json", "ttft", "value", "ok");
        assertThat(str(ds, SUMMARIES, "backend", ttft)).isEqualTo("openai-chat");
        assertThat(file(ds, "b.json").format()).isEqualTo("aiperf.profile.json");
    }
}
