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
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The real TR119 result folder. Expected numbers counted with python3: each of the 5 bench_tr119_*.jsonl has
 * 175 lines, each with 2 latencies and 2 warmups (700 rows per file, 3500 in all, 1750 warmups); the
 * latency_summary_cost.csv has 50 rows × 20 numeric columns, all filled (1000 summary rows).
 */
class Tr119RealResultsTest {
    private static final String RAW = "tr119_matrix/raw/";
    private static Dataset ds;

    @BeforeAll
    static void load() throws IOException {
        ds = DatasetLoader.standard().load(Path.of("../shared/real-results/tr119"));
    }

    @Test
    void benchFilesAreDetectedAndCountedExactly() {
        Map<String, SourceFile> bench = TrTables.filesNamed(ds, "bench_.*\\.jsonl");
        assertThat(bench).hasSize(5);
        for (SourceFile f : bench.values()) {
            assertThat(f.format()).as(f.path()).isEqualTo("tr119.bench.jsonl");
            assertThat(f.records()).as(f.path()).isEqualTo(175);
            assertThat(f.rowsIn(CanonicalTable.RUNS)).as(f.path()).isEqualTo(700);
            assertThat(TrTables.problems(f)).as(f.path()).isEmpty();
            // The lines name no model: one info per file says so.
            assertThat(f.diagnostics()).filteredOn(d -> d.severity() == Severity.INFO)
                    .filteredOn(d -> d.message().contains("model")).hasSize(1);
        }
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(3500);
        assertThat(rows(runs, i -> bool(runs, "is_warmup", i))).hasSize(1750);
        assertThat(rows(runs, i -> !str(runs, "status", i).equals("ok"))).isEmpty();
    }

    @Test
    void prefillTokensAreBatchTimesSeqLen() {
        // Line 1 of bench_tr119_1766276642.jsonl: prefill, batch 1, seq_len 11, latencies [6.654099999650498,
        // 6.274999999732245], throughput [1653.1161239803682, ...], warmups [5439.0347999997175, ...],
        // gpu_power_mean_watts 30.631666666666668.
        Table runs = ds.table(CanonicalTable.RUNS);
        List<Integer> r = rowsAt(runs, RAW + "bench_tr119_1766276642.jsonl", 1);
        assertThat(r).hasSize(4);
        assertThat(bool(runs, "is_warmup", r.get(0))).isTrue();
        assertThat(num(runs, "latency_ms", r.get(0))).isEqualTo(5439.0347999997175);
        int first = r.get(2);
        assertThat(integer(runs, "sample_idx", first)).isEqualTo(2);
        assertThat(bool(runs, "is_warmup", first)).isFalse();
        assertThat(num(runs, "latency_ms", first)).isEqualTo(6.654099999650498);
        assertThat(num(runs, "tokens_per_s", first)).isEqualTo(1653.1161239803682);
        assertThat(integer(runs, "prompt_tokens", first)).isEqualTo(11);
        assertThat(str(runs, "mode", first)).isEqualTo("prefill");
        assertThat(str(runs, "backend", first)).isEqualTo("transformers-gpu-compile");
        assertThat(str(runs, "model", first)).isEmpty();
        assertThat(num(runs, "run_gpu_power_mean_w", first)).isEqualTo(30.631666666666668);
    }

    @Test
    void generateTokensAreDerivedStepsTimesBatch() {
        // Line 1 of bench_tr119_1766277996.jsonl: generate, batch 1; 55.0729999995383 ms × 145.26174350529422
        // tok/s = 8.0 tokens (8 steps × batch 1).
        Table runs = ds.table(CanonicalTable.RUNS);
        List<Integer> r = rowsAt(runs, RAW + "bench_tr119_1766277996.jsonl", 1);
        int first = r.get(2);
        assertThat(num(runs, "latency_ms", first)).isEqualTo(55.0729999995383);
        assertThat(integer(runs, "gen_tokens", first)).isEqualTo(8);
        // python3: generate batch-4 lines give 32 = 8 × 4 for every sample.
        List<Integer> batch4 = rows(runs, i -> "generate".equals(str(runs, "mode", i))
                && !bool(runs, "is_warmup", i) && integer(runs, "batch_size", i) == 4);
        assertThat(batch4).hasSize(2 * 2 * 35 * 2).allMatch(i -> integer(runs, "gen_tokens", i) == 32);
    }

    @Test
    void costSummaryIsDetectedAndMapped() {
        SourceFile f = TrTables.file(ds, "tr119_matrix/processed/latency_summary_cost.csv");
        assertThat(f.format()).isEqualTo("tr119.latency_summary_cost.csv");
        assertThat(f.records()).isEqualTo(50);
        assertThat(f.rowsIn(CanonicalTable.SUMMARIES)).isEqualTo(1000);
        // Line 2: onnxruntime-cpu,batch_medium,generate,... gpu_power_mean_watts 1.7381428571428572,
        // mean 436.0123500007051.
        Table s = ds.table(CanonicalTable.SUMMARIES);
        List<Integer> r = rowsAt(s, f.path(), 2);
        assertThat(r).hasSize(20);
        int mean = r.stream().filter(i -> str(s, "metric", i).equals("latency_ms")
                && str(s, "statistic", i).equals("mean")).findFirst().orElseThrow();
        assertThat(num(s, "value", mean)).isEqualTo(436.0123500007051);
        assertThat(str(s, "mode", mean)).isEqualTo("generate");
        assertThat(str(s, "backend", mean)).isEqualTo("onnxruntime-cpu");
        int power = r.stream().filter(i -> str(s, "metric", i).equals("gpu_power_w")).findFirst().orElseThrow();
        assertThat(num(s, "value", power)).isEqualTo(1.7381428571428572);
        assertThat(str(s, "unit", power)).isEqualTo("W");
    }
}
