package dev.chimera.workbench.ingest.tr;

import static dev.chimera.workbench.ingest.tr.Tr121To123TestSupport.file;
import static dev.chimera.workbench.ingest.tr.Tr121To123TestSupport.onlyRowAt;
import static dev.chimera.workbench.ingest.tr.Tr121To123TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * TR122 folder written from the spec (tr-formats §2.6): power trace, generation events, baseline and run
 * metadata. Expected times are computed by hand from the ns values in the files.
 */
class Tr122PhysicsReadersTest {
    static final long T0 = 1_234_567_890_123_456L; // first t_ns of the trace

    @TempDir
    static Path dir;
    static Dataset ds;

    @BeforeAll
    static void writeFolder() throws IOException {
        write(dir, "run/power_trace.csv", String.join("\n",
                "t_ns,power_w,temp_c,sm_clock_mhz,mem_clock_mhz,util_gpu,util_mem,vram_used_mb,read_ok,dt_s",
                "1234567890123456,20.7,39.8,210,405,0,0,512.0,true,0.100",      // line 2, t = 0
                "1234567990123456,21.3,39.9,210,405,1,0,512.0,true,0.100",      // line 3, t = 0.1
                "1234568090123456,0.0,0.0,0,0,0,0,0.0,false,0.100",             // line 4, NVML read failed
                "1234568190125000,95.5,41.0,2505,9001,87,40,1536.5,true,0.1000015", // line 5
                "1234568140000000,96.1,41.2,2505,9001,88,41,1536.5,true,-0.05",    // line 6, goes backwards
                "1234568390123456,97.0,41.5,2505",                              // line 7, cut off
                "1234568490123456,0.0,0.0,0,0,0,0,0.0,False,0.100",             // line 8, read failed
                "1234568590123456,98.0,41.9,2505,9001,90,42,1536.5,true,0.100") + "\n");
        write(dir, "run/generation_events.jsonl", String.join("\n",
                "{\"event_id\": \"bs1_rep0_prefill\", \"phase\": \"prefill\", \"t_start_ns\": 1234567950000000,"
                        + " \"t_end_ns\": 1234567956300000, \"input_tokens\": 256, \"output_tokens\": 64,"
                        + " \"batch_size\": 1, \"tokens_per_second\": 40634.9, \"energy_joules\": 0.13,"
                        + " \"operational_joules\": 0.0, \"energy_quality\": \"gappy\", \"gap_fraction\": 0.5,"
                        + " \"power_samples\": 1}",
                "{\"event_id\": \"bs1_rep0_decode\", \"phase\": \"decode\", \"t_start_ns\": 1234567956400000,"
                        + " \"t_end_ns\": 1234568254500000, \"input_tokens\": 256, \"output_tokens\": 64,"
                        + " \"batch_size\": 1, \"tokens_per_second\": 214.7, \"energy_joules\": 28.4,"
                        + " \"operational_joules\": 22.1, \"energy_quality\": \"good\", \"gap_fraction\": 0.0,"
                        + " \"power_samples\": 3}",
                "{\"event_id\": \"bs2_rep0_prefill\", \"phase\": \"prefill\", \"t_start_ns\": 12345") + "\n");
        write(dir, "run/baseline.json", """
                {
                  "idle_watts_mean": 20.70964675767918,
                  "idle_watts_std": 9.965016251128894,
                  "idle_temp_c": 39.8259,
                  "fake_idle_flag": false,
                  "idle_gpu_util_p95": 0,
                  "idle_watts_min": 1.2,
                  "idle_watts_max": 26.424,
                  "power_outlier_fraction": 0.0,
                  "clock_varied": false,
                  "fake_idle_reasons": ""
                }
                """);
        write(dir, "run/run_metadata.json", "{\"schema_version\": 2, \"run_id\": \"20251225_190610\","
                + " \"baseline\": {\"idle_watts_mean\": 20.7, \"fake_idle\": false}}\n");
        ds = DatasetLoader.standard().load(dir);
    }

