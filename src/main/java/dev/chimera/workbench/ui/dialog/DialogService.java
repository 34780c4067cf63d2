package dev.chimera.workbench.ui.dialog;

import dev.chimera.workbench.about.AboutInfo;
import java.nio.file.Path;
import java.util.Optional;

/** Dialogs and choosers behind an interface, so ViewModels can be tested without a screen. */
public interface DialogService {

    /** Asks for a folder; empty when the user cancels. {@code initial} may be null. */
    Optional<Path> chooseDirectory(String title, Path initial);

    /** Shows an error; {@code cause} may be null. Returns when the user has dismissed it. */
    void showError(String title, String message, Throwable cause);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String message);

    /** Shows Help › About (versions of the app, the runtime and the bundled libraries). */
    default void showAbout(AboutInfo about) {
        // Dialog doubles that do not care about About need not implement it.
    }
}
