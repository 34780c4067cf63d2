package dev.chimera.workbench.ingest.tr;

import static dev.chimera.workbench.ingest.tr.TrTables.bool;
import static dev.chimera.workbench.ingest.tr.TrTables.integer;
import static dev.chimera.workbench.ingest.tr.TrTables.num;
import static dev.chimera.workbench.ingest.tr.TrTables.rows;
import static dev.chimera.workbench.ingest.tr.TrTables.rowsAt;
import static dev.chimera.workbench.ingest.tr.TrTables.str;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.CancellationToken;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
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
 * The real TR120 result folder. Expected numbers counted with python3: 30 run_*.json files (3 phases × 5
 * scenarios × 2 backends) with 60 latencies each, 30 for stress_single: 1620 samples; each metrics.csv has
 * 540 data rows (wc -l minus the header) holding the same samples.
 */
class Tr120RealResultsTest {
    private static final String ROOT = "../shared/real-results/tr120";
    private static final String RUN = "tr120_root_cause_triton/20251221_172056/";
    private static final String MICRO_COMPILE = RUN
            + "prefill/runs/single_micro/transformers-gpu-compile/fp32/run_1766337676160.json";
    private static Dataset ds;

    @BeforeAll
    static void load() throws IOException {
        ds = DatasetLoader.standard().load(Path.of(ROOT));
    }

    @Test
    void runFilesAreDetectedAndEverySampleIsARow() {
        Map<String, SourceFile> runFiles = TrTables.filesNamed(ds, "run_.*\\.json");
        assertThat(runFiles).hasSize(30);
        long total = 0;
        for (SourceFile f : runFiles.values()) {
            assertThat(f.format()).as(f.path()).isEqualTo("tr120.run.json");
            assertThat(f.records()).as(f.path()).isEqualTo(1);
            long expected = f.path().contains("/stress_single/") ? 30 : 60;
            assertThat(f.rowsIn(CanonicalTable.RUNS)).as(f.path()).isEqualTo(expected);
            assertThat(TrTables.problems(f)).as(f.path()).isEmpty();
            total += expected;
        }
        assertThat(total).isEqualTo(1620);
        // metrics.csv rows are not added a second time: the runs table is exactly the run files' samples.
        assertThat(ds.rowCount(CanonicalTable.RUNS)).isEqualTo(1620);
    }

    @Test
    void metricsCsvIsReadAndCountedButNotAddedTwice() {
        Map<String, SourceFile> metrics = TrTables.filesNamed(ds, "metrics\\.csv");
        assertThat(metrics).hasSize(3);
        for (SourceFile f : metrics.values()) {
            assertThat(f.format()).as(f.path()).isEqualTo("tr120.metrics.csv");
            assertThat(f.records()).as(f.path()).isEqualTo(540);
            assertThat(f.rowsIn(CanonicalTable.RUNS)).as(f.path()).isZero();
            String dir = f.path().substring(0, f.path().lastIndexOf('/'));
            assertThat(f.note()).as(f.path()).contains(dir + "/runs");
            assertThat(TrTables.problems(f)).as(f.path()).isEmpty();
        }
    }

    @Test
    void sampleRowsPointAtTheirArrayElement() {
        // run_1766337676160.json: "latencies_ms": [ on line 17, so element i is on line 18 + i;
        // element 0 = 0.2327389999834395, element 59 = 0.2345709999929113 with tokens_per_s 4263.1015770501035.
        Table runs = ds.table(CanonicalTable.RUNS);
        List<Integer> r0 = rowsAt(runs, MICRO_COMPILE, 18);
        assertThat(r0).hasSize(1);
        int first = r0.get(0);
        assertThat(integer(runs, "sample_idx", first)).isZero();
        assertThat(num(runs, "latency_ms", first)).isEqualTo(0.2327389999834395);
        assertThat(str(runs, "mode", first)).isEqualTo("prefill");
        assertThat(str(runs, "backend", first)).isEqualTo("transformers-gpu-compile");
        assertThat(str(runs, "model", first)).isEqualTo("tiny-gpt2");
        assertThat(str(runs, "run_id", first)).isEqualTo(MICRO_COMPILE);
        assertThat(integer(runs, "prompt_tokens", first)).isEqualTo(1);
        assertThat(bool(runs, "compile_enabled", first)).isTrue();
        assertThat(str(runs, "compile_backend", first)).isEqualTo("inductor");
        assertThat(bool(runs, "is_warmup", first)).isFalse();
        int last = rowsAt(runs, MICRO_COMPILE, 77).get(0);
        assertThat(integer(runs, "sample_idx", last)).isEqualTo(59);
        assertThat(num(runs, "latency_ms", last)).isEqualTo(0.2345709999929113);
        assertThat(num(runs, "tokens_per_s", last)).isEqualTo(4263.1015770501035);
    }

    @Test
    void phaseTokensGoToTheirColumns() {
        // python3: kv_decode tokens are all 64; e2e_kv tokens are prompt + 64 (65 for single_micro).
        Table runs = ds.table(CanonicalTable.RUNS);
        List<Integer> decode = rows(runs, i -> str(runs, "mode", i).equals("kv_decode"));
        assertThat(decode).hasSize(540).allMatch(i -> integer(runs, "gen_tokens", i) == 64);
        List<Integer> e2e = rows(runs, i -> str(runs, "mode", i).equals("e2e_kv"));
        assertThat(e2e).hasSize(540).allMatch(i -> integer(runs, "prompt_tokens", i) == Integer.MIN_VALUE);
        assertThat(rows(runs, i -> str(runs, "source_file", i).contains("e2e_kv/runs/single_micro/")))
                .hasSize(120).allMatch(i -> integer(runs, "tokens_total", i) == 65);
    }

    @Test
    void metricsCsvRowsMatchTheRunFileRows() throws IOException {
        // Read one metrics.csv on its own: its rows name the run file beside it and number samples per run.
        String rel = RUN + "prefill/metrics.csv";
        FileProbe probe = FileProbe.of(Path.of(ROOT, rel), rel);
        ReadContext ctx = new ReadContext(probe, RunMetricsCsvReader.TR120_ID, CancellationToken.none());
        RunMetricsCsvReader.tr120().read(ctx);
        assertThat(ctx.records()).isEqualTo(540);
        TableBuffer b = ctx.table(CanonicalTable.RUNS);
        assertThat(b.rowCount()).isEqualTo(540);
        // Line 2: run_1766337673010.json (transformers-gpu single_micro), latency 1.099887000009403.
        String runId = b.getString(0, "run_id");
        assertThat(runId).isEqualTo(RUN + "prefill/runs/single_micro/transformers-gpu/fp32/run_1766337673010.json");
        assertThat(ds.files()).anyMatch(f -> f.path().equals(runId));
        assertThat(b.getDouble(0, "latency_ms")).isEqualTo(1.099887000009403);
        assertThat(b.getString(0, "mode")).isEqualTo("prefill");
        Table runs = ds.table(CanonicalTable.RUNS);
        int jsonFirst = rows(runs, i -> str(runs, "run_id", i).equals(runId)
                && integer(runs, "sample_idx", i) == 0).get(0);
        assertThat(num(runs, "latency_ms", jsonFirst)).isEqualTo(b.getDouble(0, "latency_ms"));
    }
}
