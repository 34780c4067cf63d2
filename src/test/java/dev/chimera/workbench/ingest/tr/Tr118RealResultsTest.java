package dev.chimera.workbench.ingest.tr;

import static dev.chimera.workbench.ingest.tr.TrTables.bool;
import static dev.chimera.workbench.ingest.tr.TrTables.integer;
import static dev.chimera.workbench.ingest.tr.TrTables.num;
import static dev.chimera.workbench.ingest.tr.TrTables.rows;
import static dev.chimera.workbench.ingest.tr.TrTables.rowsAt;
import static dev.chimera.workbench.ingest.tr.TrTables.str;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The real TR118 result folder. Expected numbers were counted with python3 over the files:
 * for every bench_*.jsonl, records = non-blank lines and rows = Σ len(latencies_ms) + Σ len(warmup_latencies_ms);
 * for every latency_summary_*.csv, records = csv.DictReader rows and summary rows = non-empty numeric cells
 * outside backend/scenario.
 */
class Tr118RealResultsTest {
    private static final String DEEP_GPT2 = "20251213_135135_deep/gpt2/";
    private static Dataset ds;

    @BeforeAll
    static void load() throws IOException {
        ds = DatasetLoader.standard().load(Path.of("../shared/real-results/tr118"));
    }

    @Test
    void everyBenchFileIsDetectedAndCountedExactly() {
        // python3: 180 lines in each file; deep/* (gpt2, tiny-gpt2) have 10 error lines without warmups and
        // fewer samples: generate 180 measured + 510 warmups = 690, prefill 340 + 510 = 850; the other
        // folders have generate 180 + 540 = 720 and prefill 360 + 540 = 900.
        Map<String, SourceFile> bench = TrTables.filesNamed(ds, "bench_.*\\.jsonl");
        assertThat(bench).hasSize(20);
        long totalRows = 0;
        for (SourceFile f : bench.values()) {
            assertThat(f.format()).as(f.path()).isEqualTo("tr118.bench.jsonl");
            assertThat(f.records()).as(f.path()).isEqualTo(180);
            boolean deep = f.path().startsWith("20251213_135135_deep/");
            boolean generate = f.path().contains("bench_generate_");
            long expected = generate ? (deep ? 690 : 720) : (deep ? 850 : 900);
            assertThat(f.rowsIn(CanonicalTable.RUNS)).as(f.path()).isEqualTo(expected);
            assertThat(TrTables.problems(f)).as(f.path()).isEmpty();
            totalRows += expected;
        }
        // python3: 5720 measured + 10680 warmup samples over the 20 files.
        assertThat(totalRows).isEqualTo(16400);
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(16400);
        assertThat(rows(runs, i -> bool(runs, "is_warmup", i))).hasSize(10680);
    }

    @Test
    void everyLatencySummaryIsDetectedAndCountedExactly() {
        // python3: 36 rows per file; numeric cells: generate 450 (ttft/throughput all present, 10 empty), deep
        // prefill 622 (no ttft, some degraded groups empty), other prefill 648 (36 × 18).
        Map<String, SourceFile> summaries = TrTables.filesNamed(ds, "latency_summary.*\\.csv");
        assertThat(summaries).hasSize(14);
        long total = 0;
        for (SourceFile f : summaries.values()) {
            assertThat(f.format()).as(f.path()).isEqualTo("tr118.latency_summary.csv");
            assertThat(f.records()).as(f.path()).isEqualTo(36);
            boolean generate = f.path().endsWith("_generate.csv");
            long expected = generate ? 450 : f.path().startsWith("20251213_135135_deep/") ? 622 : 648;
            assertThat(f.rowsIn(CanonicalTable.SUMMARIES)).as(f.path()).isEqualTo(expected);
            assertThat(TrTables.problems(f)).as(f.path()).isEmpty();
            total += expected;
        }
        assertThat(total).isEqualTo(7634);
        assertThat(TrTables.rowsWithFormat(ds, CanonicalTable.SUMMARIES, "tr118.latency_summary.csv"))
                .isEqualTo(7634);
    }

    @Test
    void generateLineBecomesWarmupsThenMeasuredSamples() {
        // Line 1 of gpt2 bench_generate: 3 warmups, latencies [47.62819999996282, 46.32599999968079],
        // tokens_processed [8, 8], throughput [167.96771660499968, ...], ttft [5.849199998920085, ...].
        Table runs = ds.table(CanonicalTable.RUNS);
        String file = DEEP_GPT2 + "raw/bench_generate_1765652089.jsonl";
        List<Integer> r = rowsAt(runs, file, 1);
        assertThat(r).hasSize(5);
        for (int k = 0; k < 5; k++) {
            int row = r.get(k);
            assertThat(integer(runs, "sample_idx", row)).isEqualTo(k);
            assertThat(bool(runs, "is_warmup", row)).isEqualTo(k < 3);
            assertThat(str(runs, "run_id", row)).isEqualTo(file + "#1");
            assertThat(str(runs, "mode", row)).isEqualTo("generate");
            assertThat(str(runs, "model", row)).isEqualTo("gpt2");
        }
        assertThat(num(runs, "latency_ms", r.get(0))).isEqualTo(2349.2763999984163);
        int first = r.get(3);
        assertThat(num(runs, "latency_ms", first)).isEqualTo(47.62819999996282);
        assertThat(str(runs, "backend", first)).isEqualTo("transformers-gpu-compile");
        assertThat(str(runs, "scenario", first)).isEqualTo("single_micro");
        assertThat(integer(runs, "gen_tokens", first)).isEqualTo(8);
        assertThat(integer(runs, "batch_size", first)).isEqualTo(1);
        assertThat(num(runs, "tokens_per_s", first)).isEqualTo(167.96771660499968);
        assertThat(num(runs, "first_step_ms", first)).isEqualTo(5.849199998920085);
        assertThat(num(runs, "run_gpu_power_mean_w", first)).isEqualTo(29.14557142857143);
        assertThat(str(runs, "status", first)).isEqualTo("ok");
    }

