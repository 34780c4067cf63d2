package dev.chimera.workbench.ingest.peer.aiperf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.LoadOptions;
import dev.chimera.workbench.ingest.ReaderRegistry;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The streaming fast path of {@link AiperfRecordsReader} ({@link AiperfLineParser}) gives exactly the rows and
 * diagnostics of the tree path: the same file is loaded with streaming on and off and every cell compared. The
 * lines cover the shape the fast path reads and the ones it must leave to the tree path.
 */
class AiperfStreamingTest {
    private static final String META = "\"metadata\": {\"x_request_id\": \"req-%d\", \"request_start_ns\": %d, "
            + "\"benchmark_phase\": \"profiling\", \"was_cancelled\": false}";
    private static final String METRICS = "\"metrics\": {\"input_sequence_length\": {\"value\": 429, \"unit\": "
            + "\"tokens\"}, \"time_to_first_token\": {\"value\": 172.127, \"unit\": \"ms\"}, \"request_latency\": "
            + "{\"value\": 1771.839, \"unit\": \"ms\"}, \"inter_token_latency\": {\"value\": 19.7495, \"unit\": "
            + "\"ms\"}, \"output_sequence_length\": {\"value\": 82, \"unit\": \"tokens\"}}";

    private static final List<String> LINES = List.of(
            // 1 the common shape (what the benchmark file holds)
            "{" + String.format(META, 1, 1741082580500740941L) + ", " + METRICS + "}",
            // 2 with an error object and a null error
            "{" + String.format(META, 2, 1741082580502718057L) + ", " + METRICS
                    + ", \"error\": {\"code\": 500, \"type\": \"ServerError\", \"message\": \"overloaded\"}}",
            "{" + String.format(META, 3, 1741082580502718999L) + ", " + METRICS + ", \"error\": null}",
            // 4 warmup: counted, not tabulated
            "{\"metadata\": {\"x_request_id\": \"w\", \"request_start_ns\": 1741082580400000000, "
                    + "\"benchmark_phase\": \"warmup\"}, " + METRICS + "}",
            // 5 newer metadata, id from session_num (no x_request_id), cancelled, ns times, an extra metric
            "{\"metadata\": {\"session_num\": 7, \"request_num\": 3, \"credit_issued_ns\": 1, \"was_cancelled\": "
                    + "true, \"request_start_ns\": 1741082580600000000, \"extra\": {\"a\": [1, 2]}}, \"metrics\": "
                    + "{\"time_to_first_token\": {\"unit\": \"ns\", \"value\": 2500000}, \"request_latency\": "
                    + "{\"value\": 9.5e7, \"unit\": \"ns\"}, \"http_req_duration\": {\"value\": 1.5, \"unit\": "
                    + "\"sec\"}, \"output_token_throughput_per_user\": {\"value\": 41, \"unit\": "
                    + "\"tokens/sec/user\"}, \"output_sequence_length\": {\"value\": 1, \"unit\": \"tokens\"}, "
                    + "\"error_isl\": {\"value\": 33, \"unit\": \"tokens\"}}}",
            // 6 inter-chunk gaps (an array): left to the tree path
            "{\"metadata\": {\"x_request_id\": \"g\", \"request_start_ns\": 1741082580700000000}, \"metrics\": "
                    + "{\"inter_chunk_latency\": {\"value\": [1.5, 2.5], \"unit\": \"ms\"}, "
                    + "\"output_sequence_length\": {\"value\": 3, \"unit\": \"tokens\"}}}",
            // 7 a time metric in tokens (warning on the tree path), 8 a number as a string, 9 duplicate key
            "{\"metadata\": {\"x_request_id\": \"u\"}, \"metrics\": {\"time_to_first_token\": {\"value\": 3, "
                    + "\"unit\": \"tokens\"}}}",
            "{\"metadata\": {\"x_request_id\": \"s\"}, \"metrics\": {\"request_latency\": {\"value\": \"12.5\", "
                    + "\"unit\": \"ms\"}}}",
            "{\"metadata\": {\"x_request_id\": \"d1\", \"x_request_id\": \"d2\"}, \"metrics\": {}}",
            // 10 not JSON, 11 content after the record, 12 NaN and a float start time, 13 error as a string
            "{\"metadata\": {\"x_request_id\": ",
            "{\"metadata\": {\"x_request_id\": \"t\"}, \"metrics\": {}} trailing",
            "{\"metadata\": {\"x_request_id\": \"n\", \"request_start_ns\": 1.7e18}, \"metrics\": "
                    + "{\"request_latency\": {\"value\": NaN, \"unit\": \"ms\"}}}",
            "{\"metadata\": {\"x_request_id\": \"e\"}, \"metrics\": {}, \"error\": \"boom\"}",
            // 14 common shape again after the odd lines; 15 a cut-off last line
            "{" + String.format(META, 14, 1741082580800000000L) + ", " + METRICS + "}",
            "{\"metadata\": {\"x_request_id\": \"cut");

