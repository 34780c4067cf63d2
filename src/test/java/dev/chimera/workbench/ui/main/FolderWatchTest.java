package dev.chimera.workbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.ui.TestFolders;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watch mode driven tick by tick on a power trace that a "benchmark" keeps appending to. */
class FolderWatchTest {
    static final String HEADER = "timestamp, index, name, power.draw [W], utilization.gpu [%], memory.used [MiB],"
            + " temperature.gpu, clocks.sm [MHz]\n";

    @TempDir
    Path temp;

    private Preferences prefs;
    private MainViewModel vm;
    private Path trace;

    static String sample(int second) {
        return String.format("2025/03/04 09:59:%02d.000, 0, NVIDIA H100 80GB HBM3, %d.00 W, 0 %%, 100 MiB, 38,"
                + " 1755 MHz\n", second, 100 + second);
    }

    @BeforeEach
    void setUp() throws Exception {
        prefs = TestFolders.freshPreferences();
        vm = new MainViewModel(DatasetLoader.standard()::load, new CurrentThreadTaskExecutor(),
                new FakeDialogService(), new RecentFolders(prefs));
        trace = temp.resolve("nvidia_smi_gpu_metrics.csv");
        Files.writeString(trace, HEADER + sample(0) + sample(1));
        vm.openFolder(temp);
    }

    @AfterEach
    void tearDown() {
        TestFolders.remove(prefs);
    }

    private int powerRows() {
        return vm.getDataset().rowCount(CanonicalTable.POWER);
    }

    @Test
    void reloadsOnlyWhenLiveAndTheFolderChanged() throws Exception {
        assertThat(powerRows()).isEqualTo(2);
        Files.writeString(trace, sample(2), StandardOpenOption.APPEND);
        vm.watch().tick();
        assertThat(powerRows()).as("off: no reload").isEqualTo(2);

        vm.watch().liveProperty().set(true);
        assertThat(vm.watch().stateProperty().get()).isEqualTo("\u25cf Live");
        vm.watch().tick();
        assertThat(powerRows()).isEqualTo(3);
        assertThat(vm.watch().stateProperty().get()).isEqualTo("\u25cf Live \u00b7 reloaded: 1 grown");
        assertThat(vm.watch().reloadCount()).isEqualTo(1);

        vm.watch().tick(); // nothing changed since
        assertThat(vm.watch().reloadCount()).isEqualTo(1);
    }

    @Test
    void aHalfWrittenLastLineIsAWarningAndIsCountedOnceWhenComplete() throws Exception {
        vm.watch().liveProperty().set(true);
        String third = sample(2);
        Files.writeString(trace, third.substring(0, 30), StandardOpenOption.APPEND);
        vm.watch().tick();
        // 2 complete rows; the cut line is reported, not loaded.
        assertThat(powerRows()).isEqualTo(2);
        assertThat(vm.getDataset().allDiagnostics()).anySatisfy(d -> assertThat(d.line()).isEqualTo(4));

        Files.writeString(trace, third.substring(30) + sample(3), StandardOpenOption.APPEND);
        vm.watch().tick();
        assertThat(powerRows()).as("no duplicate rows after the line completes").isEqualTo(4);
    }

    @Test
    void pausedKeepsTheDataStillUntilResumed() throws Exception {
        vm.watch().liveProperty().set(true);
        vm.watch().pausedProperty().set(true);
        assertThat(vm.watch().stateProperty().get()).isEqualTo("\u2016 Live (paused)");
        Files.writeString(trace, sample(2), StandardOpenOption.APPEND);
        vm.watch().tick();
        assertThat(powerRows()).isEqualTo(2);
        vm.watch().pausedProperty().set(false);
        vm.watch().tick();
        assertThat(powerRows()).isEqualTo(3);
    }
}