    @Test
    void degradedRunsStayDegradedIncludingTheirWarmups() {
        // Line 91 of gpt2 bench_generate: tensorrt-fp32, status "degraded", no latencies, 3 warmups.
        Table runs = ds.table(CanonicalTable.RUNS);
        List<Integer> r = rowsAt(runs, DEEP_GPT2 + "raw/bench_generate_1765652089.jsonl", 91);
        assertThat(r).hasSize(3);
        for (int row : r) {
            assertThat(bool(runs, "is_warmup", row)).isTrue();
            assertThat(str(runs, "status", row)).isEqualTo("degraded");
            assertThat(str(runs, "backend", row)).isEqualTo("tensorrt-fp32");
            assertThat(str(runs, "degraded_reasons", row)).contains("cuMemcpyHtoDAsync failed");
        }
        assertThat(num(runs, "latency_ms", r.get(0))).isEqualTo(9.343399999124813);
        // python3: rows of lines with status != ok or degraded_count > 0 = 2100 (all of them warmups).
        assertThat(rows(runs, i -> str(runs, "status", i).equals("degraded"))).hasSize(2100);
        assertThat(rows(runs, i -> !"ok".equals(str(runs, "native_status", i))
                && str(runs, "status", i).equals("ok"))).isEmpty();
    }

    @Test
    void prefillTokensAreTheProcessedPromptTokens() {
        // Line 1 of tiny-gpt2 bench_prefill: spec.model "models/tiny-gpt2", tokens_processed [8, 8].
        Table runs = ds.table(CanonicalTable.RUNS);
        List<Integer> r = rowsAt(runs, "20251213_135135_deep/tiny-gpt2/raw/bench_prefill_1765651895.jsonl", 1);
        assertThat(r).hasSize(5);
        assertThat(str(runs, "model", r.get(3))).isEqualTo("tiny-gpt2");
        assertThat(integer(runs, "prompt_tokens", r.get(3))).isEqualTo(8);
        assertThat(num(runs, "latency_ms", r.get(4))).isEqualTo(2.47039999885601);
        assertThat(num(runs, "tokens_per_s", r.get(4))).isEqualTo(3238.341970411525);
        assertThat(integer(runs, "gen_tokens", r.get(3))).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void summaryRowsCarryModelModeAndPopulation() {
        // Line 2 of gpt2 latency_summary_generate.csv: onnxruntime-cpu,batch_medium,... mean 346.4568799998233,
        // ttft_mean_ms 42.898150000110036, n 5.
        Table s = ds.table(CanonicalTable.SUMMARIES);
        List<Integer> r = rowsAt(s, DEEP_GPT2 + "processed/latency_summary_generate.csv", 2);
        assertThat(r).hasSize(20);
        int mean = pick(s, r, "latency_ms", "mean");
        assertThat(num(s, "value", mean)).isEqualTo(346.4568799998233);
        assertThat(str(s, "backend", mean)).isEqualTo("onnxruntime-cpu");
        assertThat(str(s, "scenario", mean)).isEqualTo("batch_medium");
        assertThat(str(s, "mode", mean)).isEqualTo("generate");
        assertThat(str(s, "model", mean)).isEqualTo("gpt2");
        assertThat(str(s, "unit", mean)).isEqualTo("ms");
        assertThat(str(s, "population", mean)).isEqualTo(LatencySummaryCsvReader.PER_RUN_MEANS);
        assertThat(num(s, "value", pick(s, r, "first_step_ms", "mean"))).isEqualTo(42.898150000110036);
        assertThat(num(s, "value", pick(s, r, "latency_ms", "n"))).isEqualTo(5.0);
        // validation_45m is not a model tag: the model comes from its raw bench file (…\models\gpt2-45m).
        List<Integer> v = rows(s, i -> str(s, "source_file", i).startsWith("validation_45m/processed/latency_summary"));
        assertThat(v).hasSize(450 + 648);
        assertThat(v).allMatch(i -> str(s, "model", i).equals("gpt2-45m"));
        List<Integer> tiny = rows(s, i -> str(s, "source_file", i).startsWith("20251213_135135_deep/tiny-gpt2/processed/latency_summary"));
        assertThat(tiny).isNotEmpty().allMatch(i -> str(s, "model", i).equals("tiny-gpt2"));
    }

    private static int pick(Table s, List<Integer> rows, String metric, String stat) {
        return rows.stream().filter(i -> str(s, "metric", i).equals(metric) && str(s, "statistic", i).equals(stat))
                .findFirst().orElseThrow(() -> new AssertionError(metric + "/" + stat));
    }
}
