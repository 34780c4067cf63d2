package dev.chimera.workbench.ui;

import dev.chimera.workbench.app.CompositionRoot;
import dev.chimera.workbench.app.StartupFolder;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.main.MainViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window for a TestFX test, built by the composition root with a fresh preferences node, a scripted
 * dialog service and no automatic start-up folder. Call {@link #start} from {@code @Start} and {@link #close} from
 * {@code @AfterEach}.
 */
public final class RealWindow {
    private final FakeDialogService dialogs = new FakeDialogService();
    private Preferences prefs;
    private MainViewModel viewModel;

    public MainViewModel start(Stage stage) {
        System.setProperty(StartupFolder.NO_AUTO_OPEN, "true");
        prefs = TestFolders.freshPreferences();
        viewModel = new CompositionRoot(prefs, owner -> dialogs).start(stage, List.of());
        return viewModel;
    }

    public void close() {
        System.clearProperty(StartupFolder.NO_AUTO_OPEN);
        TestFolders.remove(prefs);
    }

    /** Opens {@code folder} on the FX thread and waits until its dataset is shown. */
    public Dataset open(FxRobot robot, Path folder, int timeoutSeconds) throws TimeoutException {
        robot.interact(() -> viewModel.openFolder(folder));
        WaitForAsyncUtils.waitFor(timeoutSeconds, TimeUnit.SECONDS, () -> viewModel.getDataset() != null);
        return viewModel.getDataset();
    }

    public FakeDialogService dialogs() {
        return dialogs;
    }

    public Preferences preferences() {
        return prefs;
    }
}
