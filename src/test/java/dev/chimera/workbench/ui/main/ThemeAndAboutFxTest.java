package dev.chimera.workbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.about.AboutInfo;
import dev.chimera.workbench.about.BuildInfo;
import dev.chimera.workbench.app.CompositionRoot;
import dev.chimera.workbench.app.StartupFolder;
import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.ui.ScreenCharts;
import dev.chimera.workbench.ui.Screenshots;
import dev.chimera.workbench.ui.TestFolders;
import dev.chimera.workbench.ui.Theme;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View › Theme switches the real window to dark and back and is remembered; Help › About shows the versions. */
@ExtendWith(ApplicationExtension.class)
class ThemeAndAboutFxTest {
    private static final String DARK_CSS = "workbench-dark.css";
    private final FakeDialogService dialogs = new FakeDialogService();
    private Preferences prefs;
    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        System.setProperty(StartupFolder.NO_AUTO_OPEN, "true");
        this.stage = stage;
        prefs = TestFolders.freshPreferences();
        viewModel = new CompositionRoot(prefs, owner -> dialogs).start(stage, List.of());
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> viewModel.theme().set(Theme.LIGHT));
        System.clearProperty(StartupFolder.NO_AUTO_OPEN);
        TestFolders.remove(prefs);
    }

    @Test
    void darkThemeFromTheViewMenuIsAppliedToCssAndChartsAndRemembered(FxRobot robot) throws Exception {
        Scene scene = stage.getScene();
        assertThat(scene.getStylesheets()).noneMatch(s -> s.endsWith(DARK_CSS));
        assertThat(ScreenCharts.current()).isSameAs(ChartTheme.STANDARD);
        RadioMenuItem dark = (RadioMenuItem) item(robot, ViewAndHelpMenus.THEME_DARK_ID);
        RadioMenuItem light = (RadioMenuItem) item(robot, ViewAndHelpMenus.THEME_LIGHT_ID);
        assertThat(light.isSelected()).isTrue();

        robot.interact(dark::fire);
        assertThat(scene.getStylesheets()).filteredOn(s -> s.endsWith(DARK_CSS)).hasSize(1);
        assertThat(ScreenCharts.current()).isSameAs(ChartTheme.DARK);
        assertThat(prefs.get(ThemeSetting.KEY, null)).isEqualTo("DARK");
        assertThat(dark.isSelected()).isTrue();

        // Open the sample TR120 run in the dark theme and keep a picture of its distributions for review.
        Path folder = Path.of("sample-data/tr120-compile");
        assertThat(Files.isDirectory(folder)).isTrue();
        robot.interact(() -> viewModel.openFolder(folder));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.getDataset() != null);
        robot.interact(() -> robot.lookup("#" + MainView.TABS_ID).queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shownChart(robot) != null);
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        JFreeChart shown = shownChart(robot);
        assertThat(shown.getBackgroundPaint()).isEqualTo(ChartTheme.DARK.background());
        robot.interact(() -> {
            try {
                Screenshots.save(scene, "dark-theme");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        // A second window built from the same preferences starts dark.
        robot.interact(() -> {
            Stage second = new Stage();
            MainViewModel again = new CompositionRoot(prefs, owner -> dialogs).start(second, List.of());
            assertThat(again.theme().get()).isEqualTo(Theme.DARK);
            assertThat(second.getScene().getStylesheets()).anyMatch(s -> s.endsWith(DARK_CSS));
            second.close();
        });

        robot.interact(light::fire);
        // The chart already on screen is re-coloured, not rebuilt.
        assertThat(shown.getBackgroundPaint()).isEqualTo(java.awt.Color.WHITE);
        assertThat(scene.getStylesheets()).noneMatch(s -> s.endsWith(DARK_CSS));
        assertThat(ScreenCharts.current()).isSameAs(ChartTheme.STANDARD);
        assertThat(prefs.get(ThemeSetting.KEY, null)).isEqualTo("LIGHT");
    }

    @Test
    void helpAboutShowsThisBuildsVersionsAndTheRunningJavaFx(FxRobot robot) {
        robot.interact(() -> item(robot, ViewAndHelpMenus.ABOUT_ID).fire());
        assertThat(dialogs.abouts()).hasSize(1);
        AboutInfo about = dialogs.abouts().get(0);
        assertThat(about.appVersion()).isEqualTo(BuildInfo.load().appVersion()).doesNotContain("$");
        assertThat(about.javaVersion()).isEqualTo(System.getProperty("java.version"));
        // The toolkit is running, so JavaFX reports its version (the pom pins 21.0.11).
        assertThat(about.javaFxVersion()).startsWith("21.0.11");
        assertThat(about.libraries()).contains(new BuildInfo.Library("JFreeChart", "1.5.6"),
                new BuildInfo.Library("Tablesaw", "0.44.1"), new BuildInfo.Library("ControlsFX", "11.2.1"));
    }

    private static JFreeChart shownChart(FxRobot robot) {
        return robot.lookup(n -> n instanceof ChartViewer v && v.isVisible() && v.getChart() != null)
                .queryAll().stream().map(n -> ((ChartViewer) n).getChart()).findFirst().orElse(null);
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) {
            MenuItem found = find(m, id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem i : menu.getItems()) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu sub) {
                MenuItem found = find(sub, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
