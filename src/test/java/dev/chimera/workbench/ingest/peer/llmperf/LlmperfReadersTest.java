package dev.chimera.workbench.ingest.peer.llmperf;

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

/** ray-project llmperf results (peer-formats §6), fixtures under src/test/resources/peer/llmperf. */
class LlmperfReadersTest {
    private static final Path FIXTURES = Path.of("src/test/resources/peer/llmperf");
    private static final String STEM = "meta-llama-Llama-2-7b-chat-hf_550_150";
    private static final String RESPONSES = STEM + "_individual_responses.json";

    @Test
    void individualResponsesKeepErrorRowAndSkipStrayDictKeys() throws IOException {
        Dataset ds = DatasetLoader.standard().load(FIXTURES);
        SourceFile f = file(ds, RESPONSES);
        assertThat(f.format()).isEqualTo("llmperf.individual_responses.json");
        assertThat(f.producer()).isEqualTo("llmperf");
        assertThat(f.kind()).isEqualTo(FileKind.RUNS);
        assertThat(f.records()).isEqualTo(3); // 3 objects; the 3 trailing strings are the dict-keys bug
        assertThat(f.rowsIn(CanonicalTable.RUNS)).isEqualTo(3);
        assertThat(messages(f, Severity.WARNING))
                .anyMatch(m -> m.startsWith("3 of 6 array elements are not objects"))
                .anyMatch(m -> m.contains("number_output_tokens is NaN"))
                .anyMatch(m -> m.contains("160 requests started but this file has 3"));
        assertThat(messages(f, Severity.INFO)).contains(
                "variant: llmperf individual responses: 3 requests, 1 errored, 3 stray dict keys");

        Table runs = ds.table(CanonicalTable.RUNS);
        int r0 = onlyRow(runs, "request_id", RESPONSES + "#0");
        assertThat(runs.stringColumn("status").get(r0)).isEqualTo("ok");
        assertThat(runs.stringColumn("model").get(r0)).isEqualTo("meta-llama/Llama-2-7b-chat-hf"); // from summary
        assertThat(runs.stringColumn("run_label").get(r0)).isEqualTo("concurrency=8");
        assertThat(runs.doubleColumn("concurrency").getDouble(r0)).isEqualTo(8.0);
        assertThat(runs.doubleColumn("ttft_ms").getDouble(r0)).isEqualTo(412.0); // 0.412 s
        assertThat(runs.doubleColumn("e2e_ms").getDouble(r0)).isEqualTo(4771.0); // 4.771 s
        // canonical (4771 − 412)/(153 − 1) = 4359/152; llmperf's own e2e/n figure kept apart: 0.0311 s
        assertThat(runs.doubleColumn("tpot_ms").getDouble(r0)).isCloseTo(28.67763157894737, within(1e-12));
        assertThat(runs.doubleColumn("native_tpot_ms").getDouble(r0)).isEqualTo(31.1);
        assertThat(runs.stringColumn("native_tpot_def").get(r0)).isEqualTo("e2e/n (incl. TTFT)");
        assertThat(runs.doubleColumn("itl_ms").getDouble(r0)).isNaN();
        assertThat(runs.intColumn("gen_tokens").getInt(r0)).isEqualTo(153);
        assertThat(runs.intColumn("prompt_tokens").getInt(r0)).isEqualTo(550);
        assertThat(runs.doubleColumn("tokens_per_s").getDouble(r0)).isEqualTo(32.1);
        assertThat(runs.stringColumn("output_tokens_source").get(r0)).isEqualTo("client-tokenizer(llama)");

        int r1 = onlyRow(runs, "request_id", RESPONSES + "#1");
        assertThat(runs.stringColumn("status").get(r1)).isEqualTo("error");
        assertThat(runs.stringColumn("error").get(r1)).isEqualTo("429 Too Many Requests");
        assertThat(runs.doubleColumn("ttft_ms").getDouble(r1)).isNaN(); // 0 placeholder, not a measurement
        assertThat(runs.doubleColumn("e2e_ms").getDouble(r1)).isNaN();
        assertThat(runs.intColumn("prompt_tokens").getInt(r1)).isEqualTo(551);

        int r2 = onlyRow(runs, "request_id", RESPONSES + "#2"); // number_output_tokens: NaN
        assertThat(runs.intColumn("gen_tokens").isMissing(r2)).isTrue();
        assertThat(runs.doubleColumn("tpot_ms").getDouble(r2)).isNaN();
        assertThat(runs.doubleColumn("ttft_ms").getDouble(r2)).isEqualTo(398.0);
        assertThat(runs.doubleColumn("e2e_ms").getDouble(r2)).isEqualTo(4500.0);
    }

