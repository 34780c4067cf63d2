package dev.chimera.workbench.ui.dialog;

import dev.chimera.workbench.about.AboutInfo;
import dev.chimera.workbench.ui.export.ExportDialogAnswer;
import dev.chimera.workbench.ui.export.ExportDialogRequest;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Scripted dialogs: answers directory choosers from a queue and records the errors it was asked to show. */
public final class FakeDialogService implements DialogService {
    /** An error the code under test wanted the user to see. */
    public record ShownError(String title, String message, Throwable cause) {
    }

    private final Deque<Path> directories = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private final List<ShownError> errors = new ArrayList<>();
    private boolean confirmAnswer = true;
    private final List<AboutInfo> abouts = new ArrayList<>();
    private final Deque<ExportDialogAnswer> exports = new ArrayDeque<>();
    private final List<ExportDialogRequest> exportRequests = new ArrayList<>();
    private int confirmations;

    /** The next directory chooser returns this folder (once). */
    public synchronized FakeDialogService answerDirectory(Path folder) {
        directories.add(folder);
        return this;
    }

    /** The next file chooser returns this file (once). */
    public synchronized FakeDialogService answerFile(Path file) {
        files.add(file);
        return this;
    }

    public synchronized FakeDialogService answerConfirm(boolean answer) {
        confirmAnswer = answer;
        return this;
    }

    /** The next export dialog returns this answer (once); without one it is cancelled. */
    public synchronized FakeDialogService answerExport(ExportDialogAnswer answer) {
        exports.add(answer);
        return this;
    }

    /** What the export dialogs were asked to offer. */
    public synchronized List<ExportDialogRequest> exportRequests() {
        return List.copyOf(exportRequests);
    }

    /** How many yes/no questions were asked. */
    public synchronized int confirmations() {
        return confirmations;
    }

    @Override
    public synchronized Optional<ExportDialogAnswer> chooseExport(ExportDialogRequest request) {
        exportRequests.add(request);
        return Optional.ofNullable(exports.poll());
    }

    public synchronized List<ShownError> errors() {
        return List.copyOf(errors);
    }

    @Override
    public synchronized Optional<Path> chooseDirectory(String title, Path initial) {
        return Optional.ofNullable(directories.poll());
    }

    @Override
    public synchronized Optional<Path> chooseFile(String title, Path initial, String filterName, String... patterns) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public synchronized void showError(String title, String message, Throwable cause) {
        errors.add(new ShownError(title, message, cause));
    }

    @Override
    public synchronized boolean confirm(String title, String message) {
        confirmQuestions.add(message);
        confirmations++;
        return confirmAnswer;
    }

    private final Deque<Path> sessionFiles = new ArrayDeque<>();
    private final List<String> confirmQuestions = new ArrayList<>();

    /** The next session chooser (open or save) returns this file (once). */
    public synchronized FakeDialogService answerSessionFile(Path file) {
        sessionFiles.add(file);
        return this;
    }

    /** The messages of every confirm() asked so far. */
    public synchronized List<String> confirmQuestions() {
        return List.copyOf(confirmQuestions);
    }

    @Override
    public synchronized Optional<Path> chooseSessionToOpen(String title, Path initialFolder) {
        return Optional.ofNullable(sessionFiles.poll());
    }

    @Override
    public synchronized Optional<Path> chooseSessionToSave(String title, Path initialFolder, String suggestedName) {
        return Optional.ofNullable(sessionFiles.poll());
    }

    @Override
    public synchronized void showAbout(AboutInfo about) {
        abouts.add(about);
    }

    /** The About dialogs shown, oldest first. */
    public synchronized List<AboutInfo> abouts() {
        return List.copyOf(abouts);
    }
}
