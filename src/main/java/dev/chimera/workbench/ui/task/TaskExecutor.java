package dev.chimera.workbench.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one seam for background work. Jobs run off the UI thread; their callbacks and all status properties
 * change on the UI thread only, so views can bind to them directly.
 */
public interface TaskExecutor {

    /**
     * Runs a job in the background.
     *
     * @param title      shown in the status bar while the job runs
     * @param tracked    whether the job drives the status bar (progress, message, Cancel); quick jobs such as
     *                   filtering pass false so they do not flash the progress bar
     */
    <T> TaskHandle submit(String title, boolean tracked, BackgroundJob<T> job, TaskCallbacks<T> callbacks);

    /**
     * Runs a long job nobody waits for (the findings check) untracked, where it does not hold up the views'
     * recomputations: by default like {@code submit(title, false, job, callbacks)}.
     */
    default <T> TaskHandle submitSlow(String title, BackgroundJob<T> job, TaskCallbacks<T> callbacks) {
        return submit(title, false, job, callbacks);
    }

    /** True while at least one tracked job runs. */
    ReadOnlyBooleanProperty runningProperty();

    /** Progress of the latest tracked job, 0..1, or -1 (indeterminate). */
    ReadOnlyDoubleProperty progressProperty();

    /** Latest message of the latest tracked job. */
    ReadOnlyStringProperty messageProperty();

    /** Cancels every tracked job that is still running. */
    void cancelTracked();

    /** Stops the worker threads; running jobs are cancelled. */
    void shutdown();
}
