package dev.chimera.workbench.ingest.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * nvidia-smi dmon logs (peer-formats §1.2), fixtures written by hand under src/test/resources/peer-telemetry.
 * Expected values are read off the fixture lines; line numbers counted with {@code cat -n}.
 */
class NvidiaSmiDmonReaderTest {
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
    void multiGpuTextWithoutTimeColumns() {
        Dataset ds = load("dmon-plain");
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("nvidia-smi.dmon");
        assertThat(f.producer()).isEqualTo("nvidia-smi");
        assertThat(f.kind()).isEqualTo(FileKind.POWER);
        assertThat(f.records()).isEqualTo(4); // 6 lines - 2 header lines
        Table p = ds.table(CanonicalTable.POWER);
        assertThat(p.stringColumn("gpu").asList()).containsExactly("0", "1", "0", "1");
        assertThat(p.intColumn("source_line").asList()).containsExactly(3, 4, 5, 6);
        // no -o T/DT and no recorded -d option: t_s stays empty, and a warning says so
        assertThat(doubles(p, "t_s")).allMatch(v -> v.isNaN());
        assertThat(only(f, "no timestamps").severity()).isEqualTo(Severity.WARNING);
        assertThat(p.columnNames()).doesNotContain("timestamp_local");
        // pwr → power_w ("-" on line 6), gtemp → temp_c, sm → util_pct, mem → mem_util_pct, pclk → sm_clock_mhz
        assertThat(doubles(p, "power_w")).containsExactly(287.0, 74.0, 301.0, Double.NaN);
        assertThat(doubles(p, "temp_c")).containsExactly(58.0, 41.0, 59.0, 41.0);
        assertThat(doubles(p, "util_pct")).containsExactly(92.0, 0.0, 95.0, 1.0);
        assertThat(doubles(p, "mem_util_pct")).containsExactly(41.0, 0.0, 44.0, 0.0);
        assertThat(doubles(p, "sm_clock_mhz")).containsExactly(1980.0, 345.0, 1965.0, 345.0);
        assertThat(doubles(p, "mem_clock_mhz")).containsExactly(2619.0, 2619.0, 2619.0, 2619.0);
        assertThat(doubles(p, "mem_temp_c")).containsExactly(66.0, Double.NaN, 67.0, Double.NaN);
        assertThat(p.columnNames()).contains("enc", "dec", "jpg", "ofa");
        // missing counts per column: pwr 1 of 4 (canonical → warning), mtemp 2 of 4 (extra → info)
        Diagnostic pwr = only(f, "column pwr");
        assertThat(pwr.severity()).isEqualTo(Severity.WARNING);
        assertThat(pwr.message()).contains("1 of 4");
        assertThat(pwr.line()).isEqualTo(6);
        assertThat(pwr.column()).isEqualTo(2);
        Diagnostic mtemp = only(f, "column mtemp");
        assertThat(mtemp.severity()).isEqualTo(Severity.INFO);
        assertThat(mtemp.message()).contains("2 of 4");
        assertThat(mtemp.line()).isEqualTo(4);
        assertThat(mtemp.column()).isEqualTo(4);
        assertThat(only(f, "variant:").message()).contains("text").contains("no time columns");
        assertThat(f.diagnostics()).hasSize(4);
    }

    @Test
    void dateTimeColumnsGiveLocalTimestampsAcrossMidnightAndACutLastLineIsAWarning() {
        Dataset ds = load("dmon-dt");
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("nvidia-smi.dmon");
        assertThat(f.records()).isEqualTo(6); // lines 3-8; line 9 "... 0    29" is cut off
        Table p = ds.table(CanonicalTable.POWER);
        assertThat(p.stringColumn("gpu").asList()).containsExactly("0", "1", "0", "1", "0", "1");
        assertThat(p.stringColumn("timestamp_local").asList()).containsExactly("20250304 23:59:58",
                "20250304 23:59:58", "20250304 23:59:59", "20250304 23:59:59", "20250305 00:00:01",
                "20250305 00:00:01");
        // per GPU from its first sample: 23:59:58 → 23:59:59 = 1 s, → next day 00:00:01 = 3 s
        assertThat(doubles(p, "t_s")).containsExactly(0.0, 0.0, 1.0, 1.0, 3.0, 3.0);
        assertThat(doubles(p, "power_w")).containsExactly(287.0, 74.0, 290.0, 76.0, 295.0, 78.0);
        assertThat(p.columnNames()).doesNotContain("date", "time", "timestamp_epoch_ms");
        Diagnostic cut = only(f, "incomplete");
        assertThat(cut.severity()).isEqualTo(Severity.WARNING);
        assertThat(cut.line()).isEqualTo(9);
        assertThat(cut.column()).isEqualTo(5); // 4 of 10 fields present
        assertThat(only(f, "column mtemp").message()).contains("3 of 6");
        assertThat(only(f, "variant:").message()).contains("-o DT");
        assertThat(f.diagnostics()).noneMatch(d -> d.message().contains("no timestamps"));
    }

