package dev.chimera.workbench.bench;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a 10 M-sample TR122 power trace (≈ 0.8 GB of CSV) in a JVM limited to {@code -Xmx2g} (issue 10
 * target: it loads). An OutOfMemoryError fails the fork, and the report prints FAIL for a missing result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class TraceLoadBenchmark {
    static final int SAMPLES = 10_000_000;

    @Setup
    public void setUp() {
        BenchData.powerTrace(SAMPLES);
    }

    @Benchmark
    public int load10mTraceUnder2g() throws IOException {
        int rows = DatasetLoader.standard().load(BenchData.powerTrace(SAMPLES)).table(CanonicalTable.POWER)
                .rowCount();
        if (rows != SAMPLES) {
            throw new IllegalStateException("expected " + SAMPLES + " rows, got " + rows);
        }
        return rows;
    }
}
