package dev.chimera.workbench.ingest.peer.vllm;

import static dev.chimera.workbench.ingest.peer.PeerTables.countRows;
import static dev.chimera.workbench.ingest.peer.PeerTables.file;
import static dev.chimera.workbench.ingest.peer.PeerTables.messages;
import static dev.chimera.workbench.ingest.peer.PeerTables.onlyRow;
import static dev.chimera.workbench.ingest.peer.PeerTables.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * vLLM serve results (peer-formats §2): fixtures under src/test/resources/peer/vllm written by hand from the
 * spec; every expected number below is the fixture's seconds value × 1000 or a hand computation shown beside it.
 */
class VllmServeReaderTest {
    private static final Path FIXTURES = Path.of("src/test/resources/peer/vllm");
    private static final String DETAILED = "openai-chat-infqps-concurrency4-Qwen2.5-7B-Instruct-20250304-101530.json";

    @Test
    void newCliWithSaveDetailedKeepsFailedRequestAndConvertsSecondsToMs() throws IOException {
        Dataset ds = DatasetLoader.standard().load(FIXTURES.resolve("serve-detailed"));
        SourceFile f = file(ds, DETAILED);
        assertThat(f.format()).isEqualTo("vllm.serve.json");
        assertThat(f.producer()).isEqualTo("vllm");
        assertThat(f.kind()).isEqualTo(FileKind.RUNS);
        assertThat(f.records()).isEqualTo(1);
        assertThat(f.rowsIn(CanonicalTable.RUNS)).isEqualTo(4); // len(ttfts) = 4, the failed one included
        assertThat(messages(f, Severity.INFO)).contains(
                "variant: vllm bench serve (2025+), --save-detailed; single result object");
        // std_tpot_ms is a NaN token: warned about, no summary row
        assertThat(messages(f, Severity.WARNING)).anyMatch(m -> m.contains("std_tpot_ms") && m.contains("NaN"));

        SourceFile sidecar = file(ds, ".pytorch.json");
        assertThat(sidecar.format()).isEqualTo("vllm.pytorch.json");
        assertThat(sidecar.producer()).isEqualTo("vllm");
        assertThat(sidecar.rowsIn(CanonicalTable.RUNS) + sidecar.rowsIn(CanonicalTable.SUMMARIES)).isZero();

        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(4);
        int r0 = onlyRow(runs, "request_id", DETAILED + "#0");
        assertThat(runs.stringColumn("status").get(r0)).isEqualTo("ok");
        assertThat(runs.stringColumn("backend").get(r0)).isEqualTo("openai-chat");
        assertThat(runs.stringColumn("model").get(r0)).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(runs.stringColumn("run_label").get(r0)).isEqualTo("qps=inf concurrency=4");
        assertThat(runs.doubleColumn("request_rate").getDouble(r0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(runs.doubleColumn("concurrency").getDouble(r0)).isEqualTo(4.0);
        // ttfts[0] = 0.0913 s; itls[0] = [0.0241, 0.0238, 0.0300] s; no latencies → e2e = 91.3+24.1+23.8+30.0
        assertThat(runs.doubleColumn("ttft_ms").getDouble(r0)).isEqualTo(91.3);
        assertThat(runs.doubleColumn("e2e_ms").getDouble(r0)).isEqualTo(169.2);
        assertThat(runs.doubleColumn("latency_ms").getDouble(r0)).isEqualTo(169.2);
        assertThat(runs.stringColumn("e2e_source").get(r0)).isEqualTo("ttft+sum(itls)");
        // tpot = (169.2 − 91.3)/(4 − 1) = 77.9/3; mean gap = (24.1+23.8+30.0)/3 = 77.9/3 as well
        assertThat(runs.doubleColumn("tpot_ms").getDouble(r0)).isCloseTo(25.966666666666667, within(1e-12));
        assertThat(runs.doubleColumn("itl_ms").getDouble(r0)).isCloseTo(25.966666666666667, within(1e-12));
        assertThat(runs.stringColumn("itl_values_ms").get(r0)).isEqualTo("24.1;23.8;30");
        assertThat(runs.intColumn("prompt_tokens").getInt(r0)).isEqualTo(512);
        assertThat(runs.intColumn("gen_tokens").getInt(r0)).isEqualTo(4);

        int r1 = onlyRow(runs, "request_id", DETAILED + "#1"); // errors[1] = "Bad Request", 0.0/[] placeholders
        assertThat(runs.stringColumn("status").get(r1)).isEqualTo("error");
        assertThat(runs.stringColumn("error").get(r1)).isEqualTo("Bad Request");
        assertThat(runs.doubleColumn("ttft_ms").getDouble(r1)).isNaN();
        assertThat(runs.doubleColumn("e2e_ms").getDouble(r1)).isNaN();
        assertThat(runs.doubleColumn("tpot_ms").getDouble(r1)).isNaN();
        assertThat(runs.intColumn("gen_tokens").isMissing(r1)).isTrue();
        assertThat(runs.intColumn("prompt_tokens").getInt(r1)).isEqualTo(498);

        int r2 = onlyRow(runs, "request_id", DETAILED + "#2"); // 1 output token: TPOT undefined
        assertThat(runs.doubleColumn("ttft_ms").getDouble(r2)).isEqualTo(250.0);
        assertThat(runs.doubleColumn("e2e_ms").getDouble(r2)).isEqualTo(250.0);
        assertThat(runs.doubleColumn("tpot_ms").getDouble(r2)).isNaN();
        assertThat(runs.doubleColumn("itl_ms").getDouble(r2)).isNaN();

        int r3 = onlyRow(runs, "request_id", DETAILED + "#3"); // 100 + 50 + 42.5; (192.5 − 100)/2
        assertThat(runs.doubleColumn("e2e_ms").getDouble(r3)).isEqualTo(192.5);
        assertThat(runs.doubleColumn("tpot_ms").getDouble(r3)).isEqualTo(46.25);
        assertThat(runs.doubleColumn("itl_ms").getDouble(r3)).isEqualTo(46.25);
        assertThat(runs.stringColumn("itl_values_ms").get(r3)).isEqualTo("50;42.5");

        Table s = ds.table(CanonicalTable.SUMMARIES);
        // 5 ttft + 3 tpot (std is NaN) + 4 itl statistics, 11 scalars (request_goodput is null)
        assertThat(s.rowCount()).isEqualTo(23);
        int mean = onlyRow(s, "metric", "ttft", "statistic", "mean");
        assertThat(value(s, mean)).isEqualTo(147.1);
        assertThat(s.stringColumn("unit").get(mean)).isEqualTo("ms");
        assertThat(s.stringColumn("population").get(mean)).isEqualTo("ok");
        assertThat(s.stringColumn("native_key").get(mean)).isEqualTo("mean_ttft_ms");
        assertThat(s.stringColumn("run_label").get(mean)).isEqualTo("qps=inf concurrency=4");
        assertThat(s.stringColumn("format").get(mean)).isEqualTo("vllm.serve.json");
        int std = onlyRow(s, "metric", "ttft", "statistic", "std");
        assertThat(value(s, std)).isEqualTo(72.85);
        assertThat(s.stringColumn("std_kind").get(std)).isEqualTo("population");
        int p99 = onlyRow(s, "metric", "ttft", "statistic", "p99");
        assertThat(value(s, p99)).isEqualTo(247.0);
        assertThat(s.stringColumn("pctl_method").get(p99)).isEqualTo("linear");
        assertThat(value(s, onlyRow(s, "metric", "ttft", "statistic", "p99.9"))).isEqualTo(249.7);
        assertThat(countRows(s, "metric", "tpot", "statistic", "std")).isZero();
        assertThat(value(s, onlyRow(s, "metric", "itl", "statistic", "mean"))).isEqualTo(34.08);
        assertThat(value(s, onlyRow(s, "metric", "duration", "statistic", "value"))).isEqualTo(2500.0); // 2.5 s
        assertThat(value(s, onlyRow(s, "metric", "request_count", "population", "ok"))).isEqualTo(3.0);
        assertThat(value(s, onlyRow(s, "metric", "request_count", "population", "all"))).isEqualTo(4.0);
        int failed = onlyRow(s, "metric", "error_count");
        assertThat(value(s, failed)).isEqualTo(1.0);
        assertThat(s.stringColumn("population").get(failed)).isEqualTo("errored");
        assertThat(countRows(s, "metric", "goodput")).isZero();
        assertThat(value(s, onlyRow(s, "metric", "x.vllm.max_output_tokens_per_s"))).isEqualTo(5.0);
        assertThat(value(s, onlyRow(s, "metric", "input_tokens", "statistic", "sum"))).isEqualTo(1502.0);
    }

    @Test
    void statisticsOnlyPrettyPrintedResultHasNoRequestRows() throws IOException {
        Dataset ds = DatasetLoader.standard().load(FIXTURES.resolve("serve-stats-only"));
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("vllm.serve.json");
        assertThat(f.records()).isEqualTo(1);
        assertThat(f.rowsIn(CanonicalTable.RUNS)).isZero();
        assertThat(messages(f, Severity.INFO)).contains(
                "variant: vllm bench serve (2025+), statistics only; single result object");
        Table s = ds.table(CanonicalTable.SUMMARIES);
        assertThat(s.rowCount()).isEqualTo(27); // 4 metrics × 4 statistics + 11 scalars
        int e2e = onlyRow(s, "metric", "e2e_latency", "statistic", "mean");
        assertThat(value(s, e2e)).isEqualTo(1615.7);
        assertThat(s.stringColumn("native_key").get(e2e)).isEqualTo("mean_e2el_ms");
        assertThat(s.stringColumn("run_label").get(e2e)).isEqualTo("qps=4"); // 4.0, no max_concurrency
        assertThat(value(s, onlyRow(s, "metric", "duration"))).isEqualTo(25125.0); // 25.125 s
        assertThat(value(s, onlyRow(s, "metric", "error_count"))).isZero();
    }

    @Test
    void legacyScriptsGoodputTypoAndMissingErrorsArray() throws IOException {
        Dataset ds = DatasetLoader.standard().load(FIXTURES.resolve("legacy"));
        String v08 = "vllm-2.0qps-Llama-3.1-8B-Instruct-20250110-120000.json";
        String v04 = "vllm-infqps-opt-125m-20240601-090000.json";
        assertThat(ds.files()).allSatisfy(f -> assertThat(f.format()).isEqualTo("vllm.serve.json"));
        assertThat(messages(file(ds, v08), Severity.INFO)).contains(
                "variant: legacy benchmark_serving.py (v0.5-v0.10), per-request arrays (#15794); single result object");
        assertThat(messages(file(ds, v04), Severity.INFO)).contains(
                "variant: legacy benchmark_serving.py (<= v0.4), per-request arrays without errors[]; "
                        + "single result object");
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(5); // 3 + 2 entries in ttfts
        int a = onlyRow(runs, "request_id", v08 + "#0"); // 50 + 20 + 30; (100 − 50)/2
        assertThat(runs.doubleColumn("e2e_ms").getDouble(a)).isEqualTo(100.0);
        assertThat(runs.doubleColumn("tpot_ms").getDouble(a)).isEqualTo(25.0);
        assertThat(runs.stringColumn("run_label").get(a)).isEqualTo("qps=2");
        int b = onlyRow(runs, "request_id", v08 + "#1"); // 60 + 10 + 10 + 12 = 92; 32/3
        assertThat(runs.doubleColumn("e2e_ms").getDouble(b)).isEqualTo(92.0);
        assertThat(runs.doubleColumn("tpot_ms").getDouble(b)).isCloseTo(10.666666666666666, within(1e-12));
        int c = onlyRow(runs, "request_id", v08 + "#2");
        assertThat(runs.stringColumn("status").get(c)).isEqualTo("error");
        assertThat(runs.stringColumn("error").get(c)).startsWith("Traceback (most recent call last):");
        // ≤ v0.4: no errors[] → ttft 0.0 means failed; no itls/latencies → e2e unknown
        int ok = onlyRow(runs, "request_id", v04 + "#0");
        assertThat(runs.stringColumn("status").get(ok)).isEqualTo("ok");
        assertThat(runs.doubleColumn("ttft_ms").getDouble(ok)).isEqualTo(200.0);
        assertThat(runs.doubleColumn("e2e_ms").getDouble(ok)).isNaN();
        int bad = onlyRow(runs, "request_id", v04 + "#1");
        assertThat(runs.stringColumn("status").get(bad)).isEqualTo("error");

        Table s = ds.table(CanonicalTable.SUMMARIES);
        int goodput = onlyRow(s, "metric", "goodput");
        assertThat(value(s, goodput)).isEqualTo(0.5);
        assertThat(s.stringColumn("native_key").get(goodput)).isEqualTo("request_goodput:");
        int derived = onlyRow(s, "metric", "error_count", "source_file", v08);
        assertThat(value(s, derived)).isEqualTo(1.0); // one non-empty errors[] entry
        assertThat(s.stringColumn("native_key").get(derived)).isEqualTo("errors (non-empty entries)");
        int diff = onlyRow(s, "metric", "error_count", "source_file", v04);
        assertThat(value(s, diff)).isEqualTo(1.0); // num_prompts 2 − completed 1
        assertThat(s.stringColumn("native_key").get(diff)).isEqualTo("num_prompts - completed");
        int typo = onlyRow(s, "native_key", "request_inthroughput");
        assertThat(s.stringColumn("metric").get(typo)).isEqualTo("request_throughput");
        assertThat(value(s, typo)).isEqualTo(2.0);
        assertThat(countRows(s, "source_file", v04, "statistic", "std")).isZero(); // ≤ v0.4 wrote no std
    }

    @Test
    void appendResultNdjsonWithCutOffLastLine() throws IOException {
        Dataset ds = DatasetLoader.standard().load(FIXTURES.resolve("append"));
        SourceFile f = ds.files().get(0);
        String name = "openai-8.0qps-concurrency2-opt-125m-20260101-100000.json";
        assertThat(f.format()).isEqualTo("vllm.serve.json");
        assertThat(f.records()).isEqualTo(2); // 2 complete lines; line 3 is cut off
        assertThat(f.diagnostics()).anyMatch(d -> d.severity() == Severity.WARNING && d.line() == 3
                && d.message().contains("incomplete"));
        assertThat(messages(f, Severity.INFO)).contains("variant: vllm bench serve (2025+), statistics only"
                + " + vllm bench serve (newest: latencies/start_times), latencies only (no --save-detailed);"
                + " --append-result NDJSON with 2 objects");
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(3); // only object 2 keeps latencies (3 entries)
        assertThat(runs.doubleColumn("e2e_ms").asList()).containsExactly(500.0, null, 750.0); // null = missing
        assertThat(runs.stringColumn("status").asList()).containsExactly("ok", "error", "ok");
        assertThat(runs.doubleColumn("queue_ms").asList()).containsExactly(0.0, 100.0, 200.0);
        assertThat(runs.doubleColumn("ttft_ms").getDouble(0)).isNaN();
        assertThat(runs.stringColumn("request_id").get(2)).isEqualTo(name + "#2");
        assertThat(runs.stringColumn("run_label").get(0)).isEqualTo("mytest qps=8 concurrency=2");
        assertThat(runs.stringColumn("run_id").get(0)).isEqualTo(name + "#1 mytest qps=8 concurrency=2");
        Table s = ds.table(CanonicalTable.SUMMARIES);
        assertThat(countRows(s, "run_label", "qps=1", "metric", "ttft")).isEqualTo(4);
        assertThat(countRows(s, "run_label", "mytest qps=8 concurrency=2", "metric", "ttft")).isEqualTo(4);
    }

    @Test
    void newestStartTimesAreRelativeAndAllFailedStatisticsArePlaceholders(@TempDir Path dir) throws IOException {
        // start_times are perf_counter seconds: 100.5, 100.25, 100.75 → 250, 0, 500 ms after the earliest
        Files.writeString(dir.resolve("vllm-infqps-m-20260102-000000.json"), "{\"backend\": \"vllm\", "
                + "\"model_id\": \"m\", \"num_prompts\": 3, \"request_rate\": \"inf\", \"max_concurrency\": null, "
                + "\"duration\": 1.0, \"completed\": 2, \"failed\": 1, \"input_lens\": [8, 8, 8], "
                + "\"output_lens\": [3, 3, 0], \"ttfts\": [0.02, 0.03, 0.0], \"itls\": [[0.04, 0.04], [0.05, 0.05], []],"
                + " \"latencies\": [0.1, 0.13, 0.0], \"start_times\": [100.5, 100.25, 100.75], "
                + "\"errors\": [\"\", \"\", \"timeout\"], \"mean_ttft_ms\": 25.0}\n");
        Files.writeString(dir.resolve("vllm-infqps-m-20260103-000000.json"), "{\"backend\": \"vllm\", "
                + "\"model_id\": \"m\", \"num_prompts\": 2, \"request_rate\": 1.5, \"duration\": 0.2, "
                + "\"completed\": 0, \"failed\": 2, \"mean_ttft_ms\": 0.0, \"p99_ttft_ms\": 0.0}\n");
        Dataset ds = DatasetLoader.standard().load(dir);
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.doubleColumn("start_ms").asList()).containsExactly(250.0, 0.0, 500.0);
        // latencies win over ttft + Σitls: e2e 100 and 130; tpot (100 − 20)/2 and (130 − 30)/2
        assertThat(runs.doubleColumn("e2e_ms").asList()).containsExactly(100.0, 130.0, null);
        assertThat(runs.doubleColumn("tpot_ms").asList()).containsExactly(40.0, 50.0, null);
        assertThat(runs.stringColumn("e2e_source").get(0)).isEqualTo("latencies");
        assertThat(runs.stringColumn("error").get(2)).isEqualTo("timeout");
        assertThat(runs.stringColumn("run_label").get(0)).isEqualTo("qps=inf");

        SourceFile allFailed = file(ds, "20260103-000000.json");
        assertThat(messages(allFailed, Severity.WARNING)).anyMatch(m -> m.startsWith("no request succeeded"));
        Table s = ds.table(CanonicalTable.SUMMARIES);
        assertThat(countRows(s, "source_file", "vllm-infqps-m-20260103-000000.json", "metric", "ttft")).isZero();
        assertThat(value(s, onlyRow(s, "source_file", "vllm-infqps-m-20260103-000000.json",
                "metric", "error_count"))).isEqualTo(2.0);
        assertThat(s.stringColumn("run_label").get(onlyRow(s, "source_file", "vllm-infqps-m-20260103-000000.json",
                "metric", "error_count"))).isEqualTo("qps=1.5");
    }

    @Test
    void compactDetailedResultLargerThanTheProbeHead(@TempDir Path dir) throws IOException {
        // 2,000 requests with 60-character texts: one line of ~190 KB, well over the 64 KiB probe head
        int n = 2000;
        StringBuilder ttfts = new StringBuilder();
        StringBuilder itls = new StringBuilder();
        StringBuilder texts = new StringBuilder();
        StringBuilder errors = new StringBuilder();
        StringBuilder lens = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String sep = i == 0 ? "" : ", ";
            ttfts.append(sep).append("0.125");
            itls.append(sep).append("[0.01, 0.02]");
            texts.append(sep).append('"').append("x".repeat(60)).append('"');
            errors.append(sep).append(i == n - 1 ? "\"Internal Server Error\"" : "\"\"");
            lens.append(sep).append("3");
        }
        String json = "{\"date\": \"20250304-101530\", \"endpoint_type\": \"vllm\", \"backend\": \"vllm\", "
                + "\"model_id\": \"m\", \"num_prompts\": " + n + ", \"request_rate\": 16.0, \"duration\": 10.0, "
                + "\"completed\": " + (n - 1) + ", \"failed\": 1, \"input_lens\": [" + lens + "], \"output_lens\": ["
                + lens + "], \"ttfts\": [" + ttfts + "], \"itls\": [" + itls + "], \"generated_texts\": [" + texts
                + "], \"errors\": [" + errors + "], \"mean_ttft_ms\": 125.0}";
        assertThat(json.length()).isGreaterThan(2 * 65536);
        Files.writeString(dir.resolve("big.json"), json);
        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("vllm.serve.json");
        assertThat(f.rowsIn(CanonicalTable.RUNS)).isEqualTo(n);
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.doubleColumn("e2e_ms").getDouble(0)).isEqualTo(155.0); // 125 + 10 + 20
        assertThat(runs.doubleColumn("tpot_ms").getDouble(0)).isEqualTo(15.0); // 30 / (3 − 1)
        assertThat(runs.stringColumn("status").get(n - 1)).isEqualTo("error");
        assertThat(runs.stringColumn("run_label").get(0)).isEqualTo("qps=16");
    }
}
