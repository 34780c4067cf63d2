package dev.chimera.workbench.ingest.peer.mlperf;

import static dev.chimera.workbench.ingest.peer.GuideFamilyTables.summaries;
import static dev.chimera.workbench.ingest.peer.GuideFamilyTables.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * MLPerf LoadGen logs written from peer-formats §8 and LoadGen's results.cc (src/test/resources/peer/mlperf/):
 * a Server LLM run (summary + detail, the detail cut off mid-line) and an old-format SingleStream summary.
 * ns → ms values computed with python3 (e.g. 812341233/1e6 = 812.341233).
 */
class MlperfLogReadersTest {
    private static final Path ROOT = Path.of("src/test/resources/peer/mlperf");

    private static Dataset server() throws IOException {
        return DatasetLoader.standard().load(ROOT.resolve("server"));
    }

    private static Row from(Dataset ds, String file, String metric, String statistic) {
        List<Row> rows = summaries(ds, metric, statistic, "all").stream()
                .filter(r -> r.getString("source_file").equals(file)).toList();
        assertThat(rows).as(file + " " + metric + " " + statistic).hasSize(1);
        return rows.get(0);
    }

    @Test
    void serverSummary() throws IOException {
        Dataset ds = server();
        SourceFile f = ds.files().stream().filter(s -> s.path().equals("mlperf_log_summary.txt")).findFirst()
                .orElseThrow();
        assertThat(f.format()).isEqualTo("mlperf.summary");
        assertThat(f.producer()).isEqualTo("mlperf");
        assertThat(f.records()).isEqualTo(28); // key : value lines with a value (python, incl. 4 test parameters)
        assertThat(f.diagnostics()).anySatisfy(d -> assertThat(d.message())
                .isEqualTo("variant: MLPerf LoadGen summary, scenario Server, with LLM token latencies"));
        assertThat(f.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
        String s = "mlperf_log_summary.txt";
        Row min = from(ds, s, "e2e_latency", "min");
        assertThat(min.getDouble("value")).isEqualTo(812.341233);
        assertThat(min.getString("unit")).isEqualTo("ms");
        assertThat(min.getString("pctl_method")).isEqualTo("floor_rank");
        assertThat(min.getString("native_key")).isEqualTo("Min latency (ns)");
        assertThat(min.getString("run_label")).isEqualTo("vLLM-SUT/Server/PerformanceOnly");
        assertThat(min.getString("scenario")).isEqualTo("Server");
        assertThat(min.getInt("source_line")).isEqualTo(26); // grep -n
        assertThat(from(ds, s, "e2e_latency", "p99.9").getDouble("value")).isEqualTo(20771.002338);
        assertThat(from(ds, s, "ttft", "mean").getDouble("value")).isEqualTo(412.770105);
        assertThat(from(ds, s, "tpot", "p99").getDouble("value")).isEqualTo(78.002114);
        assertThat(from(ds, s, "tpot", "p99").getString("native_key"))
                .isEqualTo("99.00 percentile time to output token (ns)");
        assertThat(from(ds, s, "request_throughput", "value").getDouble("value")).isEqualTo(12.41);
        assertThat(from(ds, s, "x.mlperf.scheduled_samples_per_second", "value").getDouble("value")).isEqualTo(12.52);
        // logged twice (headline, Additional Stats): one row, the later line
        Row tps = from(ds, s, "output_token_throughput", "value");
        assertThat(tps.getDouble("value")).isEqualTo(3890.22);
        assertThat(tps.getString("unit")).isEqualTo("tokens/s");
        assertThat(tps.getInt("source_line")).isEqualTo(33); // grep -n
        assertThat(from(ds, s, "x.mlperf.result_valid", "value").getDouble("value")).isZero(); // INVALID
        assertThat(from(ds, s, "x.mlperf.min_queries_satisfied", "value").getDouble("value")).isZero(); // "NO"
        assertThat(from(ds, s, "x.mlperf.performance_constraints_satisfied", "value").getDouble("value"))
                .isEqualTo(1.0);
        // test parameters (ttft_latency (ns) …) are settings, not results
        assertThat(ds.table(CanonicalTable.SUMMARIES).stringColumn("native_key").asList())
                .doesNotContain("ttft_latency (ns)", "target_qps");
    }

    @Test
    void serverDetailWithTokenThroughputUnitBug() throws IOException {
        Dataset ds = server();
        SourceFile f = ds.files().stream().filter(s -> s.path().equals("mlperf_log_detail.txt")).findFirst()
                .orElseThrow();
        assertThat(f.format()).isEqualTo("mlperf.detail");
        assertThat(f.producer()).isEqualTo("mlperf");
        assertThat(f.records()).isEqualTo(13); // 14 lines, the last cut off mid-JSON
        assertThat(ds.rowCount(CanonicalTable.RUNS)).isZero(); // LoadGen logs no per-sample records
        List<Diagnostic> diags = f.diagnostics();
        assertThat(diags).anySatisfy(d -> assertThat(d.message())
                .isEqualTo("variant: MLPerf LoadGen detail log (MLLOG), loadgen 4.0 @ 1a2b3c4d, scenario Server"));
        assertThat(diags).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.message()).contains("error_runtime").contains("sample 17");
        });
        assertThat(diags).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line()).isEqualTo(14);
            assertThat(d.message()).contains("incomplete");
        });
        assertThat(diags).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("result_token_throughput is tokens per nanosecond");
        });
        String s = "mlperf_log_detail.txt";
        // 3.125e-05 tokens/ns × 1e9 = 31250 tokens/s, never labelled as the raw number
        Row bug = from(ds, s, "x.mlperf.tps_without_loadgen_overhead", "value");
        assertThat(bug.getDouble("value")).isEqualTo(31250.0);
        assertThat(bug.getString("unit")).isEqualTo("tokens/s");
        assertThat(bug.getString("native_key")).isEqualTo("result_token_throughput");
        assertThat(from(ds, s, "e2e_latency", "mean").getDouble("value")).isEqualTo(6120.398877);
        assertThat(from(ds, s, "ttft", "p99").getDouble("value")).isEqualTo(1788.3012);
        // result_time_to_output_token_mean is ns although the key has no _ns suffix
        assertThat(from(ds, s, "tpot", "mean").getDouble("value")).isEqualTo(31.877102);
        assertThat(from(ds, s, "output_token_throughput", "value").getDouble("value")).isEqualTo(3890.22);
        assertThat(from(ds, s, "error_count", "value").getDouble("value")).isEqualTo(1.0);
        assertThat(from(ds, s, "x.mlperf.result_valid", "value").getDouble("value")).isEqualTo(1.0);
        assertThat(from(ds, s, "x.mlperf.min_duration_satisfied", "value").getDouble("value")).isEqualTo(1.0);
        assertThat(from(ds, s, "ttft", "p99").getString("run_label")).isEqualTo("vLLM-SUT/Server/PerformanceOnly");
    }

    @Test
    void oldSingleStreamSummary() throws IOException {
        Dataset ds = DatasetLoader.standard().load(ROOT.resolve("singlestream_old"));
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("mlperf.summary");
        assertThat(f.records()).isEqualTo(15);
        assertThat(f.diagnostics()).anySatisfy(d -> assertThat(d.message()).isEqualTo(
                "variant: MLPerf LoadGen summary, scenario Single Stream (pre-new-logging-format scenario name)"));
        Table t = ds.table(CanonicalTable.SUMMARIES);
        // headline "90.0th percentile latency" and "90.00 percentile latency" are one statistic
        Row p90 = summary(ds, "e2e_latency", "p90", "all");
        assertThat(p90.getDouble("value")).isEqualTo(5302.11773);
        assertThat(p90.getString("native_key")).isEqualTo("90.00 percentile latency (ns)");
        assertThat(summary(ds, "e2e_latency", "mean", "all").getDouble("value")).isEqualTo(5000.0);
        assertThat(summary(ds, "request_throughput", "value", "all").getDouble("value")).isEqualTo(0.19);
        assertThat(summary(ds, "x.mlperf.qps_without_loadgen_overhead", "value", "all").getDouble("value"))
                .isEqualTo(0.20);
        // result_valid, 2 checks, 2 QPS, min, max, mean, p50, p90
        assertThat(t.rowCount()).isEqualTo(10);
    }
}
