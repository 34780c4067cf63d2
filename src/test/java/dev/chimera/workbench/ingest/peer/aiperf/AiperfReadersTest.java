package dev.chimera.workbench.ingest.peer.aiperf;

import static dev.chimera.workbench.ingest.peer.PeerTables.file;
import static dev.chimera.workbench.ingest.peer.PeerTables.infos;
import static dev.chimera.workbench.ingest.peer.PeerTables.integer;
import static dev.chimera.workbench.ingest.peer.PeerTables.num;
import static dev.chimera.workbench.ingest.peer.PeerTables.rowsOf;
import static dev.chimera.workbench.ingest.peer.PeerTables.str;
import static dev.chimera.workbench.ingest.peer.PeerTables.summary;
import static dev.chimera.workbench.model.CanonicalTable.POWER;
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
 * AIPerf readers on hand-written fixtures (src/test/resources/peer/aiperf, shapes from peer-formats §3): a v0.1.x
 * single run and a newer multi-run folder with telemetry and the across-run aggregate. Expected values are the
 * fixture numbers converted by hand (python3 for the float products, noted where used).
 */
class AiperfReadersTest {
    private static final Path V01 = Path.of("src/test/resources/peer/aiperf/v01");
    private static final String RUN = "Qwen_Qwen2.5-7B-Instruct-openai-chat-concurrency16";
    private static final Path MULTI = Path.of(
            "src/test/resources/peer/aiperf/multirun/Qwen_Qwen2.5-7B-Instruct-openai-chat-concurrency8");
    private static final double EPS = 1e-9;

