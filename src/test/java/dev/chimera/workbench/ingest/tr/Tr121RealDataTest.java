package dev.chimera.workbench.ingest.tr;

import static dev.chimera.workbench.ingest.tr.Tr121To123TestSupport.file;
import static dev.chimera.workbench.ingest.tr.Tr121To123TestSupport.onlyRowAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Loads the real TR121 results and checks them against numbers counted independently with wc and python3. */
class Tr121RealDataTest {
    private static final Path TR121 = Path.of("../shared/real-results/tr121");
    private static final String MAIN = "20251224_002857/";
    private static final String SWEEP = "tr121_decode_sweep/20251224_002955/";
    private static Dataset ds;

    @BeforeAll
    static void load() throws IOException {
        ds = DatasetLoader.standard().load(TR121);
    }

    @Test
    void detectsEveryTr121FileAndCountsItsRecords() {
        // wc -l: main runs.jsonl 108 lines, metrics.csv 109 lines (header + 108); each gen_N runs.jsonl 360,
        // metrics.csv 361; resolved_model_params.csv has 3 data rows (main) and 15 (each gen_N).
        assertFile(MAIN + "runs.jsonl", "tr121.runs.jsonl", 108, 108);
        assertFile(MAIN + "metrics.csv", "tr121.metrics.csv", 108, 0);
        assertFile(MAIN + "resolved_model_params.csv", "tr121.resolved_model_params.csv", 3, 0);
        for (String gen : List.of("gen_8", "gen_32", "gen_64", "gen_128")) {
            assertFile(SWEEP + gen + "/runs.jsonl", "tr121.runs.jsonl", 360, 360);
            assertFile(SWEEP + gen + "/metrics.csv", "tr121.metrics.csv", 360, 0);
            assertFile(SWEEP + gen + "/resolved_model_params.csv", "tr121.resolved_model_params.csv", 15, 0);
        }
        assertThat(file(ds, MAIN + "resolved_model_params.csv").kind()).isEqualTo(FileKind.MANIFEST);
        assertThat(file(ds, MAIN + "metrics.csv").note()).contains(MAIN + "runs.jsonl");
        // Left to the generic analysis-table reader of the core.
        assertThat(file(ds, SWEEP + "gen_8/hf_load_ms.csv").format()).isEqualTo("tr.stats.csv");
        assertThat(file(ds, MAIN + "analysis/scaling_fits.csv").format()).isEqualTo("tr.stats.csv");
    }

    @Test
    void runsTableHoldsEachRecordOnce() {
        // 108 + 4 × 360 runs.jsonl lines; metrics.csv rows are the same records and must not be added again.
        assertThat(ds.rowCount(CanonicalTable.RUNS)).isEqualTo(1548);
        // python3: sum(r["is_warmup"]) over the five runs.jsonl files = 18 + 4 × 90.
        Table runs = ds.table(CanonicalTable.RUNS);
        long warmups = runs.booleanColumn("is_warmup").asList().stream().filter(Boolean.TRUE::equals).count();
        assertThat(warmups).isEqualTo(378);
        assertThat(runs.stringColumn("format").asSet()).containsExactly("tr121.runs.jsonl");
    }

    @Test
    void spotRowEqualsTheFile() {
        // runs.jsonl line 5: task 0, kv_decode, call 1 (rep 0, first measured call after one warmup call).
        Table t = ds.table(CanonicalTable.RUNS);
        int r = onlyRowAt(ds, CanonicalTable.RUNS, MAIN + "runs.jsonl", 5);
        assertThat(t.stringColumn("run_id").get(r)).isEqualTo("task0/kv_decode");
        assertThat(t.stringColumn("backend").get(r)).isEqualTo("ollama");
        assertThat(t.stringColumn("model").get(r)).isEqualTo("gemma3:270m");
        assertThat(t.doubleColumn("params").getDouble(r)).isCloseTo(268.1e6, within(1.0));
        assertThat(t.stringColumn("scenario").get(r)).isEqualTo("medium");
        assertThat(t.stringColumn("mode").get(r)).isEqualTo("kv_decode");
        assertThat(t.intColumn("batch_size").getInt(r)).isEqualTo(1);
        assertThat(t.intColumn("prompt_tokens").getInt(r)).isEqualTo(25);
        assertThat(t.intColumn("gen_tokens").getInt(r)).isEqualTo(64);
        assertThat(t.doubleColumn("latency_ms").getDouble(r)).isEqualTo(120.6179);
        assertThat(t.doubleColumn("tokens_per_s").getDouble(r)).isEqualTo(530.6011794269341);
        assertThat(t.booleanColumn("is_warmup").get(r)).isFalse();
        assertThat(t.intColumn("sample_idx").getInt(r)).isEqualTo(1);
        assertThat(t.stringColumn("status").get(r)).isEqualTo("ok");
        assertThat(t.intColumn("native_sample_idx").getInt(r)).isEqualTo(4);
        assertThat(t.intColumn("rep").getInt(r)).isEqualTo(0);
        assertThat(t.doubleColumn("kv_decode_ms_equiv").getDouble(r)).isEqualTo(120.6179);
        assertThat(t.intColumn("gen_tokens_equiv").getInt(r)).isEqualTo(64);
        assertThat(t.stringColumn("ollama_done_reason").get(r)).isEqualTo("length");

        // Line 1 is the warmup prefill (sample 0); line 7 the third prefill of task 0 (sample 2).
        int warm = onlyRowAt(ds, CanonicalTable.RUNS, MAIN + "runs.jsonl", 1);
        assertThat(t.booleanColumn("is_warmup").get(warm)).isTrue();
        assertThat(t.intColumn("sample_idx").getInt(warm)).isZero();
        assertThat(t.intColumn("rep").isMissing(warm)).isTrue();
        int third = onlyRowAt(ds, CanonicalTable.RUNS, MAIN + "runs.jsonl", 7);
        assertThat(t.stringColumn("run_id").get(third)).isEqualTo("task0/prefill");
        assertThat(t.intColumn("sample_idx").getInt(third)).isEqualTo(2);
        assertThat(t.doubleColumn("latency_ms").getDouble(third)).isEqualTo(1.4809);
    }

