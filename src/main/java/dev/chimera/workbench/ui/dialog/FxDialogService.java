package dev.chimera.workbench.ui.dialog;

import dev.chimera.workbench.about.AboutInfo;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.export.ExportDialog;
import dev.chimera.workbench.ui.export.ExportDialogAnswer;
import dev.chimera.workbench.ui.export.ExportDialogRequest;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** JavaFX dialogs, owned by the main window so they stay on top of it. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File chosen = chooser.showDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(String title, Path initial, String filterName, String... patterns) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(filterName, patterns));
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File chosen = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (cause != null) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setWrapText(false);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.showAndWait();
    }

    @Override
    public Optional<ExportDialogAnswer> chooseExport(ExportDialogRequest request) {
        return new ExportDialog(request, this).showAndWait(owner.get());
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(I18n.tr("dialog.confirm.header"));
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    @Override
    public Optional<Path> chooseSessionToOpen(String title, Path initialFolder) {
        return Optional.ofNullable(sessionChooser(title, initialFolder).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSessionToSave(String title, Path initialFolder, String suggestedName) {
        FileChooser chooser = sessionChooser(title, initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser sessionChooser(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.tr("dialog.session.filter"), "*.chimera-session.json"),
                new FileChooser.ExtensionFilter(I18n.tr("dialog.session.filter.json"), "*.json"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    @Override
    public void showAbout(AboutInfo about) {
        AboutDialog.create(owner.get(), about).showAndWait();
    }
}
