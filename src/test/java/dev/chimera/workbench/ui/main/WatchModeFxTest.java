package dev.chimera.workbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.app.CompositionRoot;
import dev.chimera.workbench.app.StartupFolder;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.ui.TestFolders;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window in live mode, with the real FX timeline, while a "benchmark" appends to its power trace. */
@ExtendWith(ApplicationExtension.class)
class WatchModeFxTest {
    @TempDir
    static Path temp;

    private Preferences prefs;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        System.setProperty(StartupFolder.NO_AUTO_OPEN, "true");
        System.setProperty("chimera.watchMillis", "150");
        prefs = TestFolders.freshPreferences();
        viewModel = new CompositionRoot(prefs, owner -> new FakeDialogService()).start(stage, List.of());
    }

    @AfterEach
    void tearDown() {
        System.clearProperty(StartupFolder.NO_AUTO_OPEN);
        System.clearProperty("chimera.watchMillis");
        TestFolders.remove(prefs);
    }

    private int powerRows() {
        return viewModel.getDataset().rowCount(CanonicalTable.POWER);
    }

    @Test
    void appendedSamplesShowUpWhileLiveAndNotWhilePaused(FxRobot robot) throws Exception {
        Path trace = temp.resolve("nvidia_smi_gpu_metrics.csv");
        Files.writeString(trace, FolderWatchTest.HEADER + FolderWatchTest.sample(0));
        robot.interact(() -> viewModel.openFolder(temp));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.getDataset() != null);
        assertThat(powerRows()).isEqualTo(1);

        robot.clickOn("#" + MainToolBar.LIVE_ID);
        assertThat(viewModel.watch().liveProperty().get()).isTrue();
        Label state = robot.lookup("#" + StatusBar.LIVE_STATE_ID).queryAs(Label.class);
        assertThat(state.isVisible()).isTrue();

        Files.writeString(trace, FolderWatchTest.sample(1) + FolderWatchTest.sample(2), StandardOpenOption.APPEND);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.getDataset() != null && powerRows() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getText()).startsWith("\u25cf Live \u00b7 reloaded:");

        robot.clickOn("#" + MainToolBar.PAUSE_ID);
        Files.writeString(trace, FolderWatchTest.sample(3), StandardOpenOption.APPEND);
        Thread.sleep(600); // four poll periods
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(powerRows()).as("paused: the data stays still").isEqualTo(3);

        robot.clickOn("#" + MainToolBar.PAUSE_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> powerRows() == 4);
        robot.clickOn("#" + MainToolBar.LIVE_ID);
        assertThat(state.isVisible()).isFalse();
    }
}
