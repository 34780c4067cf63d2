package dev.chimera.workbench.ui.task;

import dev.chimera.workbench.ingest.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on small pools of daemon threads and hands results back to the UI thread. Tracked jobs (the ones the
 * user started and waits for: opening a folder, an export) have their own threads, so they never queue behind the
 * views' recomputations: on a 1 M-row folder those keep both view workers busy for seconds after an open, and a
 * reload used to wait for them (5.9–6.8 s instead of ~3.5 s). Progress reports are
 * coalesced: a worker only stores the latest value, and at most one pending hand-over (and at most one every
 * {@value #PROGRESS_INTERVAL_MS} ms) carries it to the UI thread, so a chatty job cannot flood the event queue.
 *
 * <p>{@link #submit} and {@link #cancelTracked} must be called on the UI thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    static final long PROGRESS_INTERVAL_MS = 50;

    private final Executor uiThread;
    private final ExecutorService pool;
    private final ExecutorService trackedPool;
    /** One thread for slow untracked jobs ({@link #submitSlow}), so they leave the view workers free. */
    private final ExecutorService slowPool;
    private final List<TaskHandle> tracked = new ArrayList<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** The production executor: two workers, results delivered with {@link Platform#runLater}. */
    public FxTaskExecutor() {
        this(Platform::runLater, 2);
    }

    /** @param uiThread runs a task on the UI thread (tests pass a queue they drain themselves) */
    public FxTaskExecutor(Executor uiThread, int threads) {
        this.uiThread = Objects.requireNonNull(uiThread);
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chimera-task-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.slowPool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "chimera-slow");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger trackedCounter = new AtomicInteger();
        this.trackedPool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chimera-tracked-" + trackedCounter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle submit(String title, boolean trackedJob, BackgroundJob<T> job,
                                 TaskCallbacks<T> callbacks) {
        return submitTo(trackedJob ? trackedPool : pool, title, trackedJob, job, callbacks);
    }

    /**
     * On its own thread: the findings check of a 1 M-row folder takes ~9 s, and queued ahead of the charts on the
     * two view workers it held up the Distributions chart by as much after every open.
     */
    @Override
    public <T> TaskHandle submitSlow(String title, BackgroundJob<T> job, TaskCallbacks<T> callbacks) {
        return submitTo(slowPool, title, false, job, callbacks);
    }

    private <T> TaskHandle submitTo(ExecutorService workers, String title, boolean trackedJob, BackgroundJob<T> job,
                                    TaskCallbacks<T> callbacks) {
        CancellationToken token = new CancellationToken();
        TaskHandle handle = new TaskHandle(token);
        if (pool.isShutdown()) {
            // The window is closing: a follow-up job (a view recomputing after a late result) is simply not run.
            handle.cancel();
            handle.markDone();
            return handle;
        }
        ProgressReporter reporter = ProgressReporter.NONE;
        if (trackedJob) {
            tracked.add(handle);
            running.set(true);
            progress.set(-1);
            message.set(title);
            reporter = new CoalescingReporter(handle);
        }
        ProgressReporter jobReporter = reporter;
        try {
            workers.execute(() -> runJob(title, handle, trackedJob, job, callbacks, jobReporter));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            handle.cancel(); // shut down between the check and the hand-over
            handle.markDone();
            if (trackedJob) {
                finishTracked(handle);
            }
        }
        return handle;
    }

    private <T> void runJob(String title, TaskHandle handle, boolean trackedJob, BackgroundJob<T> job,
                            TaskCallbacks<T> callbacks, ProgressReporter reporter) {
        CancellationToken token = handle.token();
        long started = System.nanoTime();
        Runnable outcome;
        try {
            if (token.isCancelled()) {
                throw new CancellationException("cancelled before start");
            }
            T result = job.run(reporter, token);
            outcome = token.isCancelled() ? callbacks.onCancelled() : () -> callbacks.onSuccess().accept(result);
        } catch (CancellationException e) {
            outcome = callbacks.onCancelled();
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            if (token.isCancelled()) {
                outcome = callbacks.onCancelled();
            } else {
                LOG.warn("background job failed", e);
                outcome = () -> callbacks.onFailure().accept(e);
            }
        }
        // Which view keeps the workers busy how long (e.g. after opening a large folder): -Dchimera.logLevel=DEBUG.
        LOG.debug("job '{}' ran {} ms on {}{}", title, (System.nanoTime() - started) / 1_000_000,
                Thread.currentThread().getName(), token.isCancelled() ? " (cancelled)" : "");
        Runnable deliver = outcome;
        uiThread.execute(() -> {
            handle.markDone();
            if (trackedJob) {
                finishTracked(handle);
            }
            deliver.run();
        });
    }

    private void finishTracked(TaskHandle handle) {
        tracked.remove(handle);
        if (tracked.isEmpty()) {
            running.set(false);
            progress.set(0);
            message.set("");
        }
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
        for (TaskHandle h : tracked) {
            h.cancel();
        }
    }

    @Override
    public void shutdown() {
        cancelTracked();
        pool.shutdownNow();
        trackedPool.shutdownNow();
        slowPool.shutdownNow();
    }

    /** Stores the latest report; one hand-over at a time carries it to the UI thread. */
    private final class CoalescingReporter implements ProgressReporter {
        private final TaskHandle handle;
        private final AtomicReference<double[]> latestFraction = new AtomicReference<>();
        private final AtomicReference<String> latestMessage = new AtomicReference<>();
        private final AtomicBoolean pending = new AtomicBoolean();
        private final AtomicLong lastPost = new AtomicLong();

        CoalescingReporter(TaskHandle handle) {
            this.handle = handle;
        }

        @Override
        public void progress(long done, long total, String text) {
            latestFraction.set(new double[] {total > 0 ? Math.min(1.0, (double) done / total) : -1});
            if (text != null) {
                latestMessage.set(text);
            }
            long now = System.nanoTime();
            if (now - lastPost.get() < PROGRESS_INTERVAL_MS * 1_000_000L || !pending.compareAndSet(false, true)) {
                return;
            }
            lastPost.set(now);
            uiThread.execute(this::flush);
        }

        private void flush() {
            pending.set(false);
            // A report that arrives after the job ended must not overwrite the idle state.
            if (handle.isDone() || tracked.isEmpty() || tracked.get(tracked.size() - 1) != handle) {
                return;
            }
            double[] f = latestFraction.get();
            if (f != null) {
                progress.set(f[0]);
            }
            String m = latestMessage.get();
            if (m != null) {
                message.set(m);
            }
        }
    }
}