    @Test
    void paramsAreFilledFromTheMeasuredSize() {
        Table t = ds.table(CanonicalTable.RUNS);
        // resolved_model_params.csv: models/gpt2-100m measured 96.08832 M; gpt-oss-20b:latest 20900 M.
        for (int i = 0; i < t.rowCount(); i++) {
            String model = t.stringColumn("model").get(i);
            double params = t.doubleColumn("params").getDouble(i);
            assertThat(params).as("params of %s", model).isGreaterThan(0);
            if (model.equals("gpt2-100m")) {
                assertThat(params).isCloseTo(96.08832e6, within(1.0));
            } else if (model.equals("gpt-oss-20b:latest")) {
                assertThat(params).isCloseTo(20900e6, within(1.0));
            }
        }
        assertThat(t.stringColumn("model").asSet()).contains("gpt2-100m", "gpt2-5m", "qwen2.5:7b")
                .doesNotContain("models/gpt2-100m");
    }

    @Test
    void metricsCsvMapsExactlyLikeRunsJsonl(@TempDir Path tmp) throws IOException {
        // Read each file alone (copied to a temp dir, so nothing defers) and compare row by row.
        Files.copy(TR121.resolve(MAIN + "metrics.csv"), Files.createDirectories(tmp.resolve("csv")).resolve("metrics.csv"));
        Files.copy(TR121.resolve(MAIN + "runs.jsonl"), Files.createDirectories(tmp.resolve("jsonl")).resolve("runs.jsonl"));
        Table csv = DatasetLoader.standard().load(tmp.resolve("csv")).table(CanonicalTable.RUNS);
        Table jsonl = DatasetLoader.standard().load(tmp.resolve("jsonl")).table(CanonicalTable.RUNS);
        assertThat(csv.rowCount()).isEqualTo(108);
        assertThat(jsonl.rowCount()).isEqualTo(108);
        for (String col : List.of("run_id", "backend", "model", "scenario", "mode", "status", "backend_kind")) {
            assertThat(csv.stringColumn(col).asList()).as(col).isEqualTo(jsonl.stringColumn(col).asList());
        }
        for (String col : List.of("params", "latency_ms", "tokens_per_s", "kv_decode_ms_equiv", "started_at_unix")) {
            assertThat(csv.doubleColumn(col).asList()).as(col).isEqualTo(jsonl.doubleColumn(col).asList());
        }
        for (String col : List.of("sample_idx", "prompt_tokens", "gen_tokens", "rep", "gen_tokens_equiv")) {
            assertThat(csv.intColumn(col).asList()).as(col).isEqualTo(jsonl.intColumn(col).asList());
        }
        assertThat(csv.booleanColumn("is_warmup").asList()).isEqualTo(jsonl.booleanColumn("is_warmup").asList());
        // source lines differ by the CSV header: record k is on JSONL line k and CSV line k + 1.
        assertThat(csv.intColumn("source_line").getInt(0)).isEqualTo(2);
        assertThat(jsonl.intColumn("source_line").getInt(0)).isEqualTo(1);
    }

    private static void assertFile(String path, String format, long records, long runRows) {
        SourceFile f = file(ds, path);
        assertThat(f.format()).as(path).isEqualTo(format);
        assertThat(f.records()).as(path + " records").isEqualTo(records);
        assertThat(f.rowsIn(CanonicalTable.RUNS)).as(path + " runs rows").isEqualTo(runRows);
        assertThat(f.diagnostics()).as(path + " diagnostics").isEmpty();
    }
}