    @Test
    void formatsAndCounts() {
        SourceFile trace = file(ds, "run/power_trace.csv");
        assertThat(trace.format()).isEqualTo("tr122.power_trace.csv");
        assertThat(trace.kind()).isEqualTo(FileKind.POWER);
        assertThat(trace.records()).isEqualTo(7); // 8 data lines, line 7 cut short
        assertThat(trace.rowsIn(CanonicalTable.POWER)).isEqualTo(7);
        SourceFile events = file(ds, "run/generation_events.jsonl");
        assertThat(events.format()).isEqualTo("tr122.generation_events.jsonl");
        assertThat(events.records()).isEqualTo(2); // third line truncated
        assertThat(events.rowsIn(CanonicalTable.EVENTS)).isEqualTo(2);
        assertThat(file(ds, "run/baseline.json").format()).isEqualTo("tr122.baseline.json");
        assertThat(file(ds, "run/baseline.json").records()).isEqualTo(1);
        assertThat(file(ds, "run/run_metadata.json").format()).isEqualTo("tr122.run_metadata.json");
    }

    @Test
    void traceTimesAreSecondsFromTheFirstSample() {
        Table p = ds.table(CanonicalTable.POWER);
        int r3 = onlyRowAt(ds, CanonicalTable.POWER, "run/power_trace.csv", 3);
        assertThat(p.doubleColumn("t_s").getDouble(r3)).isCloseTo(0.1, within(1e-12));
        int r5 = onlyRowAt(ds, CanonicalTable.POWER, "run/power_trace.csv", 5);
        // (1234568190125000 - 1234567890123456) / 1e9
        assertThat(p.doubleColumn("t_s").getDouble(r5)).isCloseTo(0.300001544, within(1e-12));
        assertThat(p.doubleColumn("power_w").getDouble(r5)).isEqualTo(95.5);
        assertThat(p.doubleColumn("util_pct").getDouble(r5)).isEqualTo(87.0);
        assertThat(p.doubleColumn("mem_mib").getDouble(r5)).isEqualTo(1536.5);
        assertThat(p.doubleColumn("temp_c").getDouble(r5)).isEqualTo(41.0);
        assertThat(p.doubleColumn("sm_clock_mhz").getDouble(r5)).isEqualTo(2505.0);
        assertThat(p.doubleColumn("mem_clock_mhz").getDouble(r5)).isEqualTo(9001.0);
        assertThat(p.doubleColumn("util_mem").getDouble(r5)).isEqualTo(40.0);
        assertThat(p.doubleColumn("dt_s").getDouble(r5)).isEqualTo(0.1000015);
        assertThat(p.stringColumn("gpu").get(r5)).isEqualTo("0");
    }

