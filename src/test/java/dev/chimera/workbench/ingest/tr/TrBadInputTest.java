package dev.chimera.workbench.ingest.tr;

import static dev.chimera.workbench.ingest.tr.TrTables.num;
import static dev.chimera.workbench.ingest.tr.TrTables.rows;
import static dev.chimera.workbench.ingest.tr.TrTables.str;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Broken TR117–TR120 files: the bad parts become diagnostics with their place, the good rows still load. */
class TrBadInputTest {

    private static String benchLine(String backend, double latency) {
        return "{\"spec\": {\"backend\": \"" + backend + "\", \"scenario\": \"single_micro\", \"prompt_set\": \"micro\","
                + " \"model\": \"models/tiny-gpt2\", \"repetition\": 0, \"batch_size\": 1, \"seq_len\": 8,"
                + " \"mode\": \"prefill\"}, \"status\": \"ok\", \"error\": null, \"latencies_ms\": [" + latency
                + ", 2.0], \"ttft_ms\": [], \"tokens_processed\": [8, 8], \"throughput_tok_s\": [3200.0, 4000.0],"
                + " \"degraded_count\": 0, \"degraded_reasons\": [], \"warmup_latencies_ms\": [900.0],"
                + " \"resource_metrics\": {\"gpu_power_mean_watts\": 30.5}}";
    }

    @Test
    void benchJsonlWithBrokenMiddleLineAndCutLastLine(@TempDir Path dir) throws IOException {
        String text = benchLine("onnxruntime-cpu", 2.5) + "\n"
                + "{\"spec\": {\"backend\": \"x\"}, \"status\": \"ok\" oops}\n"
                + benchLine("onnxruntime-gpu", 1.25) + "\n"
                + "{\"spec\": {\"backend\": \"tensorrt-fp16\", \"scen";
        Path raw = Files.createDirectories(dir.resolve("raw"));
        Files.writeString(raw.resolve("bench_prefill_1.jsonl"), text, StandardCharsets.UTF_8);

        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = TrTables.file(ds, "raw/bench_prefill_1.jsonl");
        assertThat(f.format()).isEqualTo("tr118.bench.jsonl");
        assertThat(f.records()).isEqualTo(2);
        // Lines 1 and 3: 1 warmup + 2 samples each.
        assertThat(f.rowsIn(CanonicalTable.RUNS)).isEqualTo(6);
        List<Diagnostic> errors = of(f, Severity.ERROR);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(2);
        assertThat(errors.get(0).column()).isPositive();
        List<Diagnostic> warnings = of(f, Severity.WARNING);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).line()).isEqualTo(4);
        assertThat(warnings.get(0).message()).contains("incomplete");

        Table runs = ds.table(CanonicalTable.RUNS);
        List<Integer> line3 = rows(runs, i -> runs.intColumn("source_line").getInt(i) == 3);
        assertThat(line3).hasSize(3);
        assertThat(str(runs, "backend", line3.get(1))).isEqualTo("onnxruntime-gpu");
        assertThat(num(runs, "latency_ms", line3.get(1))).isEqualTo(1.25);
        assertThat(str(runs, "run_id", line3.get(1))).isEqualTo("raw/bench_prefill_1.jsonl#3");
    }

    @Test
    void metricsCsvRowWithWrongCellCount(@TempDir Path dir) throws IOException {
        String header = "scenario,prompt_set,backend,model,quantization,sample_idx,is_first_sample,latency_ms,"
                + "ttft_ms,tokens,tokens_per_s,status,error,accuracy,degraded_count,degraded_reasons,path\n";
        String ok1 = "single_micro,micro,transformers-gpu,models/tiny-gpt2,fp32,0,True,3325.81,3325.81,38,11.43,ok"
                + ",,,0,,results/tr117_tier3/runs/single_micro/transformers-gpu/fp32/models_tiny-gpt2/run_1.json\n";
        String shortRow = "single_micro,micro,transformers-gpu,models/tiny-gpt2,fp32,1,False,120.5\n";
        String ok2 = "single_micro,micro,transformers-gpu,models/tiny-gpt2,fp32,2,False,110.25,110.25,38,344.67,ok"
                + ",,,0,,results/tr117_tier3/runs/single_micro/transformers-gpu/fp32/models_tiny-gpt2/run_1.json\n";
        Files.writeString(dir.resolve("metrics.csv"), header + ok1 + shortRow + ok2, StandardCharsets.UTF_8);

        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = TrTables.file(ds, "metrics.csv");
        assertThat(f.format()).isEqualTo("tr117.metrics.csv");
        assertThat(f.records()).isEqualTo(2);
        // No runs/ folder beside it: this file is the primary copy and its rows are added.
        assertThat(f.rowsIn(CanonicalTable.RUNS)).isEqualTo(2);
        List<Diagnostic> errors = of(f, Severity.ERROR);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(3);
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.intColumn("sample_idx").asList()).containsExactly(0, 2);
        assertThat(runs.doubleColumn("latency_ms").asList()).containsExactly(3325.81, 110.25);
        assertThat(runs.stringColumn("run_id").asList()).containsOnly(
                "runs/single_micro/transformers-gpu/fp32/models_tiny-gpt2/run_1.json");
    }

    @Test
    void runJsonWithInvalidJson(@TempDir Path dir) throws IOException {
        // Line 5 lacks the comma that should end line 4: Jackson stops at the quote of "tokens" (column 3).
        String text = "{\n"
                + "  \"spec\": {\"scenario\": \"single_micro\", \"backend\": \"transformers-gpu\", \"mode\": \"single\"},\n"
                + "  \"status\": \"ok\",\n"
                + "  \"latencies_ms\": [1.5, 2.5]\n"
                + "  \"tokens\": [3, 3]\n"
                + "}\n";
        Files.writeString(dir.resolve("run_1765143078658.json"), text, StandardCharsets.UTF_8);

        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = TrTables.file(ds, "run_1765143078658.json");
        assertThat(f.format()).isEqualTo("tr117.run.json");
        assertThat(f.records()).isZero();
        assertThat(f.rowsIn(CanonicalTable.RUNS)).isZero();
        List<Diagnostic> errors = of(f, Severity.ERROR);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(5);
        assertThat(errors.get(0).column()).isEqualTo(3);
        assertThat(errors.get(0).message()).contains("not valid JSON");
    }

    private static List<Diagnostic> of(SourceFile f, Severity s) {
        return f.diagnostics().stream().filter(d -> d.severity() == s).toList();
    }
}
