package dev.chimera.workbench.ui.task;

import dev.chimera.workbench.ingest.CancellationToken;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Holds every job until the test runs it, on the test's thread: for ViewModels whose results arrive later than the
 * call that asked for them, as they do in the application (no threads, no toolkit).
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> TaskHandle submit(String title, boolean tracked, BackgroundJob<T> job, TaskCallbacks<T> callbacks) {
        TaskHandle handle = new TaskHandle(new CancellationToken());
        queue.add(() -> CurrentThreadTaskExecutor.run(job, handle, callbacks));
        return handle;
    }

    /** Jobs waiting to run. */
    public int pending() {
        return queue.size();
    }

    /** Runs the waiting jobs in order, and the jobs they submit, until none is left. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return new ReadOnlyDoubleWrapper(0).getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return new ReadOnlyStringWrapper("").getReadOnlyProperty();
    }

    @Override
    public void cancelTracked() {
        // Not tracked here.
    }

    @Override
    public void shutdown() {
        queue.clear();
    }
}
