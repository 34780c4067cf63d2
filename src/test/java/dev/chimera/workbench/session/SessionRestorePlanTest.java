package dev.chimera.workbench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chimera.workbench.session.SessionRestorePlan.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionRestorePlanTest {
    @TempDir
    Path temp;

    private Path folder(String name, String... contents) throws Exception {
        Path dir = Files.createDirectories(temp.resolve(name));
        for (int i = 0; i < contents.length; i++) {
            Files.writeString(dir.resolve("f" + i + ".csv"), contents[i]);
        }
        return dir;
    }

    @Test
    void fingerprintCountsVisibleFilesAndBytes() throws Exception {
        Path dir = folder("a", "12345", "abc");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/g.json"), "{}");
        Files.writeString(dir.resolve(".hidden"), "xxxxxxxxxx");
        Files.writeString(dir.resolve("mine.chimera-session.json"), "{}");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref");
        // By hand: f0.csv 5 + f1.csv 3 + sub/g.json 2 bytes = 3 files, 10 bytes; hidden ones and session files do not count.
        assertThat(FolderFingerprint.of(dir)).isEqualTo(new FolderFingerprint(3, 10));
    }

    @Test
    void okChangedAndMissingFolders() throws Exception {
        Path same = folder("same", "1234");
        Path changed = folder("changed", "12");
        Path gone = temp.resolve("gone");
        Session s = session(List.of(SessionFolder.of(same), SessionFolder.of(changed),
                new SessionFolder(gone.toString(), new FolderFingerprint(2, 20))));
        Files.writeString(changed.resolve("new.csv"), "xyz");

        SessionRestorePlan plan = SessionRestorePlan.check(s);
        assertThat(plan.folders()).extracting(SessionRestorePlan.FolderCheck::status)
                .containsExactly(Status.OK, Status.CHANGED, Status.MISSING);
        // changed: 1 file of 2 bytes saved, now 2 files of 2 + 3 bytes.
        assertThat(plan.folders().get(1).current()).isEqualTo(new FolderFingerprint(2, 5));
        assertThat(plan.missing()).containsExactly(2);
        assertThat(plan.isResolved()).isFalse();
        assertThat(plan.foldersToOpen()).containsExactly(same.toAbsolutePath().normalize(),
                changed.toAbsolutePath().normalize());
    }

    @Test
    void resolvingAMissingFolderRecordsItsNewPlace() throws Exception {
        Path moved = folder("moved-here", "abcd");
        Session s = session(List.of(new SessionFolder(temp.resolve("old-place").toString(),
                new FolderFingerprint(1, 4))));
        SessionRestorePlan plan = SessionRestorePlan.check(s);
        assertThat(plan.missing()).containsExactly(0);

        SessionRestorePlan resolved = plan.resolve(0, moved);
        assertThat(resolved.isResolved()).isTrue();
        assertThat(resolved.folders().get(0).status()).isEqualTo(Status.RELOCATED);
        assertThat(resolved.foldersToOpen()).containsExactly(moved.toAbsolutePath().normalize());
        assertThat(resolved.session().folders()).extracting(SessionFolder::path)
                .containsExactly(moved.toAbsolutePath().normalize().toString());
        // The original plan is unchanged (immutable).
        assertThat(plan.missing()).containsExactly(0);
        // The other settings ride along untouched.
        assertThat(resolved.session().regimes()).isEqualTo(s.regimes());
    }

    @Test
    void skippingLeavesTheFolderOutAndOnlyMissingOnesCanBeResolved() throws Exception {
        Path here = folder("here", "a");
        Session s = session(List.of(SessionFolder.of(here), new SessionFolder(temp.resolve("x").toString(),
                new FolderFingerprint(0, 0))));
        SessionRestorePlan plan = SessionRestorePlan.check(s).skip(1);
        assertThat(plan.isResolved()).isTrue();
        assertThat(plan.foldersToOpen()).containsExactly(here.toAbsolutePath().normalize());
        assertThat(plan.session().folders()).hasSize(1);
        assertThatThrownBy(() -> plan.resolve(0, here)).isInstanceOf(IllegalStateException.class);
        SessionRestorePlan fresh = SessionRestorePlan.check(s);
        assertThatThrownBy(() -> fresh.resolve(1, temp.resolve("does-not-exist")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a folder");
    }

    private Session session(List<SessionFolder> folders) {
        return SessionSamples.full(temp).withFolders(folders);
    }
}
