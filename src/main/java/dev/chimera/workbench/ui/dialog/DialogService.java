package dev.chimera.workbench.ui.dialog;

import dev.chimera.workbench.ui.export.ExportDialogAnswer;
import dev.chimera.workbench.ui.export.ExportDialogRequest;
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

    /**
     * Asks which of the offered charts to export, in which formats, at which scale or DPI, into which folder and
     * with which automatic annotations; empty when the user cancels. The default offers nothing (cancelled).
     */
    default Optional<ExportDialogAnswer> chooseExport(ExportDialogRequest request) {
        return Optional.empty();
    }
}
