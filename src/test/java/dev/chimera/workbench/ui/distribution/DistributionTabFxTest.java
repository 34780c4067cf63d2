package dev.chimera.workbench.ui.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.analysis.ColdStartEffect;
import dev.chimera.workbench.analysis.ColdStartFile;
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

/** The real window opens the bundled TR120-style sample; the Distributions tab fills its charts and table. */
@ExtendWith(ApplicationExtension.class)
class DistributionTabFxTest {
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
    void distributionsTabShowsChartsAndPercentilesOfTheSample(FxRobot robot) throws Exception {
        window.open(robot, Path.of("sample-data/tr120-compile"), 60);
        robot.clickOn(I18nText.DISTRIBUTIONS);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#" + MainView.TABS_ID).queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainView.DISTRIBUTIONS_TAB_ID);

        DistributionViewModel vm = viewModel.distributions();
        // The compile-paradox view: e2e_kv, one group per backend.
        robot.interact(() -> {
            vm.groupByProperty().set("backend");
            vm.filter("mode").select(List.of("e2e_kv"));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null
                && !vm.computingProperty().get() && vm.rows().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        ChartViewer ecdf = robot.lookup("#distChart-ecdf").queryAs(ChartPane.class).viewer();
        assertThat(ecdf.isVisible()).isTrue();
        assertThat(ecdf.getChart().getXYPlot().getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(ecdf.getChart().getXYPlot().getDataset().getItemCount(0)).isEqualTo(280);
        TableView<PercentileRow> table = robot.lookup("#" + DistributionView.TABLE_ID).queryTableView();
        assertThat(table.getItems()).extracting(PercentileRow::group)
                .containsExactly("transformers-gpu", "transformers-gpu-compile");
        assertThat(table.getItems()).extracting(PercentileRow::n).containsExactly(280, 280);

        // The compile paradox: the banner above every sub-view names the gpu cold start.
        javafx.scene.Node banner = robot.lookup("#" + ParadoxBanner.ID).query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(vm.paradoxProperty().get()).startsWith("transformers-gpu has a higher mean");
        // CI on by default: the mean column shows "estimate [lo, hi]".
        assertThat(table.getItems().get(0).ci()).isNotNull();

        // Hovering the ECDF shows the overlay label.
        robot.moveTo(ecdf);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".chart-hover").queryAs(javafx.scene.control.Label.class).getText()).isNotEmpty();

        robot.interact(() -> {
            try {
                Screenshots.save(stage.getScene(), "distributions-tr120-compile");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        // The box plot, larger, for review.
        robot.clickOn("#distShow-box");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Screenshots.save(stage.getScene(), "distributions-tr120-compile-box");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        robot.clickOn("#distShow-ecdf");

        // The cold-start sub-view: per-file table with the 3325.81 ms cold start flagged, effect table.
        robot.clickOn("#" + DistributionView.COLD_START_TAB_ID);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ColdStartFile> files = robot.lookup("#" + ColdStartFileTable.ID).queryTableView();
        assertThat(files.isVisible()).isTrue();
        assertThat(files.getItems()).hasSize(14); // 7 run files per backend in e2e_kv
        assertThat(files.getItems()).extracting(ColdStartFile::firstMs).contains(3325.81);
        TableView<ColdStartEffect> effects = robot.lookup("#" + ColdStartEffectTable.ID).queryTableView();
        assertThat(effects.getItems()).hasSize(2);
        saveScreenshot(robot, "distributions-tr120-coldstart");
        robot.clickOn("#" + DistributionView.PERCENTILES_TAB_ID);
        assertThat(table.isVisible()).isTrue();

        // Dropping cold starts updates the table and every chart at once.
        robot.clickOn("#" + DistributionControls.DROP_FIRST_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.computingProperty().get()
                && table.getItems().size() == 2 && table.getItems().get(0).n() == 273);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ecdf.getChart().getXYPlot().getDataset().getItemCount(0)).isEqualTo(273);
        assertThat(banner.isVisible()).as("no paradox without the cold starts").isFalse();
        robot.interact(() -> {
            try {
                Screenshots.save(stage.getScene(), "distributions-tr120-compile-drop-first");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void coldStartSubViewDrawsTheWarmupGridOfARealTr121Run(FxRobot robot) throws Exception {
        window.open(robot, Path.of("../shared/real-results/tr121/20251224_002857"), 60);
        robot.clickOn(I18nText.DISTRIBUTIONS);
        DistributionViewModel vm = viewModel.distributions();
        robot.interact(() -> {
            vm.metricProperty().set("latency_ms");
            vm.groupByProperty().set("model");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.computingProperty().get()
                && vm.coldStart().gridChartProperty().get() != null);
        robot.clickOn("#" + DistributionView.COLD_START_TAB_ID);
        WaitForAsyncUtils.waitForFxEvents();
        WarmupGridPane grid = robot.lookup("#" + WarmupGridPane.ID).queryAs(WarmupGridPane.class);
        assertThat(grid.viewer().isVisible()).isTrue();
        assertThat(grid.viewer().getChart()).isSameAs(vm.coldStart().gridChartProperty().get());
        // One alert cell (gemma3:270m medium prefill, 24.0x): the heat map outlines it.
        assertThat(vm.coldStart().result().grid().markedCells()).hasSize(1);
        saveScreenshot(robot, "distributions-tr121-coldstart");
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

    /** Tab text as the window shows it. */
    private static final class I18nText {
        static final String DISTRIBUTIONS = dev.chimera.workbench.ui.I18n.tr("tab.distributions");
    }
}
