package dev.chimera.workbench.ui.dialog;

import dev.chimera.workbench.about.AboutInfo;
import dev.chimera.workbench.ui.export.ExportDialogAnswer;
import dev.chimera.workbench.ui.export.ExportDialogRequest;
import java.nio.file.Path;
import java.util.Optional;

/** Dialogs and choosers behind an interface, so ViewModels can be tested without a screen. */
public interface DialogService {

    /** Asks for a folder; empty when the user cancels. {@code initial} may be null. */
    Optional<Path> chooseDirectory(String title, Path initial);

    /**
     * Asks for a file to open, offering files matching {@code patterns} (e.g. "*.json") under
     * {@code filterName}; empty when the user cancels or the service has no file chooser.
     */
    default Optional<Path> chooseFile(String title, Path initial, String filterName, String... patterns) {
        return Optional.empty();
    }

    /** Shows an error; {@code cause} may be null. Returns when the user has dismissed it. */
    void showError(String title, String message, Throwable cause);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String message);

    /** Asks for a session file ({@code *.chimera-session.json}) to open; empty when the user cancels. */
    Optional<Path> chooseSessionToOpen(String title, Path initialFolder);

    /** Asks where to save a session, proposing {@code suggestedName}; empty when the user cancels. */
    Optional<Path> chooseSessionToSave(String title, Path initialFolder, String suggestedName);
    /** Shows Help › About (versions of the app, the runtime and the bundled libraries). */
    default void showAbout(AboutInfo about) {
        // Dialog doubles that do not care about About need not implement it.
    }

    /**
     * Asks which of the offered charts to export, in which formats, at which scale or DPI, into which folder and
     * with which automatic annotations; empty when the user cancels. The default offers nothing (cancelled).
     */
    default Optional<ExportDialogAnswer> chooseExport(ExportDialogRequest request) {
        return Optional.empty();
    }
}
