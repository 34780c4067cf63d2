package dev.chimera.workbench.ingest.tr;

import static dev.chimera.workbench.ingest.tr.TrTables.integer;
import static dev.chimera.workbench.ingest.tr.TrTables.num;
import static dev.chimera.workbench.ingest.tr.TrTables.rows;
import static dev.chimera.workbench.ingest.tr.TrTables.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * TR117 has no real folder in real-results, so this builds one in the documented shape (tr-formats §2.1): two
 * run files (one ok, one degraded with the 0.30 ms placeholder latencies) and the metrics.csv beside runs/.
 */
class Tr117RunFormatsTest {
    private static final String OK_RUN = "runs/single_micro/transformers-gpu/fp32/models_tiny-gpt2/run_1765143078658.json";
    private static final String BAD_RUN = "runs/single_micro/tensorrt/fp16/models_tiny-gpt2/run_1765143079000.json";

    private static String runJson(String backend, String status, int degraded, String latencies, String tokens) {
        return "{\n"
                + "  \"spec\": {\"scenario\": \"single_micro\", \"prompt_set\": \"micro\", \"prompts\": [\"Hello\"],\n"
                + "           \"backend\": \"" + backend + "\", \"model\": \"models/tiny-gpt2\", \"quantization\": \"fp32\",\n"
                + "           \"stream\": false, \"mode\": \"single\"},\n"
                + "  \"status\": \"" + status + "\",\n"
                + "  \"error\": null,\n"
                + "  \"latencies_ms\": " + latencies + ",\n"
                + "  \"ttft_ms\": " + latencies + ",\n"
                + "  \"tokens\": " + tokens + ",\n"
                + "  \"degraded_count\": " + degraded + ",\n"
                + "  \"degraded_reasons\": " + (degraded > 0 ? "[\"trt_missing\", \"trt_missing\"]" : "[]") + "\n"
                + "}\n";
    }

    @Test
    void runFilesBecomeE2eRowsAndMetricsCsvIsNotAddedTwice(@TempDir Path dir) throws IOException {
        write(dir, OK_RUN, runJson("transformers-gpu", "ok", 0, "[\n    3325.81,\n    100.5\n  ]", "[38, 38]"));
        write(dir, BAD_RUN, runJson("tensorrt", "degraded", 2, "[0.3, 0.35]", "[0, 0]"));
        write(dir, "metrics.csv", "scenario,prompt_set,backend,model,quantization,sample_idx,is_first_sample,"
                + "latency_ms,ttft_ms,tokens,tokens_per_s,status,error,accuracy,degraded_count,degraded_reasons,path\n"
                + "single_micro,micro,transformers-gpu,models/tiny-gpt2,fp32,0,True,3325.81,3325.81,38,11.43,ok,,,0,,"
                + "results/tr117_tier3/" + OK_RUN + "\n"
                + "single_micro,micro,transformers-gpu,models/tiny-gpt2,fp32,1,False,100.5,100.5,38,378.1,ok,,,0,,"
                + "results/tr117_tier3/" + OK_RUN + "\n");

        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile ok = TrTables.file(ds, OK_RUN);
        assertThat(ok.format()).isEqualTo("tr117.run.json");
        assertThat(ok.records()).isEqualTo(1);
        assertThat(ok.rowsIn(CanonicalTable.RUNS)).isEqualTo(2);
        SourceFile metrics = TrTables.file(ds, "metrics.csv");
        assertThat(metrics.format()).isEqualTo("tr117.metrics.csv");
        assertThat(metrics.records()).isEqualTo(2);
        assertThat(metrics.rowsIn(CanonicalTable.RUNS)).isZero();
        assertThat(metrics.note()).contains("runs");
        // 2 + 2 samples from the run files only.
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(4);

        List<Integer> okRows = rows(runs, i -> str(runs, "source_file", i).equals(OK_RUN));
        int second = okRows.get(1);
        assertThat(integer(runs, "sample_idx", second)).isEqualTo(1);
        // The array opens on line 7; its elements sit on lines 8 and 9.
        assertThat(integer(runs, "source_line", second)).isEqualTo(9);
        assertThat(num(runs, "latency_ms", second)).isEqualTo(100.5);
        assertThat(str(runs, "mode", second)).isEqualTo("e2e");
        assertThat(str(runs, "run_mode", second)).isEqualTo("single");
        assertThat(str(runs, "model", second)).isEqualTo("tiny-gpt2");
        assertThat(integer(runs, "tokens_total", second)).isEqualTo(38);
        // No tokens_per_s array in TR117 run files: 38 tokens / 100.5 ms.
        assertThat(num(runs, "tokens_per_s", second)).isCloseTo(378.109, within(1e-3));
        // A TR117 ttft_ms is a copy of the latency, not a TTFT: the canonical ttft_ms stays empty.
        assertThat(runs.doubleColumn("ttft_ms").countMissing()).isEqualTo(runs.rowCount());

        List<Integer> bad = rows(runs, i -> str(runs, "source_file", i).equals(BAD_RUN));
        assertThat(bad).hasSize(2).allMatch(i -> str(runs, "status", i).equals("degraded"));
        assertThat(str(runs, "degraded_reasons", bad.get(0))).isEqualTo("trt_missing; trt_missing");
        assertThat(num(runs, "latency_ms", bad.get(0))).isEqualTo(0.3);
    }

    private static void write(Path dir, String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
