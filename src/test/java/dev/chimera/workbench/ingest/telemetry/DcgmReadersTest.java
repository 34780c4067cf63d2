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
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * DCGM exporter scrapes (peer-formats §1.3) and dcgmi dmon captures (§1.4), fixtures written by hand under
 * src/test/resources/peer-telemetry (the scrape with a python loop: 9 metrics × (HELP, TYPE, 2 GPUs) = 36 lines
 * per scrape). Energy deltas computed with python from the mJ counters.
 */
class DcgmReadersTest {
    private static final Path FIXTURES = Path.of("src/test/resources/peer-telemetry");

    private static Dataset load(String dir) {
        try {
            return DatasetLoader.standard().load(FIXTURES.resolve(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Double> doubles(Table t, String column) {
        return IntStream.range(0, t.rowCount()).mapToObj(i -> t.doubleColumn(column).getDouble(i)).toList();
    }

    private static Diagnostic only(SourceFile f, String contains) {
        List<Diagnostic> hits = f.diagnostics().stream().filter(d -> d.message().contains(contains)).toList();
        assertThat(hits).as("diagnostics containing '%s' in %s", contains, f.diagnostics()).hasSize(1);
        return hits.get(0);
    }

    @Test
    void exporterScrapeOfTwoGpusTimesTwoScrapes() {
        Dataset ds = load("dcgm-scrape");
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("dcgm.exporter");
        assertThat(f.producer()).isEqualTo("dcgm");
        assertThat(f.kind()).isEqualTo(FileKind.POWER);
        assertThat(f.records()).isEqualTo(4); // 2 GPUs × 2 scrapes
        Table p = ds.table(CanonicalTable.POWER);
        assertThat(p.stringColumn("gpu").asList()).containsExactly("0", "1", "0", "1");
        // first metric line of each GPU in each scrape: 3, 4, then 36 lines later 39, 40
        assertThat(p.intColumn("source_line").asList()).containsExactly(3, 4, 39, 40);
        assertThat(doubles(p, "t_s")).allMatch(v -> v.isNaN());
        assertThat(only(f, "no timestamps").severity()).isEqualTo(Severity.WARNING);
        assertThat(doubles(p, "power_w")).containsExactly(301.25, 288.5, 305.5, Double.NaN);
        // mJ → J: 918273645123 mJ = 918273645.123 J
        assertThat(doubles(p, "energy_j")).containsExactly(918273645.123, 812345678.901, 918274252.623,
                812346257.401);
        Table e = p;
        assertThat(e.doubleColumn("energy_j").getDouble(2) - e.doubleColumn("energy_j").getDouble(0))
                .isCloseTo(607.5, within(1e-6));
        assertThat(e.doubleColumn("energy_j").getDouble(3) - e.doubleColumn("energy_j").getDouble(1))
                .isCloseTo(578.5, within(1e-6));
        assertThat(p.intColumn("energy_segment").asList()).containsExactly(0, 0, 0, 0);
        assertThat(doubles(p, "util_pct")).containsExactly(87.0, 85.0, 90.0, 86.0);
        assertThat(doubles(p, "mem_util_pct")).containsExactly(41.0, 39.0, 43.0, 40.0);
        assertThat(doubles(p, "mem_mib")).containsExactly(71234.0, 70988.0, 71236.0, 70990.0);
        assertThat(doubles(p, "temp_c")).containsExactly(61.0, 58.0, 62.0, 58.0);
        assertThat(doubles(p, "sm_clock_mhz")).containsExactly(1980.0, 1755.0, 1965.0, 1755.0);
        // DCGM blank sentinel 9223372036854775794 → missing
        assertThat(doubles(p, "mem_temp_c")).allMatch(v -> v.isNaN()).hasSize(4);
        // profiling ratio 0–1 → %
        assertThat(doubles(p, "prof_sm_active_pct")).containsExactly(75.0, 50.0, 81.25, 25.0);
        assertThat(p.stringColumn("gpu_uuid").asList()).containsExactly("GPU-5e1f0c2a-7b33-4c1d-9e0a-1f2b3c4d5e6f",
                "GPU-0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d", "GPU-5e1f0c2a-7b33-4c1d-9e0a-1f2b3c4d5e6f",
                "GPU-0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d");
        assertThat(p.stringColumn("gpu_name").get(1)).isEqualTo("NVIDIA H100 80GB HBM3");
        assertThat(p.stringColumn("hostname").get(0)).isEqualTo("node7");
        assertThat(p.stringColumn("pci_bus_id").get(1)).isEqualTo("00000000:2A:00.0");
        Diagnostic power = only(f, "column DCGM_FI_DEV_POWER_USAGE");
        assertThat(power.severity()).isEqualTo(Severity.WARNING);
        assertThat(power.message()).contains("1 of 4").contains("NaN");
        assertThat(power.line()).isEqualTo(52);
        assertThat(power.column()).isEqualTo(180);
        Diagnostic memTemp = only(f, "column DCGM_FI_DEV_MEMORY_TEMP");
        assertThat(memTemp.severity()).isEqualTo(Severity.INFO);
        assertThat(memTemp.message()).contains("4 of 4").contains("DCGM blank");
        assertThat(memTemp.line()).isEqualTo(7);
        assertThat(only(f, "variant:").message()).contains("2 scrape(s) of 2 GPU(s) in 36 sample lines")
                .contains("with # HELP").contains("uuid label UUID").contains("timestamps absent");
        assertThat(f.diagnostics()).hasSize(4);
    }

    @Test
    void exporterSampleTimestampsCounterResetAndBadLines() {
        Dataset ds = load("dcgm-timestamps");
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("dcgm.exporter"); // named .txt, recognised by content
        assertThat(f.records()).isEqualTo(3);
        Table p = ds.table(CanonicalTable.POWER);
        assertThat(p.intColumn("source_line").asList()).containsExactly(1, 3, 6);
        assertThat(doubles(p, "timestamp_epoch_ms")).containsExactly(1741083302118.0, 1741083303118.0,
                1741083304620.0);
        // (1741083304620 - 1741083302118) / 1000 = 2.502
        assertThat(doubles(p, "t_s")).containsExactly(0.0, 1.0, 2.502);
        assertThat(doubles(p, "power_w")).containsExactly(250.5, 251.0, 249.75);
        assertThat(doubles(p, "energy_j")).containsExactly(5000.0, 5250.75, 1.2);
        assertThat(p.intColumn("energy_segment").asList()).containsExactly(0, 0, 1);
        assertThat(p.stringColumn("gpu_uuid").get(0)).isEqualTo("GPU-c0ffee00-1111-2222-3333-444455556666");
        assertThat(p.stringColumn("gpu_name").get(0)).isEqualTo("NVIDIA A100-SXM4-40GB");
        Diagnostic reset = only(f, "counter reset");
        assertThat(reset.severity()).isEqualTo(Severity.WARNING);
        assertThat(reset.line()).isEqualTo(7);
        assertThat(reset.column()).isEqualTo(146);
        assertThat(reset.message()).contains("5250.750 J to 1.200 J");
        Diagnostic malformed = only(f, "not a Prometheus sample line");
        assertThat(malformed.severity()).isEqualTo(Severity.ERROR);
        assertThat(malformed.line()).isEqualTo(4);
        assertThat(malformed.column()).isEqualTo(78); // where "87" stands in place of '}'
        Diagnostic cut = only(f, "incomplete");
        assertThat(cut.severity()).isEqualTo(Severity.WARNING);
        assertThat(cut.line()).isEqualTo(8);
        assertThat(only(f, "variant:").message()).contains("uuid (older exporter)").contains("without # HELP")
                .contains("timestamps present");
        assertThat(f.diagnostics()).noneMatch(d -> d.message().contains("no timestamps"));
    }

    @Test
    void dcgmiDmonCapture() {
        Dataset ds = load("dcgmi");
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("dcgm.dmon");
        assertThat(f.producer()).isEqualTo("dcgm");
        assertThat(f.records()).isEqualTo(6);
        Table p = ds.table(CanonicalTable.POWER);
        assertThat(p.stringColumn("gpu").asList()).containsExactly("0", "1", "0", "1", "0", "1");
        assertThat(p.intColumn("source_line").asList()).containsExactly(4, 5, 6, 7, 10, 11);
        // no timestamps; "-d 500" (ms) on the recorded command line → ordinal × 0.5 s
        assertThat(doubles(p, "t_s")).containsExactly(0.0, 0.0, 0.5, 0.5, 1.0, 1.0);
        assertThat(only(f, "no timestamps").severity()).isEqualTo(Severity.INFO);
        assertThat(doubles(p, "power_w")).containsExactly(301.25, 288.5, 305.5, Double.NaN, 310.0, 290.25);
        assertThat(doubles(p, "energy_j")).containsExactly(918273645.123, 812345678.901, 918273797.873,
                812345823.526, 918273951.873, 812345968.776);
        // per-interval energy of GPU 1 (python: (812345823526 - 812345678901) / 1000)
        assertThat(p.doubleColumn("energy_j").getDouble(3) - p.doubleColumn("energy_j").getDouble(1))
                .isCloseTo(144.625, within(1e-6));
        assertThat(doubles(p, "sm_clock_mhz")).containsExactly(1980.0, 1755.0, 1965.0, 1755.0, 1950.0, Double.NaN);
        assertThat(doubles(p, "util_pct")).containsExactly(87.0, 85.0, 90.0, 86.0, 91.0, 88.0);
        assertThat(doubles(p, "mem_mib")).containsExactly(71234.0, 70988.0, 71236.0, 70990.0, 71240.0, 70992.0);
        assertThat(doubles(p, "temp_c")).containsExactly(61.0, 58.0, 62.0, 58.0, 63.0, 59.0);
        Diagnostic power = only(f, "column POWER");
        assertThat(power.message()).contains("1 of 6").contains("N/A");
        assertThat(power.line()).isEqualTo(7);
        assertThat(power.column()).isEqualTo(3);
        Diagnostic clock = only(f, "column SMCLK");
        assertThat(clock.message()).contains("1 of 6");
        assertThat(clock.line()).isEqualTo(11);
        assertThat(clock.column()).isEqualTo(5);
        assertThat(only(f, "variant:").message()).contains("dcgmi dmon").contains("header printed 2 times")
                .contains("-d 500.0 ms");
        assertThat(f.diagnostics()).hasSize(4);
    }

    @Test
    void detectionIsByContent() {
        DcgmExporterReader exporter = new DcgmExporterReader();
        DcgmDmonReader dcgmi = new DcgmDmonReader();
        assertThat(exporter.detect(FileProbe.ofText("m.txt", "# HELP DCGM_FI_DEV_GPU_TEMP GPU temperature (in C).\n")))
                .isEqualTo(92);
        assertThat(exporter.detect(FileProbe.ofText("m", "DCGM_FI_DEV_GPU_TEMP{gpu=\"0\"} 61\n"))).isEqualTo(92);
        assertThat(exporter.detect(FileProbe.ofText("m.txt", "# HELP go_goroutines Number of goroutines.\n")))
                .isZero();
        assertThat(dcgmi.detect(FileProbe.ofText("d.txt", "dcgmi dmon -e 155\n#Entity POWER\nID W\n"))).isEqualTo(90);
        assertThat(dcgmi.detect(FileProbe.ofText("d.txt", "# gpu pwr\n# Idx W\n"))).isZero();
        assertThat(new NvidiaSmiDmonReader().detect(FileProbe.ofText("d.txt", "#Entity POWER\nID W\n"))).isZero();
    }
}
