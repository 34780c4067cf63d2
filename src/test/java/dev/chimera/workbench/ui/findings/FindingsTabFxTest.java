package dev.chimera.workbench.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Screenshots;
import dev.chimera.workbench.ui.RealWindow;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.main.MainView;
import dev.chimera.workbench.ui.main.MainViewModel;
import dev.chimera.workbench.ui.main.WorkbenchTab;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the bundled sample: the Findings tab lists the verdicts, details one, and shows its view. */
@ExtendWith(ApplicationExtension.class)
class FindingsTabFxTest {
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
    void findingsTabDetailsAFindingAndShowsItInItsView(FxRobot robot) throws Exception {
        window.open(robot, Path.of("sample-data"), 90);
        FindingsViewModel vm = viewModel.findings();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.results().isEmpty()
                && !vm.computingProperty().get());
        robot.clickOn(I18n.tr("tab.findings"));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#" + MainView.TABS_ID).queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainView.FINDINGS_TAB_ID);
        assertThat(viewModel.selectedTabProperty().get()).isEqualTo(WorkbenchTab.FINDINGS);

        // The header and the status bar carry the same counts as the ViewModel.
        String counts = vm.countsProperty().get().text();
        assertThat(robot.lookup("#" + FindingsView.COUNTS_ID).queryAs(Label.class).getText()).isEqualTo(counts);
        assertThat(robot.lookup("#statusFindings").queryAs(Label.class).getText()).contains(counts);

        TableView<FindingResult> table = robot.lookup("#" + FindingsView.TABLE_ID).queryTableView();
        assertThat(table.getItems()).hasSameSizeAs(vm.results());
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals("tr120.cold-start-flip")) {
                row = i;
                break;
            }
        }
        assertThat(row).isNotNegative();
        // Click the row's title cell, as a user would.
        final int target = row;
        robot.interact(() -> table.scrollTo(target));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class).getParent()
                .getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.control.TableRow<?> r
                        && r.getIndex() == target).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProperty().get().id()).isEqualTo("tr120.cold-start-flip");
        assertThat(robot.lookup("#" + FindingsView.TITLE_ID).queryAs(Label.class).getText())
                .isEqualTo("The compile paradox is cold-start skew");
        // `check sample-data`: measured 5.033 ms over 7 run files.
        assertThat(robot.lookup("#" + FindingsView.EVIDENCE_ID).queryAs(Label.class).getText())
                .startsWith("measured 5.033 ms").contains("n = 7");
        assertThat(robot.lookup("#" + FindingsView.DETAIL_ID).queryAs(Label.class).getText())
                .contains("-12.502 ms on all samples");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.chartProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer chart = robot.lookup("#" + FindingsView.CHART_ID).queryAs(EvidenceChartPane.class).viewer();
        assertThat(chart.isVisible()).isTrue();
        assertThat(chart.getChart()).isSameAs(vm.chartProperty().get());
        // Narrowing to confirmed verdicts keeps the (confirmed) selection, in the table too.
        robot.interact(() -> vm.verdictFilterProperty().set(dev.chimera.workbench.findings.Verdict.CONFIRMED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.verdict())
                .isEqualTo(dev.chimera.workbench.findings.Verdict.CONFIRMED));
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo("tr120.cold-start-flip");
        robot.interact(() -> vm.verdictFilterProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSameSizeAs(vm.results());
        robot.interact(() -> {
            try {
                Screenshots.save(stage.getScene(), "findings-tab");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.clickOn("#" + FindingsView.SHOW_IN_VIEW_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainView.DISTRIBUTIONS_TAB_ID);
        assertThat(viewModel.distributions().filter("mode").selected()).containsExactly("e2e_kv");
        TabPane lower = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().stream().anyMatch(x -> "distColdStartTab".equals(x.getId()))).findFirst()
                .orElseThrow();
        assertThat(lower.getSelectionModel().getSelectedItem().getId()).isEqualTo("distColdStartTab");

        // Back to Findings through the status bar's counts.
        robot.clickOn("#statusFindings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainView.FINDINGS_TAB_ID);
    }
}
