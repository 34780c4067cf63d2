package dev.chimera.workbench.ingest.tr;

import static dev.chimera.workbench.ingest.tr.Tr121To123TestSupport.file;
import static dev.chimera.workbench.ingest.tr.Tr121To123TestSupport.rowsAt;
import static dev.chimera.workbench.ingest.tr.Tr121To123TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** TR123 raw_measurements.jsonl written from the spec (tr-formats §2.7): one line → prefill, decode, e2e rows. */
class Tr123RawMeasurementsReaderTest {
    private static final String FILE = "20251226_101500/raw_measurements.jsonl";

    @TempDir
    static Path dir;
    static Dataset ds;

    @BeforeAll
    static void writeFile() throws IOException {
        String phase = "\"phase_power\": {\"idle\": {\"samples\": 5, \"power_mean_w\": 21.0, \"power_max_w\": 22.0,"
                + " \"temp_mean_c\": 50.0, \"temp_max_c\": 50.0, \"thermal_throttled\": false,"
                + " \"clock_mean_mhz\": 210, \"clock_min_mhz\": 210},"
                + " \"prefill\": {\"samples\": 1, \"power_mean_w\": 55.2, \"power_max_w\": 55.2,"
                + " \"temp_mean_c\": 51.0, \"temp_max_c\": 51.0, \"thermal_throttled\": false,"
                + " \"clock_mean_mhz\": 2505, \"clock_min_mhz\": 2505},"
                + " \"decode\": {\"samples\": 3, \"power_mean_w\": 120.4, \"power_max_w\": 131.9,"
                + " \"temp_mean_c\": 52.0, \"temp_max_c\": 81.0, \"thermal_throttled\": true,"
                + " \"clock_mean_mhz\": 2490, \"clock_min_mhz\": 2475}}";
        write(dir, FILE, String.join("\n",
                "{\"timestamp\": \"2025-12-26T10:15:02.118+00:00\", \"model\": \"gpt2\", \"backend\": \"compile\","
                        + " \"scenario\": \"medium\", \"rep\": 0, \"status\": \"ok\", \"error\": null,"
                        + " \"prompt_tokens\": 256, \"gen_tokens\": 128, \"seq_len\": 384, \"prefill_ms\": 6.3,"
                        + " \"prefill_cuda_ms\": 6.1, \"decode_ms\": 298.1, \"decode_cuda_ms\": 297.5,"
                        + " \"total_ms\": 304.4, \"gpu_peak_prefill_mb\": 512.3, \"gpu_peak_total_mb\": 530.0,"
                        + " \"gpu_clock_mhz\": 2505, \"gpu_temp_c\": 52, " + phase + ", \"warnings\": []}",
                "{\"timestamp\": \"2025-12-26T10:16:00.000+00:00\", \"model\": \"qwen2.5-1.5b\", \"backend\": \"ollama\","
                        + " \"scenario\": \"short\", \"rep\": 3, \"status\": \"ok\", \"error\": null,"
                        + " \"prompt_tokens\": 64, \"gen_tokens\": 128, \"prefill_ms\": 20.0, \"decode_ms\": 800.0,"
                        + " \"total_ms\": 850.0, \"wall_ms\": 900.5, \"load_ms\": 12.25,"
                        + " \"warnings\": [\"prefill phase had 0 power samples\", \"clock below 1 GHz\"]}",
                "{\"timestamp\": \"2025-12-26T10:17:00.000+00:00\", \"model\": \"gpt2\", \"backend\": \"tensorrt\","
                        + " \"scenario\": \"long\", \"rep\": 0, \"status\": \"skipped\","
                        + " \"error\": \"backend_skip config\", \"prompt_tokens\": 0, \"gen_tokens\": 0,"
                        + " \"prefill_ms\": null, \"decode_ms\": null, \"total_ms\": null, \"warnings\": []}",
                "{\"timestamp\": \"2025-12-26T10:18:00.000+00:00\", \"model\": \"gpt2\", \"bac") + "\n");
        ds = DatasetLoader.standard().load(dir);
    }

