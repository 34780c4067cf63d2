package dev.chimera.workbench.app;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the main window's position, size and maximised state between runs. A saved position that no longer
 * lies on any screen (a monitor was unplugged) is ignored, so the window never opens out of sight.
 */
final class WindowState {
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String W = "window.width";
    private static final String H = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final Preferences prefs;

    WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The saved size, else {@code fallbackWidth} × {@code fallbackHeight}. */
    double width(double fallbackWidth) {
        return Math.max(800, prefs.getDouble(W, fallbackWidth));
    }

    double height(double fallbackHeight) {
        return Math.max(560, prefs.getDouble(H, fallbackHeight));
    }

    /** Puts the stage where it was, if that place is still visible. Call before showing. */
    void restorePosition(Stage stage) {
        double x = prefs.getDouble(X, Double.NaN);
        double y = prefs.getDouble(Y, Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 40)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        if (prefs.getBoolean(MAXIMIZED, false)) {
            stage.setMaximized(true);
        }
    }

    /** Saves the stage's geometry (the un-maximised one when maximised). */
    void save(Stage stage) {
        try {
            prefs.putBoolean(MAXIMIZED, stage.isMaximized());
            if (!stage.isMaximized() && !stage.isIconified()) {
                prefs.putDouble(X, stage.getX());
                prefs.putDouble(Y, stage.getY());
                prefs.putDouble(W, stage.getWidth());
                prefs.putDouble(H, stage.getHeight());
            }
        } catch (IllegalStateException removed) {
            // the preferences node was removed (a reset, or a test cleaning up): nothing to remember into
        }
    }
}
