package dev.chimera.workbench.ingest.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** nvidia-smi query CSV: the real project capture plus the variants of peer-formats §1.1 written by hand. */
class NvidiaSmiQueryCsvReaderTest {
    private static final String HEADER = "timestamp, index, name, power.draw [W], utilization.gpu [%],"
            + " memory.used [MiB], temperature.gpu, clocks.sm [MHz]";

    @Test
    void realCapture() throws IOException {
        Dataset ds = DatasetLoader.standard().load(Path.of("../shared/real-results/nvidia-smi"));
        SourceFile f = ds.files().get(0);
        assertThat(f.path()).isEqualTo("qwen2.5-7b_gpu_metrics.csv");
        assertThat(f.format()).isEqualTo("nvidia-smi.query.csv");
        assertThat(f.kind()).isEqualTo(FileKind.POWER);
        // wc -l = 2637 lines = header + 2636 data lines; awk -F', ' shows all 2636 have 4 cells.
        assertThat(f.records()).isEqualTo(2636);
        assertThat(ds.rowCount(CanonicalTable.POWER)).isEqualTo(2636);
        assertThat(f.diagnostics()).isEmpty(); // grep -c 'N/A' = 0
        Table p = ds.table(CanonicalTable.POWER);
        // line 2: "2025/11/27 17:04:31.586, 142.50 W, 65 %, 9727 MiB"
        assertThat(p.intColumn("source_line").getInt(0)).isEqualTo(2);
        assertThat(p.doubleColumn("power_w").getDouble(0)).isEqualTo(142.50);
        assertThat(p.doubleColumn("util_pct").getDouble(0)).isEqualTo(65.0);
        assertThat(p.doubleColumn("mem_mib").getDouble(0)).isEqualTo(9727.0);
        assertThat(p.doubleColumn("t_s").getDouble(0)).isZero();
        assertThat(p.stringColumn("timestamp_local").get(0)).isEqualTo("2025/11/27 17:04:31.586");
        assertThat(p.stringColumn("gpu").get(0)).isEqualTo("0");
        assertThat(p.stringColumn("power_kind").get(0)).isEqualTo("power.draw");
        // line 3 at 17:04:31.802 → 0.216 s; last line 17:11:50.373 → 7 min 18.787 s = 438.787 s
        assertThat(p.doubleColumn("t_s").getDouble(1)).isCloseTo(0.216, within(1e-9));
        assertThat(p.doubleColumn("power_w").getDouble(1)).isEqualTo(95.96);
        assertThat(p.doubleColumn("t_s").getDouble(2635)).isCloseTo(438.787, within(1e-9));
        assertThat(p.doubleColumn("power_w").getDouble(2635)).isEqualTo(136.63);
        assertThat(p.doubleColumn("util_pct").getDouble(2635)).isEqualTo(99.0);
    }