    @TempDir
    Path dir;

    @Test
    void streamedRowsAndDiagnosticsEqualTheTreePath() throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("profile_export.jsonl"), String.join("\n", LINES));

        Dataset streamed = load(true);
        Dataset tree = load(false);

        SourceFile s = streamed.files().get(0);
        SourceFile t = tree.files().get(0);
        assertThat(s.format()).isEqualTo("aiperf.records.jsonl");
        assertThat(s.diagnostics()).isEqualTo(t.diagnostics());
        assertThat(s.records()).isEqualTo(t.records());
        // 15 lines: line 10 and the cut-off line 15 do not parse → 13 records; line 4 is warmup → 12 rows.
        assertThat(s.records()).isEqualTo(13);
        Table a = streamed.table(CanonicalTable.RUNS);
        Table b = tree.table(CanonicalTable.RUNS);
        assertThat(a.rowCount()).isEqualTo(12);
        assertThat(a.columnNames()).isEqualTo(b.columnNames());
        for (String name : a.columnNames()) {
            Column<?> ca = a.column(name);
            Column<?> cb = b.column(name);
            assertThat(ca.type()).as(name).isEqualTo(cb.type());
            for (int r = 0; r < a.rowCount(); r++) {
                assertThat(ca.getString(r)).as(name + " row " + r).isEqualTo(cb.getString(r));
            }
        }
        // Values read by the fast path, by hand from the lines above.
        assertThat(a.stringColumn("error").get(1)).isEqualTo("500 ServerError: overloaded");
        assertThat(a.stringColumn("status").get(1)).isEqualTo("error");
        assertThat(a.stringColumn("request_id").get(3)).isEqualTo("7:0");
        assertThat(a.stringColumn("status").get(3)).isEqualTo("cancelled");
        // 2,500,000 ns = 2.5 ms; 9.5e7 ns = 95 ms; 1.5 s = 1500 ms
        assertThat(a.doubleColumn("ttft_ms").get(3)).isEqualTo(2.5);
        assertThat(a.doubleColumn("e2e_ms").get(3)).isEqualTo(95.0);
        assertThat(a.doubleColumn("http_req_duration_ms").get(3)).isEqualTo(1500.0);
        assertThat(a.intColumn("prompt_tokens").get(3)).isEqualTo(33);
        // start_ms is filled in after the file, relative to the earliest start: line 12's 1.7e18 ns (a float,
        // read by the tree path), so line 1's is (1741082580500740941 - 1700000000000000000) ns / 1e6.
        assertThat(a.doubleColumn("start_ms").get(0)).isEqualTo(41082580500.740941);
    }

    @Test
    void extraColumnsFollowTheOrderInWhichRowsFirstSetThem() throws IOException {
        // The reader resolves its columns once per file; start_epoch_ms (an extra) is still declared where a row
        // first has a start time: first when row 1 has one, after the record's extras when only row 2 has one.
        String noStart = "{\"metadata\": {\"x_request_id\": \"a\", \"benchmark_phase\": \"profiling\"}, " + METRICS
                + "}";
        String withStart = "{" + String.format(META, 2, 1741082580502718057L) + ", " + METRICS + "}";
        Path run = Files.createDirectories(dir.resolve("run"));
        Path file = run.resolve("profile_export.jsonl");
        List<String> extras = List.of("native_tpot_ms", "native_tpot_def", "itl_values_ms", "output_tokens_source");

        Files.writeString(file, withStart + "\n" + noStart + "\n");
        List<String> names = load(true).table(CanonicalTable.RUNS).columnNames();
        assertThat(names.subList(names.indexOf("start_epoch_ms"), names.size()))
                .containsExactly("start_epoch_ms", extras.get(0), extras.get(1), extras.get(2), extras.get(3));

        // Detection wants a start time on line 1: a warmup record (not tabulated) has it.
        String warmup = "{\"metadata\": {\"x_request_id\": \"w\", \"request_start_ns\": 1741082580400000000, "
                + "\"benchmark_phase\": \"warmup\"}, " + METRICS + "}";
        Files.writeString(file, warmup + "\n" + noStart + "\n" + withStart + "\n");
        Table t = load(true).table(CanonicalTable.RUNS);
        names = t.columnNames();
        assertThat(names.subList(names.indexOf("native_tpot_ms"), names.size()))
                .containsExactly(extras.get(0), extras.get(1), extras.get(2), extras.get(3), "start_epoch_ms");
        assertThat(t.doubleColumn("start_epoch_ms").isMissing(0)).isTrue();
        assertThat(t.doubleColumn("start_epoch_ms").get(1)).isEqualTo(1741082580502.718057);
        assertThat(t.stringColumn("request_id").asList()).containsExactly("a", "req-2");
    }

    @Test
    void aFileLargeEnoughToBeParsedAheadStillEqualsTheTreePath() throws IOException {
        // Lines 1-14 repeated 1,300 times (over the 4 MiB from which a second thread parses ahead), then the
        // cut-off line: every batch handed between the threads holds both fast and tree-path lines.
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1300; i++) {
            for (String line : LINES.subList(0, LINES.size() - 1)) {
                body.append(line).append('\n');
            }
        }
        body.append(LINES.get(LINES.size() - 1));
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("profile_export.jsonl"), body);
        assertThat(Files.size(run.resolve("profile_export.jsonl"))).isGreaterThan(4L << 20);

        Dataset streamed = load(true);
        Dataset tree = load(false);
        SourceFile s = streamed.files().get(0);
        assertThat(s.diagnostics()).isEqualTo(tree.files().get(0).diagnostics());
        // Per repetition 13 records (line 10 does not parse), 12 rows (line 4 is warmup); the last line is cut off.
        assertThat(s.records()).isEqualTo(1300 * 13);
        Table a = streamed.table(CanonicalTable.RUNS);
        Table b = tree.table(CanonicalTable.RUNS);
        assertThat(a.rowCount()).isEqualTo(1300 * 12);
        assertThat(a.columnNames()).isEqualTo(b.columnNames());
        for (String name : a.columnNames()) {
            Column<?> ca = a.column(name);
            Column<?> cb = b.column(name);
            for (int r = 0; r < a.rowCount(); r++) {
                assertThat(ca.getString(r)).as(name + " row " + r).isEqualTo(cb.getString(r));
            }
        }
    }

    @Test
    void parserLeavesOddShapesToTheTreePath() {
        AiperfLineParser p = new AiperfLineParser();
        assertThat(p.parse(LINES.get(0))).isTrue();
        assertThat(p.record(1, 0).e2eMs()).isEqualTo(1771.839);
        for (int i : new int[] {1, 2, 3, 4, 13}) {
            assertThat(p.parse(LINES.get(i))).as("line " + (i + 1)).isTrue();
        }
        for (int i : new int[] {5, 6, 7, 8, 9, 10, 11, 12, 14}) {
            assertThat(p.parse(LINES.get(i))).as("line " + (i + 1)).isFalse();
        }
    }

    private Dataset load(boolean streaming) throws IOException {
        ReaderRegistry registry = new ReaderRegistry(List.of(new AiperfRecordsReader(streaming)));
        return new DatasetLoader(registry, LoadOptions.defaults().withThreads(1)).load(dir);
    }
}
