package dev.chimera.workbench.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @Test
    void safeNamesKeepOnlyPlainCharactersAndNeverDotDot() {
        assertThat(OutputFolder.safeName("Crossover · prefill / tokens_per_s")).isEqualTo("crossover-prefill-tokens_per_s");
        assertThat(OutputFolder.safeName("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(OutputFolder.safeName("a..b...c")).isEqualTo("a.b.c");
        assertThat(OutputFolder.safeName("/abs/path")).isEqualTo("abs-path");
        assertThat(OutputFolder.safeName("C:\\Windows\\x")).isEqualTo("c-windows-x");
        assertThat(OutputFolder.safeName(".hidden")).isEqualTo("hidden");
        assertThat(OutputFolder.safeName("Étude été")).isEqualTo("etude-ete");
        assertThat(OutputFolder.safeName("..")).isEqualTo("chart");
        assertThat(OutputFolder.safeName("")).isEqualTo("chart");
        assertThat(OutputFolder.safeName("x".repeat(300))).hasSize(OutputFolder.MAX_NAME);
    }

    @Test
    void derivedFilesLandDirectlyInTheFolder(@TempDir Path dir) throws Exception {
        OutputFolder out = OutputFolder.open(dir.resolve("new"), false);
        Path p = out.file("../../evil", "png");
        assertThat(p).isEqualTo(dir.resolve("new").toAbsolutePath().normalize().resolve("evil.png"));
        assertThat(Files.isDirectory(dir.resolve("new"))).isTrue();
    }

    @Test
    void resolveRefusesDotDotSeparatorsAndAbsoluteNames(@TempDir Path dir) throws Exception {
        OutputFolder out = OutputFolder.open(dir, false);
        for (String bad : new String[] {"..", "../x.png", "a/../../x.png", "/etc/passwd", "sub/x.png", "a\\b.png",
            ".", "x..png"}) {
            assertThatThrownBy(() -> out.resolve(bad)).as(bad).isInstanceOf(SecurityException.class);
        }
    }

    @Test
    void resolveRefusesASymlinkPointingOutOfTheFolder(@TempDir Path dir) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path target = Files.writeString(outside.resolve("victim.png"), "keep me");
        Path folder = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(folder.resolve("chart.png"), target);
        OutputFolder forced = OutputFolder.open(folder, true);
        assertThatThrownBy(() -> forced.resolve("chart.png")).isInstanceOf(SecurityException.class)
                .hasMessageContaining("symbolic link");
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void aSymlinkedSubFolderOutOfTheRootIsRefused(@TempDir Path dir) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Path folder = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(folder.resolve("charts"), outside);
        OutputFolder out = OutputFolder.open(folder, true);
        assertThatThrownBy(() -> out.subFolder("charts")).isInstanceOf(SecurityException.class);
    }

    @Test
    void anExistingFileIsKeptUnlessForced(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("chart.png"), "old");
        assertThatThrownBy(() -> OutputFolder.open(dir, false).file("chart", "png"))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(OutputFolder.open(dir, true).file("chart", "png")).isEqualTo(dir.toAbsolutePath().normalize()
                .resolve("chart.png"));
    }

    @Test
    void exportingTwiceWithoutForceFailsBeforeWritingAnything(@TempDir Path dir) throws Exception {
        ExportChart c = new ExportChart("latency-ecdf", "ECDF", "latency", ExportFixtures.ecdf());
        var opts = new ExportOptions(200, 150, 1, 0, false);
        var first = ChartSetExporter.export(java.util.List.of(c), java.util.List.of(ExportFormat.PNG), opts,
                ExportFixtures.PROVENANCE, OutputFolder.open(dir, false), java.util.Map.of(), AutoAnnotations.none(),
                p -> { });
        assertThat(first).containsExactly(dir.toAbsolutePath().normalize().resolve("latency-ecdf.png"));
        long size = Files.size(first.get(0));
        ExportChart again = new ExportChart("latency-ecdf", "ECDF", "latency", ExportFixtures.ecdf());
        assertThatThrownBy(() -> ChartSetExporter.export(java.util.List.of(again),
                java.util.List.of(ExportFormat.SVG, ExportFormat.PNG), opts, ExportFixtures.PROVENANCE,
                OutputFolder.open(dir, false), java.util.Map.of(), AutoAnnotations.none(), p -> { }))
                .isInstanceOf(FileAlreadyExistsException.class);
        // The SVG came first in the list but nothing was written: names are checked before drawing.
        assertThat(Files.exists(dir.resolve("latency-ecdf.svg"))).isFalse();
        assertThat(Files.size(first.get(0))).isEqualTo(size);
    }
}
