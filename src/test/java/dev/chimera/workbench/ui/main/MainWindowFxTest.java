package dev.chimera.workbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Screenshots;
import dev.chimera.workbench.ui.RealWindow;
import dev.chimera.workbench.ui.data.DataView;
import dev.chimera.workbench.ui.data.TableChoice;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.sources.SourceNode;
import dev.chimera.workbench.ui.sources.SourcesView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, built by the composition root, opening a real TR120 folder through the toolbar. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private static final Path FOLDER = Path.of("../shared/real-results/tr120/tr120_compile_paradox");
    private static final String FILE = "cold_start_by_file.csv";

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
    void opensAFolderFromTheToolbarAndShowsItsFilesAndSummaries(FxRobot robot) throws Exception {
        assertThat(Files.isDirectory(FOLDER)).as("real results at " + FOLDER.toAbsolutePath()).isTrue();
        // Auto-open is off: nothing loaded, the empty state explains what to do.
        assertThat(viewModel.getDataset()).isNull();
        assertThat(robot.lookup("#" + MainView.EMPTY_STATE_ID).query().isVisible()).isTrue();

        dialogs.answerDirectory(FOLDER);
        robot.clickOn("#" + MainToolBar.OPEN_ID);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.getDataset() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Dataset dataset = viewModel.getDataset();
        int summaries = dataset.rowCount(CanonicalTable.SUMMARIES);
        assertThat(summaries).isPositive();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(robot.lookup("#" + MainView.EMPTY_STATE_ID).query().isVisible()).isFalse();
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("Chimera Workbench \u2014 tr120_compile_paradox");

        // The Sources tree lists the file.
        TreeView<SourceNode> tree = robot.lookup("#" + SourcesView.TREE_ID).queryAs(TreeView.class);
        List<String> names = new ArrayList<>();
        collect(tree.getRoot(), names);
        assertThat(names).contains("processed/" + FILE);

        // Clicking it in the tree selects its table (summaries) in the Data tab.
        Node cell = robot.lookup(".tree-cell").match((TreeCell<SourceNode> c) -> c.getItem() != null
                && c.getItem().name().equals(FILE)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.data().selectedTableProperty().get()
                == CanonicalTable.SUMMARIES && !viewModel.data().filteringProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<TableChoice> selector = robot.lookup("#" + DataView.SELECTOR_ID).queryComboBox();
        assertThat(selector.getValue().table()).isEqualTo(CanonicalTable.SUMMARIES);
        TableView<Integer> table = robot.lookup("#" + DataView.TABLE_ID).queryTableView();
        assertThat(table.getItems()).hasSize(summaries);
        Label rowCount = robot.lookup("#" + DataView.ROW_COUNT_ID).queryAs(Label.class);
        assertThat(rowCount.getText()).isEqualTo(I18n.format("data.rowCount", summaries, summaries));
        // The Diagnostics panel now follows the selected file.
        assertThat(viewModel.diagnostics().fileFilterProperty().get()).isEqualTo("processed/" + FILE);

        // For review only: what the window looks like now.
        robot.interact(() -> {
            try {
                Screenshots.save(table.getScene(), "main-window-tr120");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void ctrlOOpensRunFilesAndAColumnFilterNarrowsTheRows(FxRobot robot) throws Exception {
        Path runs = Path.of("../shared/real-results/tr120/tr120_root_cause_triton");
        dialogs.answerDirectory(runs);
        robot.clickOn("#" + SourcesView.TREE_ID); // focus inside the window, then the shortcut
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.O)
                .release(javafx.scene.input.KeyCode.O).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.getDataset() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // 30 run_*.json files hold 1,620 samples (python3: sum of len(latencies_ms)); the three metrics.csv
        // copies of the same samples are not added again.
        TableView<Integer> table = robot.lookup("#" + DataView.TABLE_ID).queryTableView();
        assertThat(viewModel.data().selectedTableProperty().get()).isEqualTo(CanonicalTable.RUNS);
        assertThat(table.getItems()).hasSize(1620);

        // 465 of those samples are slower than 100 ms (python3 over the metrics.csv copies).
        javafx.scene.control.TextField latencyFilter = robot.lookup("." + dev.chimera.workbench.ui.Styles.COLUMN_FILTER)
                .match((javafx.scene.control.TextField f) -> f.getParent() instanceof javafx.scene.layout.VBox box
                        && box.getChildren().get(0) instanceof Label l && l.getText().equals("latency_ms"))
                .query();
        robot.interact(() -> {
            latencyFilter.setText(">100");
            latencyFilter.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 465);
        Label rowCount = robot.lookup("#" + DataView.ROW_COUNT_ID).queryAs(Label.class);
        assertThat(rowCount.getText()).isEqualTo(I18n.format("data.rowCount", 465, 1620));
    }

    private static void collect(TreeItem<SourceNode> item, List<String> out) {
        if (!item.getValue().folder()) {
            out.add(item.getValue().path());
        }
        for (TreeItem<SourceNode> c : item.getChildren()) {
            collect(c, out);
        }
    }
}
