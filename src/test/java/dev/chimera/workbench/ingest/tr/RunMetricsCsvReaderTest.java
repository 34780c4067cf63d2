package dev.chimera.workbench.ingest.tr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.RunColumns;
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

/**
 * Every cell of a metrics.csv row lands in its canonical or extra column (the reader resolves cells and columns
 * once per file, then writes by index): values by hand from the rows below.
 */
class RunMetricsCsvReaderTest {

    @Test
    void tr117RowsMapEveryCellAndKeepTheExtraColumnOrder(@TempDir Path dir) throws IOException {
        String header = "scenario,prompt_set,backend,model,quantization,sample_idx,is_first_sample,latency_ms,"
                + "tokens,tokens_per_s,status,error,accuracy,degraded_count,degraded_reasons,path\n";
        String run1 = "results/tr117/runs/single_micro/onnxruntime-gpu/fp16/models_tiny-gpt2/run_1.json";
        String run2 = "results/tr117/runs/single_micro/onnxruntime-cpu/fp32/models_tiny-gpt2/run_2.json";
        String text = header
                + "single_micro,micro,onnxruntime-gpu,models/tiny-gpt2,fp16,0,True,250.0,32,,ok,,0.5,0,," + run1 + "\n"
                + "single_micro,micro,onnxruntime-gpu,models/tiny-gpt2,fp16,1,False,12.5,25,2100.0,ok,,,0,," + run1 + "\n"
                + "dual_micro,micro,onnxruntime-cpu,models/tiny-gpt2,fp32,0,True,oops,40,,degraded,OOM,,2,"
                + "cuda OOM; retry," + run2 + "\n";
        Files.writeString(dir.resolve("metrics.csv"), text, StandardCharsets.UTF_8);

        Dataset ds = DatasetLoader.standard().load(dir);
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(3);
        List<String> names = runs.columnNames();
        // The extras follow the canonical columns in the order the reader first set them.
        assertThat(names.subList(names.indexOf("tokens_total"), names.size()))
                .containsExactly("tokens_total", "native_status", "degraded_reasons", "quantization", "accuracy");

        assertThat(runs.stringColumn(RunColumns.RUN_ID).asList()).containsExactly(
                "runs/single_micro/onnxruntime-gpu/fp16/models_tiny-gpt2/run_1.json",
                "runs/single_micro/onnxruntime-gpu/fp16/models_tiny-gpt2/run_1.json",
                "runs/single_micro/onnxruntime-cpu/fp32/models_tiny-gpt2/run_2.json");
        assertThat(runs.stringColumn(RunColumns.BACKEND).asList())
                .containsExactly("onnxruntime-gpu", "onnxruntime-gpu", "onnxruntime-cpu");
        assertThat(runs.stringColumn(RunColumns.MODEL).asList()).containsOnly("tiny-gpt2");
        assertThat(runs.stringColumn(RunColumns.SCENARIO).asList())
                .containsExactly("single_micro", "single_micro", "dual_micro");
        assertThat(runs.stringColumn(RunColumns.MODE).asList()).containsOnly("e2e");
        assertThat(runs.doubleColumn(RunColumns.LATENCY_MS).get(0)).isEqualTo(250.0);
        assertThat(runs.doubleColumn(RunColumns.LATENCY_MS).get(1)).isEqualTo(12.5);
        assertThat(runs.doubleColumn(RunColumns.LATENCY_MS).isMissing(2)).isTrue();
        // No tokens_per_s cell: 32 tokens in 250 ms = 128 tok/s; a written one is kept as written.
        assertThat(runs.doubleColumn(RunColumns.TOKENS_PER_S).get(0)).isEqualTo(128.0);
        assertThat(runs.doubleColumn(RunColumns.TOKENS_PER_S).get(1)).isEqualTo(2100.0);
        assertThat(runs.intColumn("tokens_total").asList()).containsExactly(32, 25, 40);
        assertThat(runs.intColumn(RunColumns.SAMPLE_IDX).asList()).containsExactly(0, 1, 0);
        assertThat(runs.booleanColumn(RunColumns.IS_WARMUP).asList()).containsOnly(false);
        assertThat(runs.stringColumn(RunColumns.STATUS).asList()).containsExactly("ok", "ok", "degraded");
        assertThat(runs.stringColumn(RunColumns.ERROR).asList()).containsExactly("", "", "OOM");
        assertThat(runs.stringColumn("native_status").asList()).containsExactly("ok", "ok", "degraded");
        assertThat(runs.stringColumn("degraded_reasons").asList()).containsExactly("", "", "cuda OOM; retry");
        assertThat(runs.stringColumn("quantization").asList()).containsExactly("fp16", "fp16", "fp32");
        assertThat(runs.doubleColumn("accuracy").get(0)).isEqualTo(0.5);
        assertThat(runs.doubleColumn("accuracy").isMissing(1)).isTrue();
        // Provenance: every row names its file, line and format.
        assertThat(runs.stringColumn(RunColumns.SOURCE_FILE).asList()).containsOnly("metrics.csv");
        assertThat(runs.stringColumn(RunColumns.FORMAT).asList()).containsOnly("tr117.metrics.csv");
        assertThat(runs.intColumn(RunColumns.SOURCE_LINE).asList()).containsExactly(2, 3, 4);

        SourceFile f = TrTables.file(ds, "metrics.csv");
        List<Diagnostic> warnings = f.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).line()).isEqualTo(4);
        assertThat(warnings.get(0).column()).isEqualTo(8); // latency_ms
        assertThat(warnings.get(0).message()).contains("'oops'", "latency_ms");
    }

    @Test
    void tr120RowsTakeTheirPhaseFromThePathAndNumberSamplesPerRun(@TempDir Path dir) throws IOException {
        String header = "scenario,prompt_set,backend,model,quantization,latency_ms,tokens,status,cuda_event_ms,path\n";
        String prefill = "results/tr120/prefill/runs/a/run_1.json";
        String decode = "results/tr120/kv_decode/runs/a/run_2.json";
        String text = header
                + "s,p,transformers-gpu-compile,models/gpt2,fp32,10.0,64,ok,9.5," + prefill + "\n"
                + "s,p,transformers-gpu-compile,models/gpt2,fp32,11.0,64,ok,," + prefill + "\n"
                + "s,p,transformers-gpu-compile,models/gpt2,fp32,40.0,16,ok,39.0," + decode + "\n";
        Files.writeString(dir.resolve("metrics.csv"), text, StandardCharsets.UTF_8);

        Dataset ds = DatasetLoader.standard().load(dir);
        assertThat(TrTables.file(ds, "metrics.csv").format()).isEqualTo("tr120.metrics.csv");
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.stringColumn(RunColumns.MODE).asList()).containsExactly("prefill", "prefill", "kv_decode");
        assertThat(runs.intColumn(RunColumns.SAMPLE_IDX).asList()).containsExactly(0, 1, 0);
        assertThat(runs.intColumn(RunColumns.PROMPT_TOKENS).asList()).containsExactly(64, 64, null);
        assertThat(runs.intColumn(RunColumns.GEN_TOKENS).asList()).containsExactly(null, null, 16);
        assertThat(runs.doubleColumn(RunColumns.TOKENS_PER_S).get(2)).isEqualTo(400.0);
        assertThat(runs.doubleColumn("cuda_event_ms").get(0)).isEqualTo(9.5);
        assertThat(runs.doubleColumn("cuda_event_ms").isMissing(1)).isTrue();
        assertThat(runs.containsColumn("tokens_total")).isFalse();
        assertThat(runs.containsColumn("accuracy")).isFalse();
    }
}
