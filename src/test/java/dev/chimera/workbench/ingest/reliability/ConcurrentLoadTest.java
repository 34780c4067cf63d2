package dev.chimera.workbench.ingest.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chimera.workbench.ingest.CancellationToken;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.LoadLimits;
import dev.chimera.workbench.ingest.LoadOptions;
import dev.chimera.workbench.ingest.ProgressListener;
import dev.chimera.workbench.ingest.ReaderRegistry;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engine-level concurrency (issue 11): a cancelled load exposes nothing partial and leaves the loader usable;
 * two loads of the same folder at once (a reload during a load) both complete with the same, complete result;
 * concurrent loads with different limits do not see each other's limits.
 */
@Timeout(60)
class ConcurrentLoadTest {
    /** 40 copies of a 5-row nvidia-smi CSV: 40 files × 5 records = 200 power rows. */
    private static final int FILES = 40;

    private static Path folder(Path dir) throws IOException {
        String csv = CorpusTemplate.head("sample-data/peer-tools/nvidia-smi/nvidia_smi_gpu_metrics.csv", 6);
        for (int i = 0; i < FILES; i++) {
            Files.writeString(dir.resolve(String.format("gpu_%02d/nvidia_smi_gpu_metrics.csv", i)), csv,
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE);
        }
        return dir;
    }

    private static Path makeFolder(Path dir) throws IOException {
        for (int i = 0; i < FILES; i++) {
            Files.createDirectories(dir.resolve(String.format("gpu_%02d", i)));
        }
        return folder(dir);
    }

    private static DatasetLoader loader(int threads) {
        return new DatasetLoader(ReaderRegistry.standard(), LoadOptions.defaults().withThreads(threads));
    }

    @Test
    void cancelMidLoadReturnsNothingAndTheNextLoadIsComplete(@TempDir Path dir) throws Exception {
        Path root = makeFolder(dir);
        CancellationToken token = new CancellationToken();
        AtomicReference<Dataset> leaked = new AtomicReference<>();
        ProgressListener cancelAtTen = (done, total, what) -> {
            if (done == 10) {
                token.cancel();
            }
        };
        assertThatThrownBy(() -> leaked.set(loader(2).load(root, cancelAtTen, token)))
                .isInstanceOf(CancellationException.class);
        assertThat(leaked.get()).as("no partial dataset").isNull();

        Dataset full = loader(2).load(root);
        assertThat(full.files()).hasSize(FILES);
        assertThat(full.rowCount(CanonicalTable.POWER)).isEqualTo(FILES * 5);
        // The cancelled load's worker threads end (daemon pool shut down with interrupts).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (loadThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(loadThreads()).isZero();
    }

    @Test
    void anInterruptedLoadIsACancellation(@TempDir Path dir) throws Exception {
        Path root = makeFolder(dir);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> loader(2).load(root, ProgressListener.NONE, CancellationToken.none()))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(loader(2).load(root).rowCount(CanonicalTable.POWER)).isEqualTo(FILES * 5);
    }

    @Test
    void aReloadDuringALoadGivesTwoCompleteEqualDatasets(@TempDir Path dir) throws Exception {
        Path root = makeFolder(dir);
        Dataset reference = loader(1).load(root);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Dataset>> loads = new ArrayList<>();
                for (int k = 0; k < 2; k++) {
                    loads.add(two.submit(() -> {
                        start.await();
                        return loader(2).load(root);
                    }));
                }
                start.countDown();
                for (Future<Dataset> f : loads) {
                    assertSame(reference, f.get(30, TimeUnit.SECONDS));
                }
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void concurrentLoadsKeepTheirOwnJsonLimits(@TempDir Path dir) throws Exception {
        // One JSONL line holding a 5000-character string: refused under a 1000-character limit only.
        Path root = dir.resolve("runs");
        Files.createDirectories(root);
        String lines = CorpusTemplate.head("sample-data/tr121-scaling/20251223_214506/runs.jsonl", 3);
        String withNote = "{\"note\": \"" + "s".repeat(5000) + "\", " + lines.substring(1);
        Files.writeString(root.resolve("runs.jsonl"), withNote, StandardCharsets.UTF_8);
        DatasetLoader strict = new DatasetLoader(ReaderRegistry.standard(), LoadOptions.defaults().withThreads(1)
                .withLimits(LoadLimits.defaults().withMaxJsonStringChars(1000)));
        DatasetLoader lenient = loader(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Future<Dataset> a = two.submit(() -> strict.load(root));
                Future<Dataset> b = two.submit(() -> lenient.load(root));
                // 3 lines: strict loses the first (error), lenient keeps all 3.
                assertThat(a.get(30, TimeUnit.SECONDS).files().get(0).records()).isEqualTo(2);
                assertThat(b.get(30, TimeUnit.SECONDS).files().get(0).records()).isEqualTo(3);
            }
        } finally {
            two.shutdownNow();
        }
    }

    private static void assertSame(Dataset expected, Dataset actual) {
        assertThat(actual.files().stream().map(SourceFile::path).toList())
                .isEqualTo(expected.files().stream().map(SourceFile::path).toList());
        assertThat(actual.files().stream().map(SourceFile::records).toList())
                .isEqualTo(expected.files().stream().map(SourceFile::records).toList());
        for (CanonicalTable t : CanonicalTable.values()) {
            assertThat(actual.rowCount(t)).as(t.name()).isEqualTo(expected.rowCount(t));
        }
        assertThat(actual.table(CanonicalTable.POWER).doubleColumn("power_w").asList())
                .isEqualTo(expected.table(CanonicalTable.POWER).doubleColumn("power_w").asList());
    }

    private static long loadThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("chimera-load") && t.isAlive()).count();
    }
}
