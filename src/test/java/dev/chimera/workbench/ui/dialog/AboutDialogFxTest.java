package dev.chimera.workbench.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.about.AboutInfo;
import dev.chimera.workbench.about.BuildInfo;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real About dialog lists the runtime and every bundled library with its version, in order. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogFxTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void listsJavaJavaFxAndTheLibraries(FxRobot robot) {
        AboutInfo about = new AboutInfo("Chimera Workbench", "0.1.0", "17.0.15", "Debian", "21.0.11",
                List.of(new BuildInfo.Library("JFreeChart", "1.5.6"), new BuildInfo.Library("Tablesaw", "0.44.1")));
        List<String> texts = new ArrayList<>();
        String[] header = new String[1];
        robot.interact(() -> {
            Alert alert = AboutDialog.create(null, about);
            header[0] = alert.getHeaderText();
            GridPane grid = (GridPane) alert.getDialogPane().getContent();
            for (Node n : grid.getChildren()) {
                texts.add(((Label) n).getText());
            }
        });
        assertThat(header[0]).isEqualTo("Chimera Workbench\nVersion 0.1.0");
        assertThat(texts).containsExactly("Java", "17.0.15 (Debian)", "JavaFX", "21.0.11", "Bundled libraries",
                "JFreeChart", "1.5.6", "Tablesaw", "0.44.1");
    }
}
