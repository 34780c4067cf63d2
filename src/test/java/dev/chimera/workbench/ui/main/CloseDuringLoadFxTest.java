package dev.chimera.workbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.app.CompositionRoot;
import dev.chimera.workbench.app.StartupFolder;
import dev.chimera.workbench.sampledata.SampleDataLocator;
import dev.chimera.workbench.ui.TestFolders;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window while the whole sample folder loads: no exception on any thread, nothing left running. */
@ExtendWith(ApplicationExtension.class)
class CloseDuringLoadFxTest {
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Preferences prefs;
    private MainViewModel viewModel;
    private Stage stage;
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty(StartupFolder.NO_AUTO_OPEN, "true");
        prefs = TestFolders.freshPreferences();
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        viewModel = new CompositionRoot(prefs, owner -> new FakeDialogService()).start(stage, List.of());
    }

    @AfterEach
    void tearDown() {
        Thread.setDefaultUncaughtExceptionHandler(before);
        System.clearProperty(StartupFolder.NO_AUTO_OPEN);
        TestFolders.remove(prefs);
    }

    @Test
    void closingMidLoadCancelsQuietly(FxRobot robot) throws Exception {
        robot.interact(() -> {
            viewModel.openFolder(SampleDataLocator.locate().orElseThrow());
            viewModel.watch().liveProperty().set(true);
        });
        assertThat(viewModel.loadingProperty().get()).isTrue();
        robot.interact(stage::close);
        // The cancelled load hands back its outcome when its worker notices; on a busy machine that can take a while.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !viewModel.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught).isEmpty();
        assertThat(viewModel.watch().liveProperty().get()).as("polling stopped with the window").isFalse();
        assertThat(viewModel.runningProperty().get()).as("no tracked job left running").isFalse();
    }
}
