package dev.chimera.workbench.ui.dialog;

import dev.chimera.workbench.about.AboutInfo;
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
    private final List<ShownError> errors = new ArrayList<>();
    private boolean confirmAnswer = true;
    private final List<AboutInfo> abouts = new ArrayList<>();

    /** The next directory chooser returns this folder (once). */
    public synchronized FakeDialogService answerDirectory(Path folder) {
        directories.add(folder);
        return this;
    }

    public synchronized FakeDialogService answerConfirm(boolean answer) {
        confirmAnswer = answer;
        return this;
    }

    public synchronized List<ShownError> errors() {
        return List.copyOf(errors);
    }

    @Override
    public synchronized Optional<Path> chooseDirectory(String title, Path initial) {
        return Optional.ofNullable(directories.poll());
    }

    @Override
    public synchronized void showError(String title, String message, Throwable cause) {
        errors.add(new ShownError(title, message, cause));
    }

    @Override
    public synchronized boolean confirm(String title, String message) {
        return confirmAnswer;
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