    @Test
    void summaryStatisticsWithNumericStringsAndSampleStd() throws IOException {
        Dataset ds = DatasetLoader.standard().load(FIXTURES);
        SourceFile f = file(ds, STEM + "_summary.json");
        assertThat(f.format()).isEqualTo("llmperf.summary.json");
        assertThat(f.producer()).isEqualTo("llmperf");
        assertThat(f.records()).isEqualTo(1);
        assertThat(messages(f, Severity.INFO)).contains("variant: llmperf summary, results version 2023-08-31");
        assertThat(messages(f, Severity.WARNING))
                .anyMatch(m -> m.contains("results_end_to_end_latency_s_stddev is NaN"));
        Table s = ds.table(CanonicalTable.SUMMARIES);
        // 2 inter_token_latency + 7 ttft + 1 e2e (stddev NaN) + 3 output tokens + 6 scalars (started, error rate,
        // errors, output throughput, completed, completed/min) + 1 error code
        assertThat(s.rowCount()).isEqualTo(20);
        int p50 = onlyRow(s, "metric", "ttft", "statistic", "p50");
        assertThat(value(s, p50)).isEqualTo(402.0); // 0.402 s
        assertThat(s.stringColumn("pctl_method").get(p50)).isEqualTo("linear");
        assertThat(s.stringColumn("population").get(p50)).isEqualTo("ok");
        assertThat(s.stringColumn("run_label").get(p50)).isEqualTo("concurrency=8");
        assertThat(s.stringColumn("model").get(p50)).isEqualTo("meta-llama/Llama-2-7b-chat-hf");
        assertThat(s.stringColumn("native_key").get(p50)).isEqualTo("results_ttft_s_quantiles_p50");
        int std = onlyRow(s, "metric", "ttft", "statistic", "std");
        assertThat(value(s, std)).isEqualTo(231.0);
        assertThat(s.stringColumn("std_kind").get(std)).isEqualTo("sample");
        assertThat(value(s, onlyRow(s, "metric", "ttft", "statistic", "min"))).isEqualTo(201.0);
        // numeric strings "121" / "177"
        assertThat(value(s, onlyRow(s, "metric", "output_tokens", "statistic", "min"))).isEqualTo(121.0);
        assertThat(value(s, onlyRow(s, "metric", "output_tokens", "statistic", "max"))).isEqualTo(177.0);
        // e2e/n incl. TTFT: never tpot or itl
        assertThat(value(s, onlyRow(s, "metric", "x.llmperf.sec_per_output_token", "statistic", "mean")))
                .isEqualTo(30.8);
        assertThat(countRows(s, "metric", "tpot") + countRows(s, "metric", "itl")).isZero();
        assertThat(countRows(s, "metric", "e2e_latency", "statistic", "std")).isZero();
        assertThat(value(s, onlyRow(s, "metric", "x.llmperf.error_rate"))).isEqualTo(1.25); // 0.0125 → %
        assertThat(value(s, onlyRow(s, "metric", "request_count", "population", "all"))).isEqualTo(160.0);
        assertThat(value(s, onlyRow(s, "metric", "request_count", "population", "ok"))).isEqualTo(158.0);
        assertThat(value(s, onlyRow(s, "metric", "request_throughput"))).isCloseTo(560.2 / 60, within(1e-12));
        int code = onlyRow(s, "metric", "x.llmperf.errors_by_code");
        assertThat(value(s, code)).isEqualTo(2.0);
        assertThat(s.stringColumn("native_key").get(code)).isEqualTo("results_error_code_frequency[429]");
    }

    @Test
    void responsesWithoutSummaryAndRenamedFilesAreStillRecognised(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("responses.json"), "[\"error_code\", {\"error_code\": null, \"error_msg\": \"\","
                + " \"inter_token_latency_s\": \"0.02\", \"ttft_s\": \"0.1\", \"end_to_end_latency_s\": 1.1,"
                + " \"number_output_tokens\": 51, \"number_input_tokens\": 10}]");
        Files.writeString(dir.resolve("stats.json"), "{\"version\": \"2023-08-31\", \"model\": \"m\","
                + " \"results_ttft_s_mean\": \"0.5\"}");
        Dataset ds = DatasetLoader.standard().load(dir);
        assertThat(file(ds, "responses.json").format()).isEqualTo("llmperf.individual_responses.json");
        assertThat(file(ds, "stats.json").format()).isEqualTo("llmperf.summary.json");
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(1);
        assertThat(runs.doubleColumn("ttft_ms").getDouble(0)).isEqualTo(100.0); // "0.1" s as a string
        assertThat(runs.doubleColumn("tpot_ms").getDouble(0)).isEqualTo(20.0); // (1100 − 100)/50
        assertThat(runs.stringColumn("run_label").get(0)).isEmpty();
        assertThat(value(ds.table(CanonicalTable.SUMMARIES), 0)).isEqualTo(500.0);
    }
}
