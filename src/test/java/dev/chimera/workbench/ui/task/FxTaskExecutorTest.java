package dev.chimera.workbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The FX executor with a queue in place of the FX thread: the test thread plays the UI thread and drains it. */
class FxTaskExecutorTest {
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(uiQueue::add, 2);

    @AfterEach
    void tearDown() {
        executor.shutdown();
    }

    /** Runs UI-thread work until the condition holds (or fails after 10 s). */
    private void drainUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            Runnable r = uiQueue.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            assertThat(System.nanoTime()).as("timed out").isLessThan(deadline);
        }
    }

    @Test
    void resultArrivesOnTheUiQueueAndRunningFollowsTheJob() throws Exception {
        List<String> threads = new ArrayList<>();
        List<Integer> results = new ArrayList<>();
        executor.submit("sum", true, (progress, cancel) -> {
            threads.add(Thread.currentThread().getName());
            return 1 + 2;
        }, TaskCallbacks.of(results::add, null, null));
        assertThat(executor.runningProperty().get()).isTrue();
        assertThat(executor.messageProperty().get()).isEqualTo("sum");

        drainUntil(() -> !results.isEmpty());
        assertThat(results).containsExactly(3);
        assertThat(threads).singleElement().satisfies(n -> assertThat(n).startsWith("chimera-tracked-"));
        assertThat(executor.runningProperty().get()).isFalse();
    }

    @Test
    void aTrackedJobDoesNotWaitForBusyViewWorkers() throws Exception {
        // Both view workers busy (as after opening a large folder); a folder load must still start at once.
        CountDownLatch release = new CountDownLatch(1);
        List<String> viewThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 2; i++) {
            executor.submit("view", false, (progress, cancel) -> {
                viewThreads.add(Thread.currentThread().getName());
                release.await(10, TimeUnit.SECONDS);
                return 0;
            }, TaskCallbacks.of(r -> { }, null, null));
        }
        List<Integer> loaded = new ArrayList<>();
        try {
            executor.submit("load", true, (progress, cancel) -> 42, TaskCallbacks.of(loaded::add, null, null));
            drainUntil(() -> !loaded.isEmpty());
            assertThat(loaded).containsExactly(42);
            assertThat(release.getCount()).as("the view jobs are still running").isEqualTo(1);
            assertThat(viewThreads).allSatisfy(n -> assertThat(n).startsWith("chimera-task-"));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aSlowJobLeavesTheViewWorkersFree() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> slowThread = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Integer> slowResult = new ArrayList<>();
        executor.submitSlow("findings", (progress, cancel) -> {
            slowThread.add(Thread.currentThread().getName());
            release.await(10, TimeUnit.SECONDS);
            return 7;
        }, TaskCallbacks.of(slowResult::add, null, null));
        List<Integer> views = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                int n = i;
                executor.submit("view", false, (progress, cancel) -> n, TaskCallbacks.of(views::add, null, null));
            }
            drainUntil(() -> views.size() == 2);
            assertThat(views).containsExactlyInAnyOrder(0, 1);
            assertThat(slowResult).as("the slow job is still running").isEmpty();
        } finally {
            release.countDown();
        }
        drainUntil(() -> !slowResult.isEmpty());
        assertThat(slowResult).containsExactly(7);
        assertThat(slowThread).containsExactly("chimera-slow");
        assertThat(executor.runningProperty().get()).as("untracked").isFalse();
    }

    @Test
    void manyProgressReportsAreCoalescedIntoFewHandOvers() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        List<String> outcome = new ArrayList<>();
        executor.submit("chatty", true, (progress, cancel) -> {
            for (int i = 1; i <= 100_000; i++) {
                progress.progress(i, 100_000, "step");
            }
            reported.countDown();
            return "done";
        }, TaskCallbacks.of(outcome::add, null, null));
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        // 100,000 reports, but at most one hand-over may wait at a time, plus the result itself.
        assertThat(uiQueue.size()).isLessThanOrEqualTo(2);
        drainUntil(() -> !outcome.isEmpty());
        assertThat(outcome).containsExactly("done");
    }

    @Test
    void cancelTrackedEndsInTheCancelCallback() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> outcome = new ArrayList<>();
        executor.submit("slow", true, (progress, cancel) -> {
            started.countDown();
            while (true) {
                cancel.throwIfCancelled();
                Thread.sleep(5);
            }
        }, TaskCallbacks.of(r -> outcome.add("success"), e -> outcome.add("failure"), () -> outcome.add("cancel")));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        executor.cancelTracked();
        drainUntil(() -> !outcome.isEmpty());
        assertThat(outcome).containsExactly("cancel");
        assertThat(executor.runningProperty().get()).isFalse();
    }

    @Test
    void aFailingJobReachesTheFailureCallback() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        executor.submit("boom", false, (progress, cancel) -> {
            throw new java.io.IOException("disk gone");
        }, TaskCallbacks.of(r -> { }, failures::add, null));
        drainUntil(() -> !failures.isEmpty());
        assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessage("disk gone"));
    }

    @Test
    void aJobSubmittedAfterShutdownIsCancelledNotThrown() {
        executor.shutdown(); // the window closed; a late result makes a view ask for a recompute
        List<Integer> results = new ArrayList<>();
        TaskHandle h = executor.submit("late", true, (progress, cancel) -> 1,
                TaskCallbacks.of(results::add, null, null));
        assertThat(h.isCancelled()).isTrue();
        assertThat(h.isDone()).isTrue();
        assertThat(executor.runningProperty().get()).isFalse();
        assertThat(results).isEmpty();
        assertThat(uiQueue).isEmpty();
    }
}
