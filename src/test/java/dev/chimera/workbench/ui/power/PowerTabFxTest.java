package dev.chimera.workbench.ui.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Screenshots;
import dev.chimera.workbench.ui.RealWindow;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.main.MainView;
import dev.chimera.workbench.ui.main.MainViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** The real window opens the TR122-style sample; the Power tab fills its three charts, table and summary. */
@ExtendWith(ApplicationExtension.class)
class PowerTabFxTest {
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
    void powerTabShowsTheTr122Trace(FxRobot robot) throws Exception {
        window.open(robot, Path.of("sample-data/tr122-physics"), 60);
        PowerViewModel vm = viewModel.power();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null
                && !vm.computingProperty().get());
        robot.clickOn(I18n.tr("tab.power"));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#" + MainView.TABS_ID).queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainView.POWER_TAB_ID);

        ChartViewer trace = robot.lookup("#" + PowerView.TRACE_CHART_ID).queryAs(PowerChartPane.class).viewer();
        assertThat(trace.isVisible()).isTrue();
        assertThat(trace.getChart()).isSameAs(vm.resultProperty().get().traceChart());
        assertThat(robot.lookup("#" + PowerView.TEMPERATURE_CHART_ID).queryAs(PowerChartPane.class).viewer()
                .isVisible()).isTrue();
        TableView<PowerEventRow> table = robot.lookup("#" + PowerView.TABLE_ID).queryTableView();
        assertThat(table.getItems()).hasSize(30); // wc -l generation_events.jsonl
        assertThat(robot.lookup("#" + PowerView.SUMMARY_ID).queryAs(Label.class).getText())
                .contains("25 gaps > 250 ms");
        assertThat(robot.lookup("#" + PowerView.EMPTY_ID).queryAs(Label.class).isVisible()).isFalse();

        robot.moveTo(trace);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".power-hover").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).startsWith("t = "));
        saveScreenshot(robot, "power-tr122-physics");
    }

    /** Saves the window with the Sources and Diagnostics panes pushed aside, so the tab fills it for review. */
    private void saveScreenshot(FxRobot robot, String name) {
        robot.interact(() -> {
            for (javafx.scene.Node n : robot.lookup(".split-pane").queryAll()) {
                javafx.scene.control.SplitPane p = (javafx.scene.control.SplitPane) n;
                if (p.getItems().stream().anyMatch(i -> i.lookup("#" + MainView.TABS_ID) != null)) {
                    p.setDividerPositions(p.getOrientation() == javafx.geometry.Orientation.VERTICAL ? 1.0 : 0.0);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Screenshots.save(stage.getScene(), name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
