package dev.chimera.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ui.TestFolders;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowStateFxTest {
    private final Preferences prefs = TestFolders.freshPreferences();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() {
        TestFolders.remove(prefs);
    }

    @Test
    void savedGeometryComesBackAndAnOffScreenPositionIsIgnored(FxRobot robot) {
        WindowState state = new WindowState(prefs);
        assertThat(state.width(1200)).as("nothing saved: the fallback").isEqualTo(1200);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
            state.save(stage);
        });
        WindowState again = new WindowState(prefs);
        assertThat(again.width(1600)).isEqualTo(1100);
        assertThat(again.height(1000)).isEqualTo(700);
        robot.interact(() -> {
            stage.setX(500);
            again.restorePosition(stage);
        });
        assertThat(stage.getX()).isEqualTo(40);

        prefs.putDouble("window.x", 90_000); // a monitor that is gone
        robot.interact(() -> {
            stage.setX(500);
            new WindowState(prefs).restorePosition(stage);
        });
        assertThat(stage.getX()).isEqualTo(500);
    }
}
