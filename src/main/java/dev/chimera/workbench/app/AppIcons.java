package dev.chimera.workbench.app;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window icon (the same picture as packaging/icons, which the desktop entry uses). */
final class AppIcons {
    private static final String[] SIZES = {"32", "64", "256"};

    private AppIcons() {
    }

    static void install(Stage stage) {
        for (String size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(
                    "/dev/chimera/workbench/ui/app-icon-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (IOException e) {
                // No icon is no reason to fail the start.
            }
        }
    }
}