    @Test
    void v01RecordsKeepFailuresAndConvertEveryUnit() throws IOException {
        Dataset ds = DatasetLoader.standard().load(V01);
        SourceFile f = file(ds, RUN + "/profile_export.jsonl");
        assertThat(f.format()).isEqualTo("aiperf.records.jsonl");
        assertThat(f.producer()).isEqualTo("aiperf");
        assertThat(f.kind()).isEqualTo(FileKind.RUNS);
        // wc -l = 5 lines; line 1 is benchmark_phase "warmup" → counted, not tabulated.
        assertThat(f.records()).isEqualTo(5);
        assertThat(f.rowsIn(RUNS)).isEqualTo(4);
        assertThat(infos(f)).contains("variant: AIPerf per-request records, v0.1-style metadata",
                "1 warmup-phase records counted but not tabulated");

        List<Integer> rows = rowsOf(ds, RUNS, RUN + "/profile_export.jsonl");
        int ok = rows.get(0);
        assertThat(integer(ds, RUNS, "source_line", ok)).isEqualTo(2);
        assertThat(str(ds, RUNS, "request_id", ok)).isEqualTo("9f1c2d3e-0000-4a5b-8c7d-111122223333");
        assertThat(str(ds, RUNS, "status", ok)).isEqualTo("ok");
        // Model / backend / concurrency from the sibling profile_export_aiperf.json input_config + folder name.
        assertThat(str(ds, RUNS, "model", ok)).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(str(ds, RUNS, "backend", ok)).isEqualTo("openai-chat");
        assertThat(num(ds, RUNS, "concurrency", ok)).isEqualTo(16.0);
        assertThat(str(ds, RUNS, "run_label", ok)).isEqualTo(RUN);
        assertThat(num(ds, RUNS, "start_ms", ok)).isZero(); // earliest profiling request
        assertThat(num(ds, RUNS, "start_epoch_ms", ok)).isEqualTo(1741083302118.0);
        assertThat(num(ds, RUNS, "ttft_ms", ok)).isEqualTo(97.4);
        assertThat(num(ds, RUNS, "e2e_ms", ok)).isEqualTo(1284.1);
        assertThat(num(ds, RUNS, "latency_ms", ok)).isEqualTo(1284.1);
        // canonical TPOT (1284.1 - 97.4) / (51 - 1) = 23.734; AIPerf's own 23.73 kept as native
        assertThat(num(ds, RUNS, "tpot_ms", ok)).isCloseTo(23.734, within(EPS));
        assertThat(num(ds, RUNS, "native_tpot_ms", ok)).isEqualTo(23.73);
        assertThat(str(ds, RUNS, "native_tpot_def", ok)).startsWith("(request_latency - time_to_first_token)");
        // itl = mean of the chunk gaps (23.9 + 23.1 + 24.0) / 3
        assertThat(num(ds, RUNS, "itl_ms", ok)).isCloseTo(71.0 / 3, within(EPS));
        assertThat(str(ds, RUNS, "itl_values_ms", ok)).isEqualTo("23.9;23.1;24.0");
        assertThat(integer(ds, RUNS, "prompt_tokens", ok)).isEqualTo(512);
        assertThat(integer(ds, RUNS, "gen_tokens", ok)).isEqualTo(51);
        assertThat(num(ds, RUNS, "time_to_second_token_ms", ok)).isEqualTo(23.9);

        int cancelled = rows.get(1);
        assertThat(str(ds, RUNS, "status", cancelled)).isEqualTo("cancelled");
        assertThat(str(ds, RUNS, "request_id", cancelled)).isEqualTo("13:0"); // no x_request_id: session_num:turn
        assertThat(str(ds, RUNS, "error", cancelled))
                .isEqualTo("499 RequestCancellationError: Request was cancelled after 0.001 seconds");
        assertThat(num(ds, RUNS, "start_ms", cancelled)).isEqualTo(2.0); // ...120000000 - ...118000000 ns
        assertThat(integer(ds, RUNS, "prompt_tokens", cancelled)).isEqualTo(498); // error_isl
        assertThat(num(ds, RUNS, "e2e_ms", cancelled)).isNaN();

        int units = rows.get(2);
        // ttft 0.0812 sec, request_latency 1500000000 ns, chunk gaps [30000000, 31000000] ns
        assertThat(num(ds, RUNS, "ttft_ms", units)).isCloseTo(81.2, within(EPS));
        assertThat(num(ds, RUNS, "e2e_ms", units)).isEqualTo(1500.0);
        assertThat(str(ds, RUNS, "itl_values_ms", units)).isEqualTo("30.0;31.0");
        assertThat(num(ds, RUNS, "itl_ms", units)).isEqualTo(30.5);
        assertThat(num(ds, RUNS, "tpot_ms", units)).isCloseTo((1500 - 81.2) / 2, within(EPS)); // 709.4
        assertThat(num(ds, RUNS, "start_ms", units)).isEqualTo(382.25); // 500250000 - 118000000 ns

        int error = rows.get(3);
        assertThat(str(ds, RUNS, "status", error)).isEqualTo("error");
        assertThat(str(ds, RUNS, "error", error)).isEqualTo("500 ServerError: upstream failed");
        assertThat(str(ds, RUNS, "request_id", error)).isEqualTo("15:2");
        assertThat(integer(ds, RUNS, "sample_idx", error)).isEqualTo(3);
    }

