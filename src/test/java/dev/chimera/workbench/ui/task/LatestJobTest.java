package dev.chimera.workbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two recomputations in flight: only the newer one's result reaches the view. */
class LatestJobTest {
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(uiQueue::add, 2);

    @AfterEach
    void tearDown() {
        executor.shutdown();
    }

    @Test
    void anOlderJobsLateResultIsDroppedAndItIsCancelled() throws Exception {
        LatestJob job = new LatestJob(executor);
        List<String> shown = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        boolean[] olderSawCancel = new boolean[1];
        job.submit("old", (progress, cancel) -> {
            started.countDown();
            release.await(5, TimeUnit.SECONDS);
            olderSawCancel[0] = cancel.isCancelled();
            return "old";
        }, shown::add, e -> shown.add("error"));
        // Wait until the older job is running: a job cancelled before it starts never runs at all, which would
        // leave nothing to observe here.
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        job.submit("new", (progress, cancel) -> "new", shown::add, e -> shown.add("error"));
        release.countDown();
        // Both jobs hand back an outcome; run both on the "UI thread".
        for (int i = 0; i < 2; i++) {
            Runnable r = uiQueue.poll(5, TimeUnit.SECONDS);
            assertThat(r).isNotNull();
            r.run();
        }
        assertThat(shown).containsExactly("new");
        assertThat(olderSawCancel[0]).isTrue();
    }

    @Test
    void cancelDropsTheOutcomeOfTheRunningJob() throws Exception {
        LatestJob job = new LatestJob(executor);
        List<String> shown = new ArrayList<>();
        job.submit("only", (progress, cancel) -> "result", shown::add, e -> shown.add("error"));
        job.cancel();
        Runnable r = uiQueue.poll(5, TimeUnit.SECONDS);
        assertThat(r).isNotNull();
        r.run();
        assertThat(shown).isEmpty();
    }
}
