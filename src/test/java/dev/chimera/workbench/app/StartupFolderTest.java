package dev.chimera.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupFolderTest {
    @TempDir
    Path temp;

    private final Optional<Path> sample = Optional.of(Path.of("/opt/chimera/sample-data"));

    @AfterEach
    void tearDown() {
        System.clearProperty(StartupFolder.NO_AUTO_OPEN);
    }

    @Test
    void argumentWinsThenRecentThenSampleData() {
        assertThat(StartupFolder.choose(List.of("/some/run"), List.of(temp), () -> sample))
                .contains(Path.of("/some/run"));
        // First launch: no recent folders -> sample data.
        assertThat(StartupFolder.choose(List.of(), List.of(), () -> sample)).isEqualTo(sample);
        // Later launches: the most recent folder while it exists ...
        assertThat(StartupFolder.choose(List.of(), List.of(temp), () -> sample)).contains(temp);
        // ... else sample data.
        assertThat(StartupFolder.choose(List.of(), List.of(temp.resolve("gone")), () -> sample)).isEqualTo(sample);
    }

    @Test
    void propertyTurnsAutoOpenOff() {
        System.setProperty(StartupFolder.NO_AUTO_OPEN, "true");
        assertThat(StartupFolder.choose(List.of("/some/run"), List.of(temp), () -> sample)).isEmpty();
    }
}