    @Test
    void v01AggregatesCarryTheirMetadataAndTheCsvDefersToTheJson() throws IOException {
        Dataset ds = DatasetLoader.standard().load(V01);
        String json = RUN + "/profile_export_aiperf.json";
        SourceFile jf = file(ds, json);
        assertThat(jf.format()).isEqualTo("aiperf.profile.json");
        assertThat(jf.producer()).isEqualTo("aiperf");
        assertThat(infos(jf)).contains("variant: AIPerf v0.1.x (no schema_version)");
        // ttft: 13 stats + median; inter_token_latency 6 + median; 4 scalar system metrics
        assertThat(jf.rowsIn(SUMMARIES)).isEqualTo(25);
        int p99 = summary(ds, json, "ttft", "p99", "ok");
        assertThat(num(ds, SUMMARIES, "value", p99)).isEqualTo(455.0);
        assertThat(str(ds, SUMMARIES, "unit", p99)).isEqualTo("ms");
        assertThat(str(ds, SUMMARIES, "pctl_method", p99)).isEqualTo("linear");
        assertThat(str(ds, SUMMARIES, "std_kind", p99)).isEqualTo("population");
        assertThat(str(ds, SUMMARIES, "native_key", p99)).isEqualTo("time_to_first_token.p99");
        assertThat(str(ds, SUMMARIES, "model", p99)).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(num(ds, SUMMARIES, "value", summary(ds, json, "ttft", "median", "ok"))).isEqualTo(98.1);
        // inter_token_latency is the canonical TPOT
        assertThat(num(ds, SUMMARIES, "value", summary(ds, json, "tpot", "std", "ok"))).isEqualTo(2.41);
        int rate = summary(ds, json, "request_throughput", "value", "ok");
        assertThat(num(ds, SUMMARIES, "value", rate)).isEqualTo(7.91);
        assertThat(str(ds, SUMMARIES, "unit", rate)).isEqualTo("req/s");
        int duration = summary(ds, json, "duration", "value", "all");
        assertThat(num(ds, SUMMARIES, "value", duration)).isEqualTo(63210.0); // 63.21 sec
        assertThat(str(ds, SUMMARIES, "unit", duration)).isEqualTo("ms");
        assertThat(num(ds, SUMMARIES, "value", summary(ds, json, "error_count", "value", "errored"))).isEqualTo(2.0);

        SourceFile csv = file(ds, RUN + "/profile_export_aiperf.csv");
        assertThat(csv.format()).isEqualTo("aiperf.profile.csv");
        assertThat(csv.records()).isEqualTo(6); // 2 request rows + 4 system rows
        assertThat(csv.rowsIn(SUMMARIES)).isZero();
        assertThat(csv.note()).contains("profile_export_aiperf.json");
    }

