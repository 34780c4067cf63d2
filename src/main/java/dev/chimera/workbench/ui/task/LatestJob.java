package dev.chimera.workbench.ui.task;

import java.util.function.Consumer;

/**
 * One kind of background recomputation of a ViewModel: submitting a new job cancels the older one, and an older
 * job's late outcome is dropped, so a view only ever shows the result of its latest settings.
 */
public final class LatestJob {
    private final TaskExecutor executor;
    private TaskHandle running;
    private long generation;

    public LatestJob(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Cancels the running job; its outcome, should it still arrive, is dropped. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
        running = null;
        generation++;
    }

    /** Cancels the older job and runs {@code job} untracked; exactly one callback runs unless a newer job came. */
    public <T> void submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        cancel();
        long gen = generation;
        running = executor.submit(title, false, job, TaskCallbacks.of(r -> {
            if (gen == generation) {
                running = null;
                onSuccess.accept(r);
            }
        }, e -> {
            if (gen == generation) {
                running = null;
                onFailure.accept(e);
            }
        }, () -> { }));
    }
}
