package dev.chimera.workbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ui.TestFolders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFoldersTest {
    private final Preferences prefs = TestFolders.freshPreferences();

    @AfterEach
    void tearDown() {
        TestFolders.remove(prefs);
    }

    @Test
    void keepsTheTenNewestNewestFirst() {
        RecentFolders recent = new RecentFolders(prefs);
        List<Path> added = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            Path p = Path.of("/data/run-" + i);
            added.add(0, p);
            recent.add(p);
        }
        // 12 added, cap 10: run-12 .. run-3.
        assertThat(recent.list()).hasSize(10).containsExactlyElementsOf(added.subList(0, 10));
        assertThat(recent.list().get(9)).isEqualTo(Path.of("/data/run-3"));
    }

    @Test
    void reAddingMovesToTheFrontOnceAndRemoveDrops() {
        RecentFolders recent = new RecentFolders(prefs);
        recent.add(Path.of("/data/a"));
        recent.add(Path.of("/data/b"));
        recent.add(Path.of("/data/c"));
        recent.add(Path.of("/data/x/../a"));
        assertThat(new RecentFolders(prefs).list())
                .containsExactly(Path.of("/data/a"), Path.of("/data/c"), Path.of("/data/b"));
        recent.remove(Path.of("/data/c"));
        assertThat(recent.list()).containsExactly(Path.of("/data/a"), Path.of("/data/b"));
    }
}
