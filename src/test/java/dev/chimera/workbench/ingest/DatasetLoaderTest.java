package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.EventColumns;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class DatasetLoaderTest {

    @TempDir
    Path dir;

    /** A tiny test format: "x.lat" files, one latency per line, "model=<m> params=<p>" lines give sizes. */
    static final class LatReader implements FormatReader {
        @Override
        public String id() {
            return "test.lat";
        }

        @Override
        public String displayName() {
            return "test latencies";
        }

        @Override
        public FileKind kind() {
            return FileKind.RUNS;
        }

        @Override
        public int detect(FileProbe probe) {
            return probe.lowerName().endsWith(".lat") ? 90 : 0;
        }

        @Override
        public void read(ReadContext ctx) throws IOException {
            List<String> lines = Files.readAllLines(ctx.path());
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.startsWith("boom")) {
                    throw new IllegalStateException("reader bug");
                }
                if (l.startsWith("model=")) {
                    String[] kv = l.split(" ");
                    ctx.modelSize(kv[0].substring(6), Double.parseDouble(kv[1].substring(7)), "test");
                    continue;
                }
                String[] parts = l.split(",");
                ctx.newRunRow(i + 1).set(RunColumns.MODEL, parts[0]).set(RunColumns.LATENCY_MS,
                        Double.parseDouble(parts[1]));
                ctx.addRecord();
            }
        }

        @Override
        public String duplicateOf(FileProbe probe, FolderIndex folder) {
            return probe.fileName().equals("copy.lat") ? folder.sibling(probe.relativePath(), "a.lat") : null;
        }
    }

    /** Events on a raw clock, and a "trace" file that declares the clock origin of its directory. */
    static final class EventsReader implements FormatReader {
        @Override
        public String id() {
            return "test.events";
        }

        @Override
        public String displayName() {
            return "test events";
        }

        @Override
        public FileKind kind() {
            return FileKind.EVENTS;
        }

        @Override
        public int detect(FileProbe probe) {
            return probe.lowerName().endsWith(".ev") || probe.lowerName().endsWith(".trace") ? 90 : 0;
        }

        @Override
        public void read(ReadContext ctx) throws IOException {
            List<String> lines = Files.readAllLines(ctx.path());
            if (ctx.probe().lowerName().endsWith(".trace")) {
                ctx.traceOrigin(Double.parseDouble(lines.get(0)));
                return;
            }
            for (int i = 0; i < lines.size(); i++) {
                String[] p = lines.get(i).split(",");
                ctx.newEventRow(i + 1).set(EventColumns.START_S, Double.parseDouble(p[0]))
                        .set(EventColumns.END_S, Double.parseDouble(p[1]));
            }
        }
    }

    private DatasetLoader loader() {
        List<FormatReader> readers = new java.util.ArrayList<>(List.of(new LatReader(), new EventsReader()));
        readers.addAll(KnownDocuments.readers());
        return new DatasetLoader(new ReaderRegistry(readers), LoadOptions.defaults().withThreads(2));
    }

    @Test
    void missingFolderIsAClearError() {
        assertThatThrownBy(() -> loader().load(dir.resolve("nope"))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void rowsFromAllFilesInFileOrderWithSourceAndLine() throws Exception {
        Files.writeString(dir.resolve("b.lat"), "m2,3.0\nm2,4.0\n");
        Files.writeString(dir.resolve("a.lat"), "m1,1.0\nm1,2.0\n");

        Dataset d = loader().load(dir);

        Table runs = d.table(CanonicalTable.RUNS);
        assertThat(runs.doubleColumn(RunColumns.LATENCY_MS).asList()).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(runs.stringColumn(RunColumns.SOURCE_FILE).asList()).containsExactly("a.lat", "a.lat", "b.lat",
                "b.lat");
        assertThat(runs.intColumn(RunColumns.SOURCE_LINE).asList()).containsExactly(1, 2, 1, 2);
        assertThat(runs.stringColumn(RunColumns.FORMAT).get(0)).isEqualTo("test.lat");
        assertThat(d.files()).extracting(SourceFile::records).containsExactly(2L, 2L);
    }

    @Test
    void duplicateFileIsCountedButItsRowsAreNotAddedTwice() throws Exception {
        Files.writeString(dir.resolve("a.lat"), "m1,1.0\nm1,2.0\n");
        Files.writeString(dir.resolve("copy.lat"), "m1,1.0\nm1,2.0\n");

        Dataset d = loader().load(dir);

        assertThat(d.rowCount(CanonicalTable.RUNS)).isEqualTo(2);
        SourceFile copy = d.files().get(1);
        assertThat(copy.records()).isEqualTo(2);
        assertThat(copy.rowsIn(CanonicalTable.RUNS)).isZero();
        assertThat(copy.note()).contains("a.lat");
    }

    @Test
    void modelSizeStatedByTheFolderFillsParams() throws Exception {
        Files.writeString(dir.resolve("sizes.lat"), "model=gpt2 params=124439808\n");
        Files.writeString(dir.resolve("z.lat"), "gpt2,1.0\nunknown-model,2.0\n");

        Table runs = loader().load(dir).table(CanonicalTable.RUNS);

        assertThat(runs.doubleColumn(RunColumns.PARAMS).get(0)).isEqualTo(124_439_808.0);
        assertThat(runs.doubleColumn(RunColumns.PARAMS).isMissing(1)).isTrue();
    }

    @Test
    void aModelSizeAppliesToItsOwnRunFolderOnlyNotToSiblingRuns() throws Exception {
        Files.createDirectories(dir.resolve("runA/raw"));
        Files.createDirectories(dir.resolve("runB"));
        Files.writeString(dir.resolve("runA/sizes.lat"), "model=gpt2-1m params=11180000\n");
        Files.writeString(dir.resolve("runA/raw/x.lat"), "gpt2-1m,1.0\n");
        Files.writeString(dir.resolve("runB/y.lat"), "gpt2-1m,2.0\n");

        Table runs = loader().load(dir).table(CanonicalTable.RUNS);

        assertThat(runs.doubleColumn(RunColumns.PARAMS).get(0)).isEqualTo(11_180_000.0);
        assertThat(runs.doubleColumn(RunColumns.PARAMS).isMissing(1)).isTrue();
    }

    @Test
    void eventsAreRebasedOntoTheTraceOfTheirDirectory() throws Exception {
        Files.createDirectories(dir.resolve("run1"));
        Files.writeString(dir.resolve("run1/power.trace"), "1000.0\n");
        Files.writeString(dir.resolve("run1/gen.ev"), "1012.5,1013.0\n");
        Files.createDirectories(dir.resolve("run2"));
        Files.writeString(dir.resolve("run2/gen.ev"), "50.0,51.0\n52.0,52.5\n");

        Table ev = loader().load(dir).table(CanonicalTable.EVENTS);

        // run1: origin 1000 from the trace → 12.5..13.0; run2: no trace → origin = first event start 50.
        assertThat(ev.doubleColumn(EventColumns.START_S).asList()).containsExactly(12.5, 0.0, 2.0);
        assertThat(ev.doubleColumn(EventColumns.END_S).asList()).containsExactly(13.0, 1.0, 2.5);
        assertThat(ev.doubleColumn(EventColumns.CLOCK_ORIGIN_S).asList()).containsExactly(1000.0, 50.0, 50.0);
    }

    @Test
    void aFailingReaderBecomesAnErrorAndKeepsTheRowsItRead() throws Exception {
        Files.writeString(dir.resolve("bad.lat"), "m,1.0\nboom\nm,3.0\n");
        Files.writeString(dir.resolve("good.lat"), "m,5.0\n");

        Dataset d = loader().load(dir);

        assertThat(d.rowCount(CanonicalTable.RUNS)).isEqualTo(2);
        SourceFile bad = d.files().get(0);
        assertThat(bad.worstSeverity()).isEqualTo(Severity.ERROR);
        assertThat(bad.diagnostics().get(0).message()).contains("reader bug");
    }

    @Test
    void unknownBinaryAndEmptyFilesAreListedWithAReason() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "hello\n");
        Files.write(dir.resolve("model.onnx"), new byte[] {0x08, 0x00, 0x12, 0x00, 0x01});
        Files.createFile(dir.resolve("empty.csv"));

        Dataset d = loader().load(dir);

        assertThat(d.files()).extracting(SourceFile::path, SourceFile::format)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("empty.csv", "unknown"),
                        org.assertj.core.groups.Tuple.tuple("model.onnx", "unknown"),
                        org.assertj.core.groups.Tuple.tuple("notes.txt", "unknown"));
        assertThat(d.files().get(0).diagnostics().get(0).message()).isEqualTo("empty file");
        assertThat(d.files().get(1).diagnostics().get(0).message()).isEqualTo("binary file skipped");
        assertThat(d.files().get(2).diagnostics().get(0).message()).contains("not recognised").contains("hello");
    }

    @Test
    void anEmptyFileStillGetsTheFormatItsNameGives() throws Exception {
        Files.createFile(dir.resolve("hf_load_ms.csv"));
        SourceFile f = loader().load(dir).files().get(0);
        assertThat(f.format()).isEqualTo("tr.stats.csv");
        assertThat(f.records()).isZero();
        assertThat(f.diagnostics().get(0).message()).isEqualTo("empty file");
    }

    @Test
    void cancellationAbortsTheLoad() throws Exception {
        for (int i = 0; i < 20; i++) {
            Files.writeString(dir.resolve("f" + i + ".lat"), "m,1.0\n");
        }
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThatThrownBy(() -> loader().load(dir, ProgressListener.NONE, token))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void inputFilesAreNeverModified() throws Exception {
        Files.writeString(dir.resolve("a.lat"), "m1,1.0\n");
        Files.writeString(dir.resolve("summary_overall.csv"), "backend,n,mean_ms\nx,3,1.5\n");
        String before = digest(dir);
        long mtime = Files.getLastModifiedTime(dir.resolve("a.lat")).toMillis();

        loader().load(dir);

        assertThat(digest(dir)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(dir.resolve("a.lat")).toMillis()).isEqualTo(mtime);
    }

    @Test
    void genericStatsCsvBecomesLongFormSummaries() throws Exception {
        Files.writeString(dir.resolve("summary_overall.csv"),
                "backend,n,mean_ms,median_ms,p99\ntransformers-gpu,270,95.10,93.99,119.81\n");

        Dataset d = loader().load(dir);

        Table s = d.table(CanonicalTable.SUMMARIES);
        assertThat(s.rowCount()).isEqualTo(4);
        assertThat(s.stringColumn("statistic").asList()).containsExactly("n", "mean", "median", "p99");
        assertThat(s.stringColumn("metric").asList()).containsOnly("latency_ms");
        assertThat(s.doubleColumn("value").asList()).containsExactly(270.0, 95.10, 93.99, 119.81);
        assertThat(d.files().get(0).format()).isEqualTo("tr.stats.csv");
    }

    private static String digest(Path root) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                md.update(p.toString().getBytes());
                md.update(Files.readAllBytes(p));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
