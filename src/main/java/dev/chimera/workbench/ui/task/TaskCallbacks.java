package dev.chimera.workbench.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to do when a job ends; exactly one callback runs, on the UI thread.
 *
 * @param onSuccess   receives the job's result
 * @param onFailure   receives the exception the job threw
 * @param onCancelled runs when the job was cancelled (token cancelled, or it threw CancellationException)
 */
public record TaskCallbacks<T>(Consumer<? super T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancelled) {

    public TaskCallbacks {
        Objects.requireNonNull(onSuccess, "onSuccess");
        onFailure = onFailure == null ? e -> { } : onFailure;
        onCancelled = onCancelled == null ? () -> { } : onCancelled;
    }

    public static <T> TaskCallbacks<T> of(Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                                          Runnable onCancelled) {
        return new TaskCallbacks<>(onSuccess, onFailure, onCancelled);
    }
}
