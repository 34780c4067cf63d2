package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderFingerprintTest {
    @TempDir
    Path dir;

    @Test
    void seesNewGrownAndRemovedFilesButNotHiddenOnes() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "x,y\n1,2\n");
        Files.createDirectories(dir.resolve("sub"));
        Path b = Files.writeString(dir.resolve("sub/b.jsonl"), "{\"x\":1}\n");
        FolderFingerprint first = FolderFingerprint.of(dir, LoadOptions.defaults());
        assertThat(first.files()).containsOnlyKeys("a.csv", "sub/b.jsonl");
        assertThat(first.files().get("a.csv").size()).isEqualTo(8); // "x,y\n1,2\n" is 8 bytes
        assertThat(FolderFingerprint.of(dir, LoadOptions.defaults())).isEqualTo(first);

        // The scanner skips hidden files, so an editor's swap file is not a change.
        Files.writeString(dir.resolve(".a.csv.swp"), "junk");
        // A session saved into the folder is the workbench's own file, not a new result.
        Files.writeString(dir.resolve("run.chimera-session.json"), "{}");
        assertThat(FolderFingerprint.of(dir, LoadOptions.defaults())).isEqualTo(first);

        Files.writeString(a, "3,4\n", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("c.csv"), "x\n");
        Files.delete(b);
        FolderFingerprint later = FolderFingerprint.of(dir, LoadOptions.defaults());
        assertThat(later).isNotEqualTo(first);
        assertThat(later.describeChangeFrom(first)).isEqualTo("1 new, 1 grown, 1 removed");
    }

    @Test
    void aRewriteOfTheSameSizeIsAChangeThroughItsTime() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "x\n1\n");
        Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000));
        FolderFingerprint first = FolderFingerprint.of(dir, LoadOptions.defaults());
        Files.writeString(a, "x\n2\n");
        Files.setLastModifiedTime(a, FileTime.fromMillis(2_000_000));
        FolderFingerprint later = FolderFingerprint.of(dir, LoadOptions.defaults());
        assertThat(later.describeChangeFrom(first)).isEqualTo("1 changed");
    }

    @Test
    void aMissingFolderIsEmptyNotAnError() {
        assertThat(FolderFingerprint.of(dir.resolve("gone"), LoadOptions.defaults())).isEqualTo(FolderFingerprint.EMPTY);
    }
}