    @Test
    void v01CsvAloneIsParsedBlockByBlock(@TempDir Path dir) throws IOException {
        Files.copy(V01.resolve(RUN).resolve("profile_export_aiperf.csv"), dir.resolve("profile_export_aiperf.csv"));
        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = file(ds, "profile_export_aiperf.csv");
        assertThat(f.format()).isEqualTo("aiperf.profile.csv");
        assertThat(f.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
        // ITL row: avg,min,max,p50,p99,std filled (6) + median; TTFT 13 + median; 4 system rows
        assertThat(f.rowsIn(SUMMARIES)).isEqualTo(7 + 14 + 4);
        String csv = "profile_export_aiperf.csv";
        int itlP99 = summary(ds, csv, "tpot", "p99", "ok");
        assertThat(num(ds, SUMMARIES, "value", itlP99)).isEqualTo(33.92);
        assertThat(str(ds, SUMMARIES, "native_key", itlP99)).isEqualTo("Inter Token Latency (ms).p99");
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "duration", "value", "all"))).isEqualTo(63210.0);
        int count = summary(ds, csv, "request_count", "value", "ok");
        assertThat(num(ds, SUMMARIES, "value", count)).isEqualTo(500.0);
        assertThat(str(ds, SUMMARIES, "unit", count)).isEqualTo("count");
        // The folder name gives the run label and the model identity ('/' is not recoverable from '_').
        assertThat(str(ds, SUMMARIES, "run_label", count)).isEqualTo(dir.getFileName().toString());
    }

    @Test
    void multiRunFolderLoadsEachRunWithItsLabel() throws IOException {
        Dataset ds = DatasetLoader.standard().load(MULTI);
        String r1 = "profile_runs/run_0001/profile_export.jsonl";
        String r2 = "profile_runs/run_0002/profile_export.jsonl";
        assertThat(file(ds, r1).format()).isEqualTo("aiperf.records.jsonl");
        assertThat(infos(file(ds, r1))).contains(
                "variant: AIPerf per-request records, newer metadata (request_num / credit_*_ns)");
        List<Integer> run1 = rowsOf(ds, RUNS, r1);
        List<Integer> run2 = rowsOf(ds, RUNS, r2);
        assertThat(run1).hasSize(2);
        assertThat(run2).hasSize(1);
        assertThat(str(ds, RUNS, "run_label", run1.get(1))).isEqualTo("profile_runs/run_0001");
        assertThat(str(ds, RUNS, "run_label", run2.get(0))).isEqualTo("profile_runs/run_0002");
        assertThat(num(ds, RUNS, "start_ms", run1.get(1))).isEqualTo(0.5); // 500000 ns after r1-a
        assertThat(num(ds, RUNS, "start_ms", run2.get(0))).isZero(); // relative to its own run
        // run_0001 has its JSON config; run_0002 only the root folder name (concurrency8)
        assertThat(str(ds, RUNS, "model", run1.get(0))).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(num(ds, RUNS, "concurrency", run1.get(0))).isEqualTo(8.0);
        assertThat(str(ds, RUNS, "model", run2.get(0))).isEqualTo("Qwen_Qwen2.5-7B-Instruct");
        assertThat(num(ds, RUNS, "concurrency", run2.get(0))).isEqualTo(8.0);
        assertThat(str(ds, RUNS, "backend", run2.get(0))).isEqualTo("openai-chat");
        // (700 - 45) / (31 - 1) = 21.8333...
        assertThat(num(ds, RUNS, "tpot_ms", run2.get(0))).isCloseTo(655.0 / 30, within(EPS));
    }

    @Test
    void telemetryIsConvertedFromGbAndMegajoules() throws IOException {
        Dataset ds = DatasetLoader.standard().load(MULTI);
        String t1 = "profile_runs/run_0001/gpu_telemetry_export.jsonl";
        SourceFile f = file(ds, t1);
        assertThat(f.format()).isEqualTo("aiperf.gpu_telemetry.jsonl");
        assertThat(f.kind()).isEqualTo(FileKind.POWER);
        assertThat(f.records()).isEqualTo(4);
        assertThat(infos(f)).contains("variant: AIPerf GPU telemetry, older keys (gpu_power_usage ...), dcgm_url");
        List<Integer> rows = rowsOf(ds, POWER, t1);
        int first = rows.get(0);
        assertThat(str(ds, POWER, "gpu", first)).isEqualTo("0");
        assertThat(str(ds, POWER, "gpu_uuid", first)).isEqualTo("GPU-aaaa");
        assertThat(num(ds, POWER, "power_w", first)).isEqualTo(301.2);
        assertThat(num(ds, POWER, "util_pct", first)).isEqualTo(88.0);
        assertThat(num(ds, POWER, "temp_c", first)).isEqualTo(61.0);
        // 74.69 GB × 1e9 / 2^20 = 71229.93469238281 MiB (python3)
        assertThat(num(ds, POWER, "mem_mib", first)).isCloseTo(71229.93469238281, within(1e-6));
        assertThat(num(ds, POWER, "energy_j", first)).isCloseTo(918274.0, within(1e-6)); // 0.918274 MJ
        assertThat(num(ds, POWER, "sm_clock_mhz", first)).isNaN(); // AIPerf collects no SM clock
        assertThat(num(ds, POWER, "mem_utilization_pct", first)).isEqualTo(37.0);
        assertThat(num(ds, POWER, "sm_utilization_pct", first)).isEqualTo(71.5);
        // t_s per GPU from its own first sample: GPU 0 333000000 ns later, GPU 1 333200000 - 100000 ns later
        assertThat(num(ds, POWER, "t_s", rows.get(1))).isZero();
        assertThat(num(ds, POWER, "t_s", rows.get(2))).isCloseTo(0.333, within(EPS));
        assertThat(num(ds, POWER, "t_s", rows.get(3))).isCloseTo(0.3331, within(EPS));

        String t2 = "profile_runs/run_0002/gpu_telemetry_export.jsonl";
        assertThat(infos(file(ds, t2))).contains(
                "variant: AIPerf GPU telemetry, namespaced keys (nvidia_* / amd_*), telemetry_source_url");
        int ns = rowsOf(ds, POWER, t2).get(1);
        assertThat(num(ds, POWER, "power_w", ns)).isEqualTo(260.0);
        assertThat(num(ds, POWER, "mem_mib", ns)).isEqualTo(1907.3486328125); // 2.0 GB
        assertThat(num(ds, POWER, "energy_j", ns)).isCloseTo(930100.0, within(1e-6)); // 0.9301 MJ
        assertThat(num(ds, POWER, "t_s", ns)).isEqualTo(0.5);
        assertThat(str(ds, POWER, "telemetry_source", ns)).isEqualTo("pynvml://localhost");
    }

    @Test
    void newerAggregatesTelemetryStatsAndAcrossRunStatistics() throws IOException {
        Dataset ds = DatasetLoader.standard().load(MULTI);
        String json = "profile_runs/run_0001/profile_export_aiperf.json";
        assertThat(infos(file(ds, json))).contains(
                "variant: AIPerf 0.4.0, schema 1.0, sum/count statistics, telemetry_data");
        assertThat(num(ds, SUMMARIES, "value", summary(ds, json, "ttft", "sum", "ok"))).isEqualTo(110.0);
        int count = summary(ds, json, "ttft", "count", "ok");
        assertThat(num(ds, SUMMARIES, "value", count)).isEqualTo(2.0);
        assertThat(str(ds, SUMMARIES, "unit", count)).isEqualTo("count");
        // adj_p99 counts failed requests as infinite latency: population all
        int adj = summary(ds, json, "ttft", "p99", "all");
        assertThat(num(ds, SUMMARIES, "value", adj)).isEqualTo(60.0);
        assertThat(str(ds, SUMMARIES, "native_key", adj)).isEqualTo("time_to_first_token.adj_p99");
        // telemetry_data: per GPU, sample std
        int power = summary(ds, json, "gpu_power", "std", "gpu:0");
        assertThat(num(ds, SUMMARIES, "value", power)).isEqualTo(7.5);
        assertThat(str(ds, SUMMARIES, "std_kind", power)).isEqualTo("sample");
        int energy = summary(ds, json, "gpu_energy", "value", "gpu:0"); // counter delta 0.000512 MJ
        assertThat(num(ds, SUMMARIES, "value", energy)).isCloseTo(512.0, within(1e-9));
        assertThat(str(ds, SUMMARIES, "unit", energy)).isEqualTo("J");
        assertThat(num(ds, SUMMARIES, "value", summary(ds, json, "gpu_mem_used", "mean", "gpu:0")))
                .isCloseTo(71229.93469238281, within(1e-6));

        String csv = "profile_runs/run_0002/profile_export_aiperf.csv";
        SourceFile cf = file(ds, csv);
        assertThat(infos(cf)).contains("variant: AIPerf CSV export, newer (sum column), GPU telemetry table");
        assertThat(cf.rowsIn(SUMMARIES)).isGreaterThan(0); // no JSON beside it: its own rows count
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "e2e_latency", "sum", "ok"))).isEqualTo(700.0);
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "duration", "value", "all"))).isEqualTo(700.0);
        int gpuPower = summary(ds, csv, "gpu_power", "p99", "gpu:0");
        assertThat(num(ds, SUMMARIES, "value", gpuPower)).isEqualTo(259.8);
        assertThat(str(ds, SUMMARIES, "std_kind", gpuPower)).isEqualTo("sample");
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "gpu_mem_used", "mean", "gpu:0")))
                .isEqualTo(1907.3486328125);
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "gpu_energy", "value", "gpu:0")))
                .isCloseTo(200.0, within(1e-9)); // 0.000200 MJ, other cells empty

        String agg = "aggregate/profile_export_aiperf_aggregate.json";
        SourceFile af = file(ds, agg);
        assertThat(af.format()).isEqualTo("aiperf.aggregate.json");
        assertThat(af.rowsIn(SUMMARIES)).isEqualTo(3 * 9 + 2); // 3 metrics × 9 across-run stats + 2 run counts
        List<Integer> means = rowsOf(ds, SUMMARIES, agg).stream()
                .filter(i -> str(ds, SUMMARIES, "statistic", i).equals("runs_mean")
                        && str(ds, SUMMARIES, "metric", i).equals("ttft")).toList();
        assertThat(means).hasSize(2);
        int avgMean = means.get(0);
        assertThat(str(ds, SUMMARIES, "per_run_statistic", avgMean)).isEqualTo("mean");
        assertThat(num(ds, SUMMARIES, "value", avgMean)).isEqualTo(50.0);
        assertThat(str(ds, SUMMARIES, "population", avgMean)).isEqualTo("runs");
        assertThat(str(ds, SUMMARIES, "std_kind", avgMean)).isEqualTo("sample");
        assertThat(str(ds, SUMMARIES, "run_label", avgMean))
                .isEqualTo("Qwen_Qwen2.5-7B-Instruct-openai-chat-concurrency8");
        assertThat(str(ds, SUMMARIES, "per_run_statistic", means.get(1))).isEqualTo("p99");
        int durationCv = rowsOf(ds, SUMMARIES, agg).stream()
                .filter(i -> str(ds, SUMMARIES, "native_key", i).equals("benchmark_duration_avg.cv")).findFirst()
                .orElseThrow();
        assertThat(num(ds, SUMMARIES, "value", durationCv)).isEqualTo(0.1767767); // a ratio: not scaled
        int durationMean = rowsOf(ds, SUMMARIES, agg).stream()
                .filter(i -> str(ds, SUMMARIES, "native_key", i).equals("benchmark_duration_avg.mean")).findFirst()
                .orElseThrow();
        assertThat(num(ds, SUMMARIES, "value", durationMean)).isEqualTo(800.0); // 0.8 sec
        assertThat(num(ds, SUMMARIES, "value", summary(ds, agg, "x.aiperf.num_profile_runs", "value", "runs")))
                .isEqualTo(2.0);

        SourceFile aggCsv = file(ds, "aggregate/profile_export_aiperf_aggregate.csv");
        assertThat(aggCsv.format()).isEqualTo("aiperf.aggregate.csv");
        assertThat(aggCsv.records()).isEqualTo(3);
        assertThat(aggCsv.rowsIn(SUMMARIES)).isZero(); // same numbers as the JSON beside it
    }

    @Test
    void aggregateCsvAloneKeepsItsRows(@TempDir Path dir) throws IOException {
        Files.copy(MULTI.resolve("aggregate/profile_export_aiperf_aggregate.csv"),
                dir.resolve("profile_export_aiperf_aggregate.csv"));
        Dataset ds = DatasetLoader.standard().load(dir);
        String csv = "profile_export_aiperf_aggregate.csv";
        assertThat(file(ds, csv).rowsIn(SUMMARIES)).isEqualTo(3 * 9 + 2);
        int p99Std = rowsOf(ds, SUMMARIES, csv).stream()
                .filter(i -> str(ds, SUMMARIES, "native_key", i).equals("time_to_first_token_p99.std")).findFirst()
                .orElseThrow();
        assertThat(num(ds, SUMMARIES, "value", p99Std)).isEqualTo(10.606602);
        assertThat(str(ds, SUMMARIES, "statistic", p99Std)).isEqualTo("runs_std");
        // "Successful Runs,2" from the metadata block
        assertThat(num(ds, SUMMARIES, "value", summary(ds, csv, "x.aiperf.num_successful_runs", "value", "runs")))
                .isEqualTo(2.0);
    }
}
