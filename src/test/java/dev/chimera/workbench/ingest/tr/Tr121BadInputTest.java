package dev.chimera.workbench.ingest.tr;

import static dev.chimera.workbench.ingest.tr.Tr121To123TestSupport.file;
import static dev.chimera.workbench.ingest.tr.Tr121To123TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Detection boundaries and damaged TR121 files: diagnostics with line and column, good rows kept. */
class Tr121BadInputTest {
    private static final String HEADER = "task_idx,scenario,backend,backend_kind,model,model_kind,params_millions,"
            + "call_idx,sample_idx,is_warmup,warmup_idx,rep,mode,status,error,batch_size,prompt_tokens_raw,"
            + "params_millions_measured,latency_ms,tokens_per_s,gen_tokens";

    @Test
    void metricsHeaderIsClaimedOnlyByTr121() {
        FileProbe tr121 = FileProbe.ofText("run/metrics.csv", HEADER + "\n");
        FileProbe tr117 = FileProbe.ofText("run/metrics.csv",
                "scenario,prompt_set,backend,model,quantization,status,latency_ms,tokens_per_s\n");
        ScalingRecordsReader csv = ScalingRecordsReader.metricsCsv();
        assertThat(csv.detect(tr121)).isEqualTo(95);
        assertThat(csv.detect(tr117)).isZero();
        assertThat(ScalingRecordsReader.runsJsonl().detect(tr117)).isZero();
        assertThat(new ResolvedModelParamsReader().detect(tr121)).isZero();
        // Renamed: still recognised by content, just less sure.
        assertThat(csv.detect(FileProbe.ofText("copy.csv", HEADER + "\n"))).isEqualTo(90);
    }

    @Test
    void truncatedLastJsonlLineIsAWarningAndTheRestLoads(@TempDir Path dir) throws IOException {
        String good = "{\"task_idx\": 0, \"scenario\": \"short\", \"backend\": \"hf_gpu_fp16\", \"backend_kind\": \"hf\","
                + " \"model\": \"models/gpt2-5m\", \"params_millions\": 5.0, \"call_idx\": 0, \"is_warmup\": false,"
                + " \"mode\": \"prefill\", \"status\": \"ok\", \"error\": \"\", \"latency_ms\": 2.5,"
                + " \"params_millions_measured\": 5.03672}";
        write(dir, "runs.jsonl", good + "\n" + good.replace("\"call_idx\": 0", "\"call_idx\": 1") + "\n"
                + good.substring(0, 60));
        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = file(ds, "runs.jsonl");
        assertThat(f.format()).isEqualTo("tr121.runs.jsonl");
        assertThat(f.records()).isEqualTo(2);
        assertThat(ds.rowCount(CanonicalTable.RUNS)).isEqualTo(2);
        assertThat(f.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isPositive();
            assertThat(d.message()).contains("incomplete");
        });
        Table t = ds.table(CanonicalTable.RUNS);
        assertThat(t.intColumn("sample_idx").asList()).containsExactly(0, 1);
        assertThat(t.stringColumn("run_id").asList()).containsExactly("task0/prefill", "task0/prefill");
        assertThat(t.doubleColumn("params").getDouble(0)).isEqualTo(5.03672e6);
    }

    @Test
    void csvRowWithMissingCellsIsSkippedWithItsLine(@TempDir Path dir) throws IOException {
        String row = "0,short,ollama,ollama,gemma3:270m,ollama,268.1,0,%d,False,,0,prefill,ok,,1,25,268.1,%s,481.7,0";
        write(dir, "metrics.csv", HEADER + "\n"
                + String.format(row, 0, "51.9") + "\n"
                + "0,short,ollama,ollama,gemma3:270m\n"                   // line 3: cut short
                + String.format(row, 2, "fast") + "\n"                     // line 4: not a number
                + String.format(row, 3, "49.0") + "\n");
        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = file(ds, "metrics.csv");
        assertThat(f.format()).isEqualTo("tr121.metrics.csv");
        assertThat(f.records()).isEqualTo(3);
        assertThat(f.rowsIn(CanonicalTable.RUNS)).isEqualTo(3); // no runs.jsonl sibling: this is the primary copy
        Diagnostic cut = f.diagnostics().stream().filter(d -> d.line() == 3).findFirst().orElseThrow();
        assertThat(cut.severity()).isEqualTo(Severity.ERROR);
        assertThat(cut.column()).isEqualTo(6);
        Diagnostic nan = f.diagnostics().stream().filter(d -> d.line() == 4).findFirst().orElseThrow();
        assertThat(nan.column()).isEqualTo(19); // latency_ms is the 19th header cell
        assertThat(nan.message()).contains("fast");
        Table t = ds.table(CanonicalTable.RUNS);
        assertThat(t.doubleColumn("latency_ms").getDouble(0)).isEqualTo(51.9);
        assertThat(t.doubleColumn("latency_ms").getDouble(1)).isNaN();
        assertThat(t.doubleColumn("latency_ms").getDouble(2)).isEqualTo(49.0);
        assertThat(t.intColumn("sample_idx").asList()).containsExactly(0, 1, 2);
        assertThat(t.intColumn("native_sample_idx").asList()).containsExactly(0, 2, 3);
    }

    @Test
    void resolvedParamsFallBackToTheConfigSize(@TempDir Path dir) throws IOException {
        write(dir, "resolved_model_params.csv", "model,kind,params_millions_config,params_millions_measured\n"
                + "models/tiny,hf,12.5,\n"
                + "bad,hf,,\n");
        write(dir, "runs.jsonl", "{\"task_idx\": 0, \"backend\": \"hf_cpu_fp32\", \"backend_kind\": \"hf\","
                + " \"model\": \"models/tiny\", \"params_millions\": null, \"call_idx\": 0, \"is_warmup\": false,"
                + " \"mode\": \"prefill\", \"latency_ms\": 1.0}\n");
        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = file(ds, "resolved_model_params.csv");
        assertThat(f.records()).isEqualTo(2);
        assertThat(f.diagnostics()).singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(3));
        assertThat(ds.table(CanonicalTable.RUNS).doubleColumn("params").getDouble(0)).isEqualTo(12.5e6);
    }
}
