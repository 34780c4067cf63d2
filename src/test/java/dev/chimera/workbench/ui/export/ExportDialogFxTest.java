package dev.chimera.workbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.export.ExportFormat;
import dev.chimera.workbench.ui.Screenshots;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog offers the tab's charts and turns the user's choices into an answer. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogFxTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void okGivesTheChosenChartsFormatsResolutionFolderAndToggles(FxRobot robot) throws Exception {
        List<TabChart> charts = List.of(new TabChart("a", "Chart A", null), new TabChart("b", "Chart B", null));
        AtomicReference<Dialog<ExportDialogAnswer>> dialog = new AtomicReference<>();
        robot.interact(() -> {
            Dialog<ExportDialogAnswer> d = new ExportDialog(new ExportDialogRequest(charts, true, null),
                    new FakeDialogService()).build(stage);
            dialog.set(d);
            d.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            var pane = dialog.get().getDialogPane();
            Button ok = (Button) pane.lookup("#" + ExportDialog.OK_ID);
            assertThat(ok.isDisabled()).isTrue(); // no folder yet
            ((TextField) pane.lookup("#" + ExportDialog.FOLDER_ID)).setText("/tmp/charts");
            List<CheckBox> boxes = pane.lookupAll(".check-box").stream().map(n -> (CheckBox) n).toList();
            boxes.stream().filter(b -> b.getText().equals("Chart B")).findFirst().orElseThrow().setSelected(false);
            boxes.stream().filter(b -> b.getText().equals("SVG")).findFirst().orElseThrow().setSelected(true);
            boxes.stream().filter(b -> b.getText().startsWith("Regime")).findFirst().orElseThrow().setSelected(false);
            try {
                Screenshots.save(pane.getScene(), "export-dialog");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(ok.isDisabled()).isFalse();
            ok.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ExportDialogAnswer a = dialog.get().getResult();
        assertThat(a.chartIds()).containsExactly("a");
        assertThat(a.formats()).containsExactly(ExportFormat.PNG, ExportFormat.SVG);
        assertThat(a.scale()).isEqualTo(2); // default resolution 2x
        assertThat(a.dpi()).isZero();
        assertThat(a.folder()).isEqualTo(Path.of("/tmp/charts"));
        assertThat(a.auto().regimeBands()).isFalse();
        assertThat(a.auto().crossover()).isTrue();
    }
}