    @Test
    void threeRowsPerMeasurementAndACutLastLine() {
        SourceFile f = file(ds, FILE);
        assertThat(f.format()).isEqualTo("tr123.raw_measurements.jsonl");
        assertThat(f.records()).isEqualTo(3); // 4 lines, the last one cut off
        assertThat(f.rowsIn(CanonicalTable.RUNS)).isEqualTo(9);
        assertThat(f.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line()).isEqualTo(4);
        });
    }

    @Test
    void phasesGetTheirLatencyTokensRateAndPower() {
        Table t = ds.table(CanonicalTable.RUNS);
        List<Integer> rows = rowsAt(ds, CanonicalTable.RUNS, FILE, 1);
        assertThat(rows.stream().map(r -> t.stringColumn("mode").get(r)).toList())
                .containsExactly("prefill", "decode", "e2e");
        int prefill = rows.get(0);
        int decode = rows.get(1);
        int e2e = rows.get(2);
        for (int r : rows) {
            assertThat(t.stringColumn("run_id").get(r)).isEqualTo("gpt2/compile/medium");
            assertThat(t.intColumn("sample_idx").getInt(r)).isZero();
            assertThat(t.stringColumn("status").get(r)).isEqualTo("ok");
            assertThat(t.stringColumn("timestamp").get(r)).isEqualTo("2025-12-26T10:15:02.118+00:00");
            assertThat(t.doubleColumn("gpu_peak_total_mb").getDouble(r)).isEqualTo(530.0);
        }
        assertThat(t.doubleColumn("latency_ms").getDouble(prefill)).isEqualTo(6.3);
        assertThat(t.intColumn("prompt_tokens").getInt(prefill)).isEqualTo(256);
        assertThat(t.doubleColumn("tokens_per_s").getDouble(prefill)).isCloseTo(256 / 6.3 * 1000, within(1e-9));
        assertThat(t.doubleColumn("cuda_ms").getDouble(prefill)).isEqualTo(6.1);
        assertThat(t.doubleColumn("power_mean_w").getDouble(prefill)).isEqualTo(55.2);
        assertThat(t.intColumn("power_samples").getInt(prefill)).isEqualTo(1);
        assertThat(t.booleanColumn("thermal_throttled").get(prefill)).isFalse();

        assertThat(t.doubleColumn("latency_ms").getDouble(decode)).isEqualTo(298.1);
        assertThat(t.intColumn("gen_tokens").getInt(decode)).isEqualTo(128);
        assertThat(t.doubleColumn("tokens_per_s").getDouble(decode)).isCloseTo(128 / 298.1 * 1000, within(1e-9));
        assertThat(t.doubleColumn("cuda_ms").getDouble(decode)).isEqualTo(297.5);
        assertThat(t.doubleColumn("power_max_w").getDouble(decode)).isEqualTo(131.9);
        assertThat(t.doubleColumn("temp_max_c").getDouble(decode)).isEqualTo(81.0);
        assertThat(t.booleanColumn("thermal_throttled").get(decode)).isTrue();

        assertThat(t.doubleColumn("latency_ms").getDouble(e2e)).isEqualTo(304.4);
        assertThat(t.doubleColumn("power_mean_w").getDouble(e2e)).isNaN();
        assertThat(t.doubleColumn("cuda_ms").getDouble(e2e)).isNaN();
    }

    @Test
    void ollamaExtrasWarningsAndSkippedRows() {
        Table t = ds.table(CanonicalTable.RUNS);
        int ollama = rowsAt(ds, CanonicalTable.RUNS, FILE, 2).get(0);
        assertThat(t.intColumn("sample_idx").getInt(ollama)).isEqualTo(3);
        assertThat(t.doubleColumn("wall_ms").getDouble(ollama)).isEqualTo(900.5);
        assertThat(t.doubleColumn("load_ms").getDouble(ollama)).isEqualTo(12.25);
        assertThat(t.stringColumn("warnings").get(ollama))
                .isEqualTo("prefill phase had 0 power samples; clock below 1 GHz");
        assertThat(t.doubleColumn("power_mean_w").getDouble(ollama)).isNaN();

        List<Integer> skipped = rowsAt(ds, CanonicalTable.RUNS, FILE, 3);
        assertThat(skipped).hasSize(3);
        for (int r : skipped) {
            assertThat(t.stringColumn("status").get(r)).isEqualTo("skipped");
            assertThat(t.stringColumn("error").get(r)).isEqualTo("backend_skip config");
            assertThat(t.doubleColumn("latency_ms").getDouble(r)).isNaN();
            assertThat(t.doubleColumn("tokens_per_s").getDouble(r)).isNaN();
        }
    }
}
