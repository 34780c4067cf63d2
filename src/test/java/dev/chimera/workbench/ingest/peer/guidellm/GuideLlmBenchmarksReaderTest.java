package dev.chimera.workbench.ingest.peer.guidellm;

import static dev.chimera.workbench.ingest.peer.GuideFamilyTables.runRow;
import static dev.chimera.workbench.ingest.peer.GuideFamilyTables.summaries;
import static dev.chimera.workbench.ingest.peer.GuideFamilyTables.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * GuideLLM benchmarks.json fixtures written by hand from peer-formats §5 (src/test/resources/peer/guidellm/):
 * v0.3 (benchmarks only, epoch-second times at the top of each request), v0.5 (metadata v1 + args) and v0.7
 * (metadata v2 + config, info.timings, sampled requests). Expected values computed by hand / python3 as noted.
 */
class GuideLlmBenchmarksReaderTest {
    private static final Path ROOT = Path.of("src/test/resources/peer/guidellm");

    @Test
    void v03LayoutRequestsAndSummaries() throws IOException {
        Dataset ds = DatasetLoader.standard().load(ROOT.resolve("v0_3"));
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("guidellm.benchmarks.json");
        assertThat(f.producer()).isEqualTo("guidellm");
        assertThat(f.records()).isEqualTo(3); // 2 successful + 1 errored request records
        assertThat(f.diagnostics()).filteredOn(d -> d.severity() == Severity.INFO)
                .anySatisfy(d -> assertThat(d.message()).isEqualTo("variant: GuideLLM v0.2–v0.3 (benchmarks only)"));
        assertThat(f.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
        // request_totals.total = 3 = listed requests: not a sample
        assertThat(f.diagnostics()).noneMatch(d -> d.message().contains("sample"));

        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(3);
        assertThat(runs.stringColumn("status").asList()).containsExactly("ok", "ok", "error");
        assertThat(runs.stringColumn("run_label").asList()).containsOnly("synchronous");
        assertThat(runs.stringColumn("model").asList()).containsOnly("Qwen/Qwen2.5-7B-Instruct");
        assertThat(runs.stringColumn("backend").asList()).containsOnly("openai_http");
        assertThat(runs.stringColumn("scenario").asList()).containsOnly("sweep");
        assertThat(runs.doubleColumn("concurrency").getDouble(0)).isEqualTo(1.0); // synchronous = 1 stream

        int r1 = runRow(ds, "r-1");
        // request_latency 1.25 s → 1250 ms; ttft 250 ms; canonical tpot (1250 − 250)/(11 − 1) = 100
        assertThat(runs.doubleColumn("e2e_ms").getDouble(r1)).isEqualTo(1250.0);
        assertThat(runs.doubleColumn("latency_ms").getDouble(r1)).isEqualTo(1250.0);
        assertThat(runs.doubleColumn("ttft_ms").getDouble(r1)).isEqualTo(250.0);
        assertThat(runs.doubleColumn("tpot_ms").getDouble(r1)).isEqualTo(100.0);
        assertThat(runs.doubleColumn("itl_ms").getDouble(r1)).isEqualTo(100.0);
        // v0.3's own TPOT = 1000·(last − first)/n = 1000/11 (python: 90.9090909090909)
        assertThat(runs.doubleColumn("native_tpot_ms").getDouble(r1)).isEqualTo(90.9090909090909);
        assertThat(runs.stringColumn("native_tpot_def").get(r1)).isEqualTo("(last_token-first_token)/n");
        assertThat(runs.intColumn("prompt_tokens").getInt(r1)).isEqualTo(100);
        assertThat(runs.intColumn("gen_tokens").getInt(r1)).isEqualTo(11);
        assertThat(runs.doubleColumn("start_ms").getDouble(r1)).isZero();
        assertThat(runs.doubleColumn("start_epoch_ms").getDouble(r1)).isEqualTo(1_700_000_000_000.0);

        int r2 = runRow(ds, "r-2");
        // start 1700000001.5 − 1700000000.0 = 1.5 s; tpot (1000 − 250)/(5 − 1) = 187.5
        assertThat(runs.doubleColumn("start_ms").getDouble(r2)).isEqualTo(1500.0);
        assertThat(runs.doubleColumn("tpot_ms").getDouble(r2)).isEqualTo(187.5);
        assertThat(runs.intColumn("sample_idx").getInt(r2)).isEqualTo(1);

        int r3 = runRow(ds, "r-3");
        assertThat(runs.stringColumn("status").get(r3)).isEqualTo("error");
        assertThat(runs.stringColumn("error").get(r3)).isEqualTo("HTTP 500: Internal Server Error");
        assertThat(runs.doubleColumn("ttft_ms").getDouble(r3)).isNaN(); // 0.0 placeholder, first_token_time null
        assertThat(runs.doubleColumn("e2e_ms").getDouble(r3)).isEqualTo(500.0);
        assertThat(runs.doubleColumn("tpot_ms").getDouble(r3)).isNaN(); // 0 output tokens
        assertThat(runs.doubleColumn("start_ms").getDouble(r3)).isEqualTo(2000.0);

        Row ttft = summary(ds, "ttft", "p99.9", "ok");
        assertThat(ttft.getDouble("value")).isEqualTo(250.0);
        assertThat(ttft.getString("native_key")).isEqualTo("time_to_first_token_ms.successful.percentiles.p999");
        assertThat(ttft.getString("pctl_method")).isEqualTo("weighted_cdf");
        assertThat(ttft.getString("std_kind")).isEqualTo("population");
        assertThat(ttft.getString("unit")).isEqualTo("ms");
        assertThat(ttft.getString("run_label")).isEqualTo("synchronous");
        assertThat(summary(ds, "ttft", "p1", "all").getString("native_key"))
                .isEqualTo("time_to_first_token_ms.total.percentiles.p01");
        // errored population: the 0 placeholders as GuideLLM wrote them
        assertThat(summary(ds, "ttft", "mean", "errored").getDouble("value")).isZero();
        assertThat(summary(ds, "ttft", "count", "incomplete").getDouble("value")).isZero();
        assertThat(summary(ds, "ttft", "std", "all").getDouble("value")).isEqualTo(117.85113019775793);
        // request_latency is seconds: mean 1.125 s → 1125 ms, p99 1.25 s → 1250 ms, sum 2.25 s → 2250 ms
        Row e2e = summary(ds, "e2e_latency", "mean", "ok");
        assertThat(e2e.getDouble("value")).isEqualTo(1125.0);
        assertThat(e2e.getString("native_key")).isEqualTo("request_latency.successful.mean");
        assertThat(summary(ds, "e2e_latency", "p99", "ok").getDouble("value")).isEqualTo(1250.0);
        assertThat(summary(ds, "e2e_latency", "sum", "ok").getDouble("value")).isEqualTo(2250.0);
        assertThat(summary(ds, "e2e_latency", "count", "ok").getDouble("value")).isEqualTo(2.0);
        assertThat(summaries(ds, "e2e_latency", "mean", "errored")).isEmpty(); // null in the file
        // benchmark-level request_totals (v0.3)
        assertThat(summary(ds, "request_count", "value", "all").getDouble("value")).isEqualTo(3.0);
        assertThat(summary(ds, "request_count", "value", "ok").getDouble("value")).isEqualTo(2.0);
        assertThat(summary(ds, "error_count", "value", "errored").getDouble("value")).isEqualTo(1.0);
    }

    @Test
    void v05LayoutTakesModelAndBackendFromArgs() throws IOException {
        Dataset ds = DatasetLoader.standard().load(ROOT.resolve("v0_5"));
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("guidellm.benchmarks.json");
        assertThat(f.diagnostics()).anySatisfy(d -> assertThat(d.message())
                .isEqualTo("variant: GuideLLM v0.5–v0.6 (metadata v1 + args), guidellm 0.5.0"));
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(1);
        assertThat(runs.stringColumn("run_label").get(0)).isEqualTo("constant rate=4.5");
        assertThat(runs.doubleColumn("request_rate").getDouble(0)).isEqualTo(4.5);
        assertThat(runs.doubleColumn("concurrency").getDouble(0)).isNaN();
        assertThat(runs.stringColumn("model").get(0)).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(runs.stringColumn("backend").get(0)).isEqualTo("openai_http");
        // request_latency 3.25 s; ttft 125; tpot (3250 − 125)/127 (python: 24.606299212598426)
        assertThat(runs.doubleColumn("e2e_ms").getDouble(0)).isEqualTo(3250.0);
        assertThat(runs.doubleColumn("tpot_ms").getDouble(0)).isEqualTo(24.606299212598426);
        assertThat(runs.doubleColumn("native_tpot_ms").getDouble(0)).isEqualTo(25.390625); // 3250/128
        assertThat(runs.stringColumn("native_tpot_def").get(0)).isEqualTo("(last_token-start)/n");
        // 1 listed of 274 requests → sampled
        assertThat(runs.booleanColumn("sampled").get(0)).isTrue();
        assertThat(f.diagnostics()).anySatisfy(d -> assertThat(d.message())
                .contains("1 of 274 requests").contains("sample_requests=10"));
        assertThat(summary(ds, "ttft", "p5", "ok").getDouble("value")).isEqualTo(60.2);
        assertThat(summary(ds, "ttft", "p0.1", "ok").getDouble("value")).isEqualTo(51.3);
        assertThat(summary(ds, "ttft", "std", "ok").getDouble("value")).isEqualTo(22.6);
        assertThat(summary(ds, "request_count", "value", "incomplete").getDouble("value")).isEqualTo(4.0);
        assertThat(summary(ds, "request_count", "value", "all").getString("native_key"))
                .isEqualTo("metrics.request_totals.total");
    }

    @Test
    void v07LayoutKeepsErroredAndIncompleteSamplesMarked() throws IOException {
        Dataset ds = DatasetLoader.standard().load(ROOT.resolve("v0_7"));
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("guidellm.benchmarks.json");
        assertThat(f.producer()).isEqualTo("guidellm");
        assertThat(f.records()).isEqualTo(3);
        assertThat(f.diagnostics()).anySatisfy(d -> assertThat(d.message())
                .isEqualTo("variant: GuideLLM v0.7 (metadata v2 + config), guidellm 0.7.3"));
        Diagnostic sampled = f.diagnostics().stream().filter(d -> d.message().contains("sample")).findFirst()
                .orElseThrow();
        assertThat(sampled.severity()).isEqualTo(Severity.WARNING);
        assertThat(sampled.message()).contains("3 of 45 requests");

        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(3);
        assertThat(runs.stringColumn("status").asList()).containsExactly("ok", "error", "incomplete");
        assertThat(runs.stringColumn("run_label").asList()).containsOnly("concurrent streams=4");
        assertThat(runs.doubleColumn("concurrency").getDouble(0)).isEqualTo(4.0);
        assertThat(runs.stringColumn("model").asList()).containsOnly("meta-llama/Llama-3.1-8B-Instruct");
        assertThat(runs.stringColumn("backend").asList()).containsOnly("openai_http");
        assertThat(runs.stringColumn("run_id").get(0)).isEqualTo("benchmarks.json#0 concurrent streams=4");

        int a1 = runRow(ds, "a1");
        // earliest start is e1 at …301.5; a1 starts at …302.0 → 500 ms
        assertThat(runs.doubleColumn("start_ms").getDouble(a1)).isEqualTo(500.0);
        assertThat(runs.doubleColumn("e2e_ms").getDouble(a1)).isEqualTo(3000.0);
        assertThat(runs.doubleColumn("ttft_ms").getDouble(a1)).isEqualTo(125.0);
        // (3000 − 125)/(128 − 1), python: 22.637795275590552; native (last − start)/n = 3000/128 = 23.4375
        assertThat(runs.doubleColumn("tpot_ms").getDouble(a1)).isEqualTo(22.637795275590552);
        assertThat(runs.doubleColumn("native_tpot_ms").getDouble(a1)).isEqualTo(23.4375);
        assertThat(runs.booleanColumn("sampled").get(a1)).isTrue();

        int e1 = runRow(ds, "e1");
        assertThat(runs.stringColumn("status").get(e1)).isEqualTo("error");
        assertThat(runs.stringColumn("error").get(e1)).isEqualTo("ReadTimeout: timed out");
        assertThat(runs.doubleColumn("start_ms").getDouble(e1)).isZero();
        assertThat(runs.doubleColumn("e2e_ms").getDouble(e1)).isEqualTo(2000.0);
        assertThat(runs.doubleColumn("ttft_ms").getDouble(e1)).isNaN();

        int i1 = runRow(ds, "i1");
        assertThat(runs.stringColumn("status").get(i1)).isEqualTo("incomplete");
        assertThat(runs.doubleColumn("start_ms").getDouble(i1)).isEqualTo(2500.0);
        assertThat(runs.doubleColumn("ttft_ms").getDouble(i1)).isEqualTo(250.0);
        assertThat(runs.doubleColumn("e2e_ms").getDouble(i1)).isNaN(); // never finished
        assertThat(runs.doubleColumn("tpot_ms").getDouble(i1)).isNaN();
        assertThat(runs.doubleColumn("itl_ms").getDouble(i1)).isEqualTo(250.0); // 1000·1.75/7

        // inter_token_latency_ms is GuideLLM's canonical TPOT (§9.1), all four populations kept apart
        assertThat(summary(ds, "tpot", "mean", "ok").getDouble("value")).isEqualTo(22.5);
        assertThat(summary(ds, "tpot", "mean", "errored").getDouble("value")).isZero();
        assertThat(summary(ds, "tpot", "mean", "incomplete").getDouble("value")).isEqualTo(11.0);
        assertThat(summary(ds, "tpot", "mean", "all").getDouble("value")).isEqualTo(20.4);
        assertThat(summary(ds, "tpot", "p99", "ok").getString("native_key"))
                .isEqualTo("inter_token_latency_ms.successful.percentiles.p99");
        Row tofot = summary(ds, "x.guidellm.time_to_first_output_token", "p90", "ok");
        assertThat(tofot.getDouble("value")).isEqualTo(160.0);
        assertThat(tofot.getString("unit")).isEqualTo("ms");
        Row text = summary(ds, "x.guidellm.text.tokens.output_per_second", "mean", "ok");
        assertThat(text.getDouble("value")).isEqualTo(41.5);
        assertThat(text.getString("unit")).isEqualTo("tokens/s");
        assertThat(summary(ds, "request_count", "value", "errored").getDouble("value")).isEqualTo(3.0);
        assertThat(summary(ds, "x.guidellm.time_to_first_output_token", "mean", "ok").getDouble("value"))
                .isCloseTo(140.0, within(0.0));
    }
}
