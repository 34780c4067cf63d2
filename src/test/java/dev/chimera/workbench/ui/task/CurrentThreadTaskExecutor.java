package dev.chimera.workbench.ui.task;

import dev.chimera.workbench.ingest.CancellationToken;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs every job at once on the calling thread, so ViewModel tests need neither threads nor the toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int submitted;

    @Override
    public <T> TaskHandle submit(String title, boolean tracked, BackgroundJob<T> job, TaskCallbacks<T> callbacks) {
        submitted++;
        TaskHandle handle = new TaskHandle(new CancellationToken());
        run(job, handle, callbacks);
        return handle;
    }

    /**
     * Runs {@code job} on the calling thread and then exactly one of its callbacks, as the application's executor
     * would on the UI thread; a job cancelled before it starts only gets its cancel callback.
     */
    static <T> void run(BackgroundJob<T> job, TaskHandle handle, TaskCallbacks<T> callbacks) {
        CancellationToken token = handle.token();
        if (token.isCancelled()) {
            handle.markDone();
            callbacks.onCancelled().run();
            return;
        }
        try {
            T result = job.run(ProgressReporter.NONE, token);
            handle.markDone();
            if (token.isCancelled()) {
                callbacks.onCancelled().run();
            } else {
                callbacks.onSuccess().accept(result);
            }
        } catch (CancellationException e) {
            handle.markDone();
            callbacks.onCancelled().run();
        } catch (Exception e) {
            handle.markDone();
            callbacks.onFailure().accept(e);
        }
    }

    /** How many jobs were submitted, so tests can check that work went through the executor. */
    public int submittedCount() {
        return submitted;
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void cancelTracked() {
        // Nothing is ever still running.
    }

    @Override
    public void shutdown() {
        // No threads.
    }
}
