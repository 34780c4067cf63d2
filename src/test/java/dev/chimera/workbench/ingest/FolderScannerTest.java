package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderScannerTest {

    @TempDir
    Path dir;

    @Test
    void skipsHiddenFilesAndFoldersWithANoteAndSortsByRelativePath() throws Exception {
        Files.createDirectories(dir.resolve("b/raw"));
        Files.writeString(dir.resolve("b/raw/x.jsonl"), "{}\n");
        Files.writeString(dir.resolve("a.csv"), "x\n1\n");
        Files.writeString(dir.resolve(".DS_Store"), "junk");
        Files.createDirectories(dir.resolve(".git/objects"));
        Files.writeString(dir.resolve(".git/objects/y"), "junk");

        FolderScanner.ScanResult r = new FolderScanner(LoadOptions.defaults()).scan(dir);

        assertThat(r.files()).extracting(p -> FolderScanner.relative(dir, p)).containsExactly("a.csv", "b/raw/x.jsonl");
        assertThat(r.notes()).extracting(Diagnostic::file).contains(".DS_Store", ".git");
    }

    @Test
    void symlinkLoopIsReportedAndNotFollowed() throws Exception {
        Files.createDirectories(dir.resolve("runs/inner"));
        Files.writeString(dir.resolve("runs/inner/metrics.csv"), "a\n1\n");
        Files.createSymbolicLink(dir.resolve("runs/inner/loop"), dir.resolve("runs"));

        FolderScanner.ScanResult r = new FolderScanner(LoadOptions.defaults()).scan(dir);

        assertThat(r.files()).hasSize(1);
        assertThat(r.notes()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("runs/inner/loop");
            assertThat(d.message()).contains("loops back");
        });
    }

    @Test
    void aSingleFileCanBeOpened() throws Exception {
        Path f = Files.writeString(dir.resolve("summary_overall.csv"), "backend,n\nx,1\n");
        FolderScanner.ScanResult r = new FolderScanner(LoadOptions.defaults()).scan(f);
        assertThat(r.files()).containsExactly(f);
        assertThat(r.root()).isEqualTo(dir);
    }
}
