package dev.chimera.workbench.ingest.peer.vllm;

import static dev.chimera.workbench.ingest.peer.PeerTables.file;
import static dev.chimera.workbench.ingest.peer.PeerTables.messages;
import static dev.chimera.workbench.ingest.peer.PeerTables.onlyRow;
import static dev.chimera.workbench.ingest.peer.PeerTables.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** {@code vllm bench sweep serve} folders and {@code vllm bench latency} JSON (peer-formats §2.1, §2.5). */
class VllmSweepAndLatencyTest {
    private static final Path FIXTURES = Path.of("src/test/resources/peer/vllm");
    private static final String CELL = "SERVE--max_num_seqs=4-BENCH--max_concurrency=2-num_prompts=8";

    @Test
    void sweepCellSummaryHoldsTheRunsAndRunFilesAreNotAddedTwice() throws IOException {
        Dataset ds = DatasetLoader.standard().load(FIXTURES.resolve("sweep"));
        assertThat(ds.files()).hasSize(5);
        SourceFile summary = file(ds, CELL + "/summary.json");
        assertThat(summary.format()).isEqualTo("vllm.sweep.summary.json");
        assertThat(summary.producer()).isEqualTo("vllm");
        assertThat(summary.records()).isEqualTo(2); // two run objects in the array
        assertThat(summary.rowsIn(CanonicalTable.RUNS)).isEqualTo(2); // run 0 has 2 requests, run 1 none
        assertThat(messages(summary, Severity.INFO)).anyMatch(m -> m.startsWith(
                "variant: vllm bench sweep summary.json (2 runs); vllm bench serve (2025+), --save-detailed"));
        for (String run : new String[] {"run=0.json", "run=1.json"}) {
            SourceFile f = file(ds, CELL + "/" + run);
            assertThat(f.format()).isEqualTo("vllm.serve.json");
            assertThat(f.records()).isEqualTo(1);
            assertThat(f.rowsIn(CanonicalTable.RUNS) + f.rowsIn(CanonicalTable.SUMMARIES)).isZero();
            assertThat(f.note()).contains("same records as").contains(CELL + "/summary.json");
        }
        SourceFile warmup = file(ds, "warmup.json");
        assertThat(warmup.format()).isEqualTo("vllm.serve.json");
        assertThat(warmup.rowsIn(CanonicalTable.SUMMARIES)).isZero();
        assertThat(warmup.note()).contains("warm-up");
        SourceFile csv = file(ds, "20250304_101530/summary.csv");
        assertThat(csv.format()).isEqualTo("vllm.sweep.summary.csv");
        assertThat(csv.records()).isEqualTo(2); // wc -l = 3 (header + 2 runs)
        assertThat(csv.rowsIn(CanonicalTable.SUMMARIES)).isZero();

        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(2);
        assertThat(runs.stringColumn("run_label").get(0)).isEqualTo(CELL + " run=0");
        assertThat(runs.stringColumn("request_id").asList()).containsExactly("summary.json#0", "summary.json#1");
        // ttfts [0.04, 0.045] s, itls [[0.008], [0.0075]] s, 2 output tokens each
        assertThat(runs.doubleColumn("e2e_ms").asList()).containsExactly(48.0, 52.5);
        assertThat(runs.doubleColumn("tpot_ms").asList()).containsExactly(8.0, 7.5);
        assertThat(runs.stringColumn("x_max_num_seqs").asList()).containsExactly("4", "4");
        assertThat(runs.doubleColumn("concurrency").getDouble(0)).isEqualTo(2.0);

        Table s = ds.table(CanonicalTable.SUMMARIES);
        // per run: 4 metrics × 4 statistics + 12 scalars (rtfx included, goodput null); run files not added
        assertThat(s.rowCount()).isEqualTo(56);
        assertThat(value(s, onlyRow(s, "run_label", CELL + " run=1", "metric", "ttft", "statistic", "mean")))
                .isEqualTo(47.5);
        assertThat(value(s, onlyRow(s, "run_label", CELL + " run=1", "metric", "duration"))).isEqualTo(1500.0);
        assertThat(value(s, onlyRow(s, "run_label", CELL + " run=0", "metric", "duration"))).isEqualTo(1250.0);
    }

    @Test
    void latencyIterationsAreSecondsConvertedToMs() throws IOException {
        Dataset ds = DatasetLoader.standard().load(FIXTURES.resolve("latency"));
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("vllm.latency.json");
        assertThat(f.producer()).isEqualTo("vllm");
        assertThat(f.records()).isEqualTo(1);
        assertThat(messages(f, Severity.INFO)).contains("variant: vllm bench latency; 3 iterations in seconds");
        Table runs = ds.table(CanonicalTable.RUNS);
        // latencies [1.8302, 1.8511, 1.8437] s
        assertThat(runs.doubleColumn("latency_ms").asList()).containsExactly(1830.2, 1851.1, 1843.7);
        assertThat(runs.stringColumn("mode").asList()).containsOnly("e2e");
        assertThat(runs.stringColumn("run_id").asList()).containsOnly("latency-opt-125m-bs8.json");
        assertThat(runs.intColumn("sample_idx").asList()).containsExactly(0, 1, 2);
        Table s = ds.table(CanonicalTable.SUMMARIES);
        assertThat(s.rowCount()).isEqualTo(8); // avg, std, 6 percentiles
        int mean = onlyRow(s, "statistic", "mean");
        assertThat(value(s, mean)).isEqualTo(1842.1);
        assertThat(s.stringColumn("metric").get(mean)).isEqualTo("e2e_latency");
        assertThat(s.stringColumn("unit").get(mean)).isEqualTo("ms");
        int std = onlyRow(s, "statistic", "std");
        assertThat(value(s, std)).isEqualTo(11.2);
        assertThat(s.stringColumn("std_kind").get(std)).isEqualTo("population");
        int p10 = onlyRow(s, "statistic", "p10");
        assertThat(value(s, p10)).isEqualTo(1831.5);
        assertThat(s.stringColumn("pctl_method").get(p10)).isEqualTo("linear");
        assertThat(s.stringColumn("native_key").get(p10)).isEqualTo("percentiles.10");
        assertThat(value(s, onlyRow(s, "statistic", "p99"))).isEqualTo(1851.0);
    }

    @Test
    void legacyLatencyWithoutStd(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("latency.json"), "{\"avg_latency\": 0.25, \"latencies\": [0.2, 0.3],"
                + " \"percentiles\": {\"50\": 0.25, \"99\": 0.299}}");
        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("vllm.latency.json");
        assertThat(messages(f, Severity.INFO)).contains(
                "variant: legacy benchmark_latency.py (no std_latency); 2 iterations in seconds");
        Table s = ds.table(CanonicalTable.SUMMARIES);
        assertThat(s.stringColumn("statistic").asList()).containsExactly("mean", "p50", "p99");
        assertThat(s.doubleColumn("value").asList()).containsExactly(250.0, 250.0, 299.0);
    }
}