    @Test
    void failedReadsStayWithoutPowerAndAreSummarisedOnce() {
        Table p = ds.table(CanonicalTable.POWER);
        for (int line : new int[] {4, 8}) {
            int r = onlyRowAt(ds, CanonicalTable.POWER, "run/power_trace.csv", line);
            assertThat(p.booleanColumn("read_ok").get(r)).isFalse();
            assertThat(p.doubleColumn("power_w").getDouble(r)).isNaN();
        }
        List<Diagnostic> readOk = file(ds, "run/power_trace.csv").diagnostics().stream()
                .filter(d -> d.message().contains("read_ok")).toList();
        assertThat(readOk).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("2 samples");
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(9);
        });
    }

    @Test
    void outOfOrderAndCutRowsAreReportedWithLineAndColumn() {
        List<Diagnostic> diags = file(ds, "run/power_trace.csv").diagnostics();
        assertThat(diags).anySatisfy(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.column()).isEqualTo(1);
            assertThat(d.message()).contains("backwards");
        });
        assertThat(diags).anySatisfy(d -> {
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.column()).isEqualTo(5);
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
        });
        // (1234568140000000 - T0) / 1e9: kept, on the same axis.
        int r6 = onlyRowAt(ds, CanonicalTable.POWER, "run/power_trace.csv", 6);
        assertThat(ds.table(CanonicalTable.POWER).doubleColumn("t_s").getDouble(r6))
                .isCloseTo(0.249876544, within(1e-12));
    }

    @Test
    void eventsAreRebasedOntoTheTraceOfTheSameFolder() {
        Table e = ds.table(CanonicalTable.EVENTS);
        int prefill = onlyRowAt(ds, CanonicalTable.EVENTS, "run/generation_events.jsonl", 1);
        // (1234567950000000 - 1234567890123456) / 1e9 = 0.059876544; end (…956300000 - T0) / 1e9 = 0.066176544
        assertThat(e.doubleColumn("start_s").getDouble(prefill)).isCloseTo(0.059876544, within(1e-9));
        assertThat(e.doubleColumn("end_s").getDouble(prefill)).isCloseTo(0.066176544, within(1e-9));
        assertThat(e.doubleColumn("clock_origin_s").getDouble(prefill)).isCloseTo(T0 / 1e9, within(1e-6));
        assertThat(e.stringColumn("label").get(prefill)).isEqualTo("prefill");
        assertThat(e.stringColumn("event_id").get(prefill)).isEqualTo("bs1_rep0_prefill");
        assertThat(e.intColumn("tokens").getInt(prefill)).isEqualTo(256);
        assertThat(e.stringColumn("energy_quality").get(prefill)).isEqualTo("gappy");
        int decode = onlyRowAt(ds, CanonicalTable.EVENTS, "run/generation_events.jsonl", 2);
        // (1234567956400000 - T0) / 1e9 = 0.066276544; (1234568254500000 - T0) / 1e9 = 0.364376544
        assertThat(e.doubleColumn("start_s").getDouble(decode)).isCloseTo(0.066276544, within(1e-9));
        assertThat(e.doubleColumn("end_s").getDouble(decode)).isCloseTo(0.364376544, within(1e-9));
        assertThat(e.intColumn("tokens").getInt(decode)).isEqualTo(64);
        assertThat(e.doubleColumn("energy_joules").getDouble(decode)).isEqualTo(28.4);
        assertThat(e.intColumn("power_samples").getInt(decode)).isEqualTo(3);
        assertThat(file(ds, "run/generation_events.jsonl").diagnostics()).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.line()).isEqualTo(3);
                });
    }

    @Test
    void baselineBecomesSummaries() {
        Table s = ds.table(CanonicalTable.SUMMARIES);
        assertThat(s.rowCount()).isEqualTo(9); // 4 idle power stats, temp, util p95, outliers, 2 flags
        assertThat(summary(s, "idle_power_w", "mean")).isEqualTo(20.70964675767918);
        assertThat(summary(s, "idle_power_w", "std")).isEqualTo(9.965016251128894);
        assertThat(summary(s, "idle_power_w", "min")).isEqualTo(1.2);
        assertThat(summary(s, "idle_power_w", "max")).isEqualTo(26.424);
        assertThat(summary(s, "idle_temp_c", "mean")).isEqualTo(39.8259);
        assertThat(summary(s, "idle_gpu_util_pct", "p95")).isEqualTo(0.0);
        assertThat(summary(s, "power_outlier_fraction", "value")).isEqualTo(0.0);
        assertThat(summary(s, "fake_idle_flag", "value")).isEqualTo(0.0);
        assertThat(s.stringColumn("population").asSet()).containsExactly("idle baseline window");
        // "idle_watts_mean" is on line 2 of baseline.json
        assertThat(s.intColumn("source_line").getInt(0)).isEqualTo(2);
        assertThat(s.stringColumn("unit").get(0)).isEqualTo("W");
    }

    private static double summary(Table s, String metric, String statistic) {
        for (int i = 0; i < s.rowCount(); i++) {
            if (s.stringColumn("metric").get(i).equals(metric) && s.stringColumn("statistic").get(i).equals(statistic)) {
                return s.doubleColumn("value").getDouble(i);
            }
        }
        throw new AssertionError("no summary " + metric + "/" + statistic);
    }

    @Test
    void fakeIdleBaselineIsFlagged(@TempDir Path other) throws IOException {
        write(other, "baseline.json", "{\"idle_watts_mean\": 45.0, \"idle_watts_std\": \"high\",\n"
                + " \"fake_idle_flag\": true, \"fake_idle_reasons\": \"util_p95>5\"}\n");
        Dataset one = DatasetLoader.standard().load(other);
        Table s = one.table(CanonicalTable.SUMMARIES);
        assertThat(s.rowCount()).isEqualTo(2); // mean and the flag; the std is not a number
        assertThat(summary(s, "fake_idle_flag", "value")).isEqualTo(1.0);
        List<Diagnostic> diags = file(one, "baseline.json").diagnostics();
        assertThat(diags).hasSize(2);
        assertThat(diags).anySatisfy(d -> assertThat(d.message()).contains("idle_watts_std").contains("not a number"));
        assertThat(diags).anySatisfy(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).contains("util_p95>5");
        });
    }
}
