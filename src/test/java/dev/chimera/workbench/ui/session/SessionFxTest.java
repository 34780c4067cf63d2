package dev.chimera.workbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.session.Session;
import dev.chimera.workbench.session.SessionFiles;
import dev.chimera.workbench.ui.RealWindow;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.distribution.FilterChoice;
import dev.chimera.workbench.ui.main.MainView;
import dev.chimera.workbench.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: the toolbar's Save Session… and Open Session… buttons, the selected tab and the slider. */
@ExtendWith(ApplicationExtension.class)
class SessionFxTest {
    private static final Path FOLDER = Path.of("sample-data/tr119-cost").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private final RealWindow window = new RealWindow();
    private final FakeDialogService dialogs = window.dialogs();
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = window.start(stage);
    }

    @AfterEach
    void tearDown() {
        window.close();
    }

    @Test
    void toolbarSavesAndRestoresTheTabAndTheSlider(FxRobot robot) throws Exception {
        window.open(robot, FOLDER, 60);
        TabPane tabs = robot.lookup("#" + MainView.TABS_ID).queryAs(TabPane.class);
        FilterChoice backends = viewModel.distributions().filter("backend");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> backends.valuesProperty().size() > 1);
        String kept = backends.valuesProperty().get(0);
        robot.interact(() -> {
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> MainView.REGIMES_TAB_ID.equals(t.getId())).findFirst().orElseThrow());
            viewModel.regimes().setSizeText("3B");
            backends.select(List.of(kept));
        });

        Path file = temp.resolve("fx" + SessionFiles.SUFFIX);
        dialogs.answerSessionFile(file);
        robot.clickOn("#saveSessionButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(file));
        Session saved = SessionFiles.read(file);
        assertThat(saved.selectedTab()).isEqualTo(MainView.REGIMES_TAB_ID);
        assertThat(saved.regimes().modelParams()).isEqualTo(3e9);

        // Move away, then restore from the toolbar.
        robot.interact(() -> {
            tabs.getSelectionModel().select(0);
            viewModel.regimes().setSizeText("76M");
            backends.select(List.copyOf(backends.valuesProperty()));
        });
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainView.DATA_TAB_ID);
        dialogs.answerSessionFile(file);
        robot.clickOn("#openSessionButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> "Session restored".equals(viewModel.session().statusProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainView.REGIMES_TAB_ID);
        assertThat(viewModel.regimes().paramsProperty().get()).isEqualTo(3e9);
        assertThat(viewModel.getDataset().root().toAbsolutePath().normalize()).isEqualTo(FOLDER);
        // The restore reopened the folder: the Distributions choices came from the background after it, and the
        // session's filter was applied once they were there (not overwritten by them).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> backends.selected().equals(List.of(kept))).get());
        assertThat(backends.valuesProperty().size()).isGreaterThan(1);
    }
}
