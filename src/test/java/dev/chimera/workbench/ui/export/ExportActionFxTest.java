package dev.chimera.workbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.export.AutoAnnotations;
import dev.chimera.workbench.export.ExportFormat;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.RealWindow;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: the Export button is live once a folder is open and exports what the Cost tab shows. */
@ExtendWith(ApplicationExtension.class)
class ExportActionFxTest {
    private final RealWindow window = new RealWindow();
    private final FakeDialogService dialogs = window.dialogs();
    private MainViewModel viewModel;

    @TempDir
    Path out;

    @Start
    void start(Stage stage) {
        viewModel = window.start(stage);
    }

    @AfterEach
    void tearDown() {
        window.close();
    }

    @Test
    void exportButtonExportsTheChartsOfTheCostTab(FxRobot robot) throws Exception {
        Button export = robot.lookup("#exportButton").queryButton();
        assertThat(export.isDisabled()).isTrue(); // nothing open yet
        window.open(robot, Path.of("sample-data/tr119-cost"), 120);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.cost().resultProperty().get() != null
                && !viewModel.cost().computingProperty().get());
        robot.clickOn(I18n.tr("tab.cost"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(export.isDisabled()).isFalse();
        dialogs.answerExport(new ExportDialogAnswer(List.of("cost-by-backend-mode"), List.of(ExportFormat.PNG,
                ExportFormat.PDF), 2, 0, out, AutoAnnotations.all()));
        robot.clickOn(export);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(out.resolve("cost-by-backend-mode.pdf"))
                && !viewModel.export().exportingProperty().get());
        // The dialog was offered the Cost tab's four charts.
        assertThat(dialogs.exportRequests()).hasSize(1);
        assertThat(dialogs.exportRequests().get(0).charts()).hasSize(4);
        assertThat(out.resolve("cost-by-backend-mode.png")).exists();
        assertThat(dialogs.errors()).isEmpty();
    }
}