    @Test
    void repeatedHeaderBlockAndRecordedIntervalGiveASyntheticTimeAxis() {
        Dataset ds = load("dmon-repeated");
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("nvidia-smi.dmon");
        Table p = ds.table(CanonicalTable.POWER);
        // data on lines 4, 5, 7, 11, 12; line 8 has 3 of 8 fields; lines 9-10 repeat the header block
        assertThat(p.intColumn("source_line").asList()).containsExactly(4, 5, 7, 11, 12);
        assertThat(f.records()).isEqualTo(5);
        assertThat(p.stringColumn("gpu").asList()).containsExactly("0", "1", "0", "0", "1");
        assertThat(doubles(p, "power_w")).containsExactly(120.0, 110.0, 130.0, 140.0, 117.0);
        // "-d 2" on the command line: t_s = ordinal × 2 s; GPU 1's damaged tick-2 line keeps its slot → 4 s
        assertThat(doubles(p, "t_s")).containsExactly(0.0, 0.0, 2.0, 4.0, 4.0);
        Diagnostic bad = only(f, "expected 8 fields");
        assertThat(bad.severity()).isEqualTo(Severity.ERROR);
        assertThat(bad.line()).isEqualTo(8);
        assertThat(bad.column()).isEqualTo(4);
        assertThat(only(f, "no timestamps").severity()).isEqualTo(Severity.INFO);
        assertThat(only(f, "variant:").message()).contains("header printed 2 times").contains("-d 2.0");
        assertThat(f.diagnostics()).hasSize(3);
    }

    @Test
    void csvVariantWithDateTime() {
        Dataset ds = load("dmon-csv");
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("nvidia-smi.dmon");
        assertThat(f.records()).isEqualTo(4);
        Table p = ds.table(CanonicalTable.POWER);
        assertThat(p.stringColumn("gpu").asList()).containsExactly("0", "1", "0", "1");
        assertThat(p.stringColumn("timestamp_local").get(2)).isEqualTo("20250304 10:15:04");
        assertThat(doubles(p, "t_s")).containsExactly(0.0, 0.0, 2.0, 2.0); // 10:15:02 → 10:15:04
        assertThat(doubles(p, "power_w")).containsExactly(287.0, 74.0, 301.0, 75.0);
        assertThat(doubles(p, "sm_clock_mhz")).containsExactly(1980.0, 345.0, 1965.0, 345.0);
        assertThat(doubles(p, "mem_temp_c")).containsExactly(66.0, Double.NaN, 67.0, Double.NaN);
        Diagnostic mtemp = only(f, "column mtemp");
        assertThat(mtemp.message()).contains("2 of 4");
        assertThat(mtemp.line()).isEqualTo(4);
        assertThat(mtemp.column()).isEqualTo(6);
        assertThat(only(f, "variant:").message()).contains("--format csv").contains("-o DT");
        assertThat(f.diagnostics()).hasSize(2);
    }

    @Test
    void garbageAfterTheHeaderIsReportedNeverThrown(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("dmon.txt"), "# gpu pwr gtemp sm\n# Idx W C %\n"
                + "0 100 50 20\nFailed to read GPU sample\n0 abc 51 21\n0 102 52 22\n");
        assertThatCode(() -> DatasetLoader.standard().load(dir)).doesNotThrowAnyException();
        Dataset ds = DatasetLoader.standard().load(dir);
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("nvidia-smi.dmon");
        Table p = ds.table(CanonicalTable.POWER);
        // lines 3, 5, 6 have 4 fields; line 4 has 5 tokens
        assertThat(p.intColumn("source_line").asList()).containsExactly(3, 5, 6);
        assertThat(doubles(p, "power_w")).containsExactly(100.0, Double.NaN, 102.0);
        assertThat(f.diagnostics()).anySatisfy(d -> {
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.message()).contains("'abc'");
        });
        assertThat(f.count(Severity.ERROR)).isEqualTo(1); // line 4
    }

    @Test
    void detectionIsByContent() {
        NvidiaSmiDmonReader dmon = new NvidiaSmiDmonReader();
        assertThat(dmon.detect(FileProbe.ofText("x.txt", "# gpu   pwr  gtemp\n# Idx     W      C\n"))).isEqualTo(90);
        assertThat(dmon.detect(FileProbe.ofText("gpu_dmon.log", "#Date Time gpu pwr\n#YYYYMMDD HH:MM:SS Idx W\n")))
                .isEqualTo(93);
        assertThat(dmon.detect(FileProbe.ofText("x.txt", "# gpu pwr sm\n0 1 2\n"))).isEqualTo(80);
        assertThat(dmon.detect(FileProbe.ofText("x.txt", "# gpu is fine\n"))).isZero();
        assertThat(dmon.detect(FileProbe.ofText("x.csv", "timestamp, index, power.draw [W]\n"))).isZero();
        assertThat(dmon.detect(FileProbe.ofText("x.txt", "#Entity POWER TOTEC\nID W mJ\n"))).isZero();
        // the query-CSV reader leaves the dmon csv variant alone
        assertThat(new NvidiaSmiQueryCsvReader().detect(FileProbe.ofText("dmon.csv",
                "#Date, Time, gpu, pwr, gtemp\n#YYYYMMDD, HH:MM:SS, Idx, W, C\n"))).isZero();
    }
}
