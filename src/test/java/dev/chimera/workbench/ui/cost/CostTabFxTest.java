package dev.chimera.workbench.ui.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.cost.CostRow;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Screenshots;
import dev.chimera.workbench.ui.RealWindow;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.main.MainView;
import dev.chimera.workbench.ui.main.MainViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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

/** The real window opens the TR119 matrix and shows the Cost tab: four charts, the pricing sheet, the table. */
@ExtendWith(ApplicationExtension.class)
class CostTabFxTest {
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
    void costTabShowsTheTr119Costs(FxRobot robot) throws Exception {
        window.open(robot, Path.of("../shared/real-results/tr119/tr119_matrix"), 120);
        CostViewModel vm = viewModel.cost();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null
                && !vm.computingProperty().get());
        robot.clickOn(I18n.tr("tab.cost"));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#" + MainView.TABS_ID).queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainView.COST_TAB_ID);
        robot.interact(() -> vm.backendProperty().set("onnxruntime-gpu"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.computingProperty().get()
                && "onnxruntime-gpu".equals(vm.resultProperty().get().backend()));
        pushSidePanesAside(robot);

        assertThat(robot.lookup("#" + CostView.EMPTY_ID).query().isVisible()).isFalse();
        for (String id : List.of(CostView.BY_BACKEND_ID, CostView.SCATTER_ID, CostView.TIERS_ID,
                CostView.SENSITIVITY_ID)) {
            ChartViewer viewer = (ChartViewer) robot.lookup("#" + id).queryAs(javafx.scene.layout.StackPane.class)
                    .getChildren().get(0);
            assertThat(viewer.getChart()).as(id).isNotNull();
            assertThat(viewer.getWidth()).as(id).isGreaterThan(100);
        }
        TableView<CostRow> table = robot.lookup("#" + CostTable.ID).queryTableView();
        assertThat(table.getItems()).hasSize(60); // 10 aggregates + 50 scenario rows
        CostRow ortPrefill = table.getItems().stream().filter(r -> r.backend().equals("onnxruntime-gpu")
                && r.mode().equals("prefill") && r.scenario().equals("all")).findFirst().orElseThrow();
        assertThat(ortPrefill.usdPer1m()).isCloseTo(0.1279, within(0.00005)); // TR119 headline
        Node sheet = robot.lookup("#" + PricingSheet.ID).query();
        assertThat(sheet.isVisible()).isTrue();
        save("cost-tr119");
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

    private void save(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                try {
                    Screenshots.save(stage.getScene(), name);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