    @Test
    void indexedMultiGpuLogWithNotAvailableCells(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("smi.csv"), HEADER + "\n"
                + "2025/03/04 10:15:02.118, 0, NVIDIA H100 80GB HBM3, 312.47 W, 87 %, 71234 MiB, 61, 1980 MHz\n"
                + "2025/03/04 10:15:02.121, 1, NVIDIA H100 80GB HBM3, 298.02 W, 85 %, 70988 MiB, 58, 1980 MHz\n"
                + "2025/03/04 10:15:02.620, 0, NVIDIA H100 80GB HBM3, [N/A], 88 %, 71234 MiB, 61, 1980 MHz\n"
                + "2025/03/04 10:15:02.623, 1, NVIDIA H100 80GB HBM3, [Not Supported], 86 %, 70990 MiB, 58, [N/A]\n");
        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("nvidia-smi.query.csv");
        assertThat(f.records()).isEqualTo(4);
        Table p = ds.table(CanonicalTable.POWER);
        assertThat(p.stringColumn("gpu").asList()).containsExactly("0", "1", "0", "1");
        // t_s from the first sample of the same GPU: 02.620 - 02.118, 02.623 - 02.121
        assertThat(p.doubleColumn("t_s").getDouble(1)).isZero();
        assertThat(p.doubleColumn("t_s").getDouble(2)).isCloseTo(0.502, within(1e-9));
        assertThat(p.doubleColumn("t_s").getDouble(3)).isCloseTo(0.502, within(1e-9));
        assertThat(p.doubleColumn("power_w").getDouble(1)).isEqualTo(298.02);
        assertThat(p.doubleColumn("power_w").getDouble(2)).isNaN();
        assertThat(p.doubleColumn("temp_c").getDouble(1)).isEqualTo(58.0);
        assertThat(p.doubleColumn("sm_clock_mhz").getDouble(0)).isEqualTo(1980.0);
        assertThat(p.doubleColumn("sm_clock_mhz").getDouble(3)).isNaN();
        assertThat(p.stringColumn("gpu_name").get(0)).isEqualTo("NVIDIA H100 80GB HBM3");
        // One diagnostic per column: power.draw has 2 missing cells (first on line 4, column 4), clocks.sm 1.
        assertThat(f.diagnostics()).hasSize(2);
        Diagnostic power = f.diagnostics().get(0);
        assertThat(power.severity()).isEqualTo(Severity.WARNING);
        assertThat(power.line()).isEqualTo(4);
        assertThat(power.column()).isEqualTo(4);
        assertThat(power.message()).contains("power.draw [W]").contains("2 of 4");
        Diagnostic clock = f.diagnostics().get(1);
        assertThat(clock.line()).isEqualTo(5);
        assertThat(clock.column()).isEqualTo(8);
        assertThat(clock.message()).contains("1 of 4");
    }

    @Test
    void nounitsValuesAndHeadersWithoutBrackets(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("nounits.csv"), HEADER + "\n"
                + "2025/03/04 10:15:02.118, 0, NVIDIA H100 80GB HBM3, 312.47, 87, 71234, 61, 1980\n");
        Files.writeString(dir.resolve("bare.csv"), "timestamp, power.draw.instant, utilization.gpu,"
                + " utilization.memory, memory.used, memory.total, clocks.current.sm, pstate\r\n"
                + "2025/03/04 10:15:02.118, 53.51, 7, 3, 9723, 81559, 1410, P0\r\n"
                + "2025/03/04 10:15:03.118, 54.00, 9, 4, 9723, 81559, 1410, P2\r\n");
        Dataset ds = DatasetLoader.standard().load(dir);
        Table p = ds.table(CanonicalTable.POWER);
        assertThat(ds.files()).allSatisfy(f -> {
            assertThat(f.format()).isEqualTo("nvidia-smi.query.csv");
            assertThat(f.diagnostics()).isEmpty();
        });
        // bare.csv sorts first
        assertThat(p.doubleColumn("power_w").getDouble(0)).isEqualTo(53.51);
        assertThat(p.stringColumn("power_kind").get(0)).isEqualTo("power.draw.instant");
        assertThat(p.doubleColumn("util_pct").getDouble(0)).isEqualTo(7.0);
        assertThat(p.doubleColumn("mem_util_pct").getDouble(0)).isEqualTo(3.0); // not memory used
        assertThat(p.doubleColumn("mem_mib").getDouble(0)).isEqualTo(9723.0);
        assertThat(p.doubleColumn("memory_total").getDouble(0)).isEqualTo(81559.0);
        assertThat(p.doubleColumn("sm_clock_mhz").getDouble(0)).isEqualTo(1410.0);
        assertThat(p.stringColumn("pstate").asList()).containsExactly("P0", "P2", "");
        assertThat(p.doubleColumn("t_s").getDouble(1)).isCloseTo(1.0, within(1e-9));
        assertThat(p.doubleColumn("power_w").getDouble(2)).isEqualTo(312.47);
        assertThat(p.doubleColumn("mem_mib").getDouble(2)).isEqualTo(71234.0);
    }

    @Test
    void headerlessFileIsRecognisedButNotLoaded(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("gpu_metrics.csv"),
                "2025/03/04 10:15:02.118, 312.47 W, 87 %, 71234 MiB\n"
                        + "2025/03/04 10:15:02.618, 310.00 W, 86 %, 71234 MiB\n");
        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("nvidia-smi.query.csv");
        assertThat(f.records()).isEqualTo(2);
        assertThat(f.rowsIn(CanonicalTable.POWER)).isZero();
        assertThat(f.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("no header: column meaning unknown");
        });
    }

    @Test
    void unindexedRowsOfOneTickAreAttributedByOrderWithAWarning(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("timestamp, power.draw [W]\n");
        for (int tick = 0; tick < 3; tick++) {
            sb.append(String.format("2025/03/04 10:15:0%d.118, %d.0 W%n", tick, 300 + tick));
            sb.append(String.format("2025/03/04 10:15:0%d.121, %d.0 W%n", tick, 200 + tick));
        }
        Files.writeString(dir.resolve("smi.csv"), sb.toString());
        Dataset ds = DatasetLoader.standard().load(dir);
        Table p = ds.table(CanonicalTable.POWER);
        assertThat(p.stringColumn("gpu").asList()).containsExactly("0", "1", "0", "1", "0", "1");
        assertThat(p.doubleColumn("t_s").getDouble(5)).isCloseTo(2.0, within(1e-9));
        assertThat(ds.files().get(0).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("inferred").contains("2 GPUs");
        });
    }

    @Test
    void damagedRowsAreReportedAndGoodRowsKept(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("smi.csv"), HEADER + "\n"
                + "2025/03/04 10:15:02.118, 0, NVIDIA GeForce RTX 4080, Laptop GPU, 80.00 W, 50 %, 4000 MiB, 60, 2505 MHz\n"
                + "2025/03/04 10:15:02.618, 0, NVIDIA GeForce RTX 4080 Laptop GPU, 81.00 W, 51 %\n"
                + "2025/03/04 10:15:03.118, 0, NVIDIA GeForce RTX 4080 Laptop GPU, lots W, 52 %, 4001 MiB, 61, 2505 MHz\n"
                + "2025/03/04 10:15:03.618, 0, NVIDIA GeForce RTX 4080 Laptop GPU, 83.00 W, 53 %, 4002 MiB, 61, 2505 MHz\n"
                + "2025/03/04 10:15:04.118, 0, NVIDIA GeForce RTX 4080 Laptop GPU, 84.");
        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = ds.files().get(0);
        assertThat(f.records()).isEqualTo(3); // lines 2, 4, 5 load; 3 too short, 6 cut off
        Table p = ds.table(CanonicalTable.POWER);
        assertThat(p.intColumn("source_line").asList()).containsExactly(2, 4, 5);
        assertThat(p.stringColumn("gpu_name").get(0)).isEqualTo("NVIDIA GeForce RTX 4080, Laptop GPU");
        assertThat(p.doubleColumn("power_w").getDouble(0)).isEqualTo(80.0);
        assertThat(p.doubleColumn("power_w").getDouble(1)).isNaN();
        assertThat(p.doubleColumn("power_w").getDouble(2)).isEqualTo(83.0);
        assertThat(f.diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(6);
        });
        assertThat(f.diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(4);
            assertThat(d.message()).contains("lots W");
        });
        assertThat(f.diagnostics()).anySatisfy(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).contains("incomplete");
        });
    }

    @Test
    void detectionLeavesOtherCsvFilesAlone() {
        NvidiaSmiQueryCsvReader r = new NvidiaSmiQueryCsvReader();
        assertThat(r.detect(FileProbe.ofText("power_trace.csv",
                "t_ns,power_w,temp_c,sm_clock_mhz,mem_clock_mhz,util_gpu,util_mem,vram_used_mb,read_ok,dt_s\n")))
                .isZero();
        assertThat(r.detect(FileProbe.ofText("metrics.csv", "task_idx,scenario,backend,backend_kind\n"))).isZero();
        assertThat(r.detect(FileProbe.ofText("x.csv", HEADER + "\n"))).isEqualTo(85);
        assertThat(r.detect(FileProbe.ofText("qwen_gpu_metrics.csv",
                "timestamp,power.draw [W],utilization.gpu [%],memory.used [MiB]\n"))).isEqualTo(90);
    }
}
