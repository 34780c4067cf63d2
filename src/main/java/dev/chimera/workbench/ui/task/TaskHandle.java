package dev.chimera.workbench.ui.task;

import dev.chimera.workbench.ingest.CancellationToken;

/** A submitted job: lets its owner cancel it (for example a filter superseded by newer filter text). */
public final class TaskHandle {
    private final CancellationToken token;
    private volatile boolean done;

    public TaskHandle(CancellationToken token) {
        this.token = token;
    }

    public void cancel() {
        token.cancel();
    }

    public boolean isCancelled() {
        return token.isCancelled();
    }

    public boolean isDone() {
        return done;
    }

    void markDone() {
        done = true;
    }

    CancellationToken token() {
        return token;
    }
}
