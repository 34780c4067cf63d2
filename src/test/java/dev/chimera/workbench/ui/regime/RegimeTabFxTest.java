package dev.chimera.workbench.ui.regime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.regime.RegimeRow;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Screenshots;
import dev.chimera.workbench.ui.RealWindow;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.main.MainView;
import dev.chimera.workbench.ui.main.MainViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window opens the TR118 sample, shows the Regimes tab and follows the slider through the four tiers. */
@ExtendWith(ApplicationExtension.class)
class RegimeTabFxTest {
    private final RealWindow window = new RealWindow();
    private final FakeDialogService dialogs = window.dialogs();
    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = window.start(stage);
    }

    @AfterEach
    void tearDown() {
        window.close();
    }

    @Test
    void sliderMovesTheCursorAndTheHighlightedTierRow(FxRobot robot) throws Exception {
        window.open(robot, Path.of("sample-data/tr118-crossover"), 60);
        RegimeViewModel vm = viewModel.regimes();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null
                && !vm.computingProperty().get());
        robot.clickOn(I18n.tr("tab.regimes"));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#" + MainView.TABS_ID).queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainView.REGIMES_TAB_ID);
        robot.interact(() -> {
            vm.backendAProperty().set("onnxruntime-cpu");
            vm.backendBProperty().set("transformers-gpu-compile");
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.computingProperty().get()
                && "transformers-gpu-compile".equals(vm.resultProperty().get().backendB()));
        pushSidePanesAside(robot);

        RegimeView view = robot.lookup(n -> n instanceof RegimeView).queryAs(RegimeView.class);
        Line cursor = robot.lookup("#" + CrossoverPane.CURSOR_ID).queryAs(Line.class);
        // One size per tier of seed-size-tiers.json: Tiny < 1M, Small 1-50M, Medium 50-500M, Large > 500M.
        String[] sizes = {"0.5M", "10M", "200M", "5B"};
        String[] rows = {"tiny", "small", "medium", "large"};
        double lastX = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sizes.length; i++) {
            robot.doubleClickOn("#" + SizeSlider.FIELD_ID).eraseText(8).write(sizes[i]).type(javafx.scene.input.KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.step().sizeTextProperty().get()).isEqualTo(sizes[i]);
            assertThat(currentRows(robot)).as("highlighted row at " + sizes[i]).containsExactly(rows[i]);
            assertThat(cursor.isVisible()).isTrue();
            assertThat(cursor.getStartX()).as("cursor x at " + sizes[i]).isGreaterThan(lastX)
                    .isEqualTo(view.cursorX(vm.paramsProperty().get()));
            // The slider follows the text field (log10 of the size).
            assertThat(view.slider().getValue()).isCloseTo(Math.log10(vm.paramsProperty().get()),
                    org.assertj.core.api.Assertions.within(1e-9));
            lastX = cursor.getStartX();
            pushSidePanesAside(robot);
            save(robot, "regimes-tr118-" + rows[i]);
        }
        // Dragging the slider itself moves everything too: back to 1M (log10 = 6).
        robot.interact(() -> view.slider().setValue(6));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(currentRows(robot)).containsExactly("small");
        assertThat(cursor.getStartX()).isLessThan(lastX);
    }

    /** Ids of the matrix rows carrying :current. */
    private static List<String> currentRows(FxRobot robot) {
        List<String> out = new ArrayList<>();
        for (Node n : robot.lookup("#" + MatrixTable.ID + " .table-row-cell").queryAll()) {
            @SuppressWarnings("unchecked")
            TableRow<RegimeRow> r = (TableRow<RegimeRow>) n;
            if (r.getItem() != null && r.getPseudoClassStates().contains(MatrixTable.CURRENT)) {
                out.add(r.getItem().id());
            }
        }
        return out;
    }

    private void pushSidePanesAside(FxRobot robot) {
        robot.interact(() -> {
            for (Node n : robot.lookup(".split-pane").queryAll()) {
                javafx.scene.control.SplitPane p = (javafx.scene.control.SplitPane) n;
                if (p.getItems().stream().anyMatch(i -> i.lookup("#" + MainView.TABS_ID) != null)) {
                    p.setDividerPositions(p.getOrientation() == javafx.geometry.Orientation.VERTICAL ? 1.0 : 0.0);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Screenshots.save(stage.getScene(), name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
