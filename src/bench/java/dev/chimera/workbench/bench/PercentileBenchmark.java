package dev.chimera.workbench.bench;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.analysis.SummaryResult;
import dev.chimera.workbench.analysis.Summarizer;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import tech.tablesaw.api.Table;

/**
 * p50/p95/p99 of latency_ms over the 1 M loaded run rows grouped by (backend, model) — 20 groups — through
 * {@link Summarizer} (the path of the CLI {@code summarize} and the Distributions view), next to the in-run
 * baseline: plain Java bucket-and-sort over the same values already extracted into arrays (issue 10 target: ours
 * ≤ 1.5× the baseline).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Xms3g"})
public class PercentileBenchmark {
    private Table runs;
    private String[] backend;
    private String[] model;
    private String[] status;
    private double[] latency;

    @Setup
    public void setUp() throws Exception {
        runs = DatasetLoader.standard().load(BenchData.runsCsv()).table(CanonicalTable.RUNS);
        int n = runs.rowCount();
        backend = new String[n];
        model = new String[n];
        status = new String[n];
        latency = runs.doubleColumn(RunColumns.LATENCY_MS).asDoubleArray();
        for (int i = 0; i < n; i++) {
            backend[i] = runs.stringColumn(RunColumns.BACKEND).get(i);
            model[i] = runs.stringColumn(RunColumns.MODEL).get(i);
            status[i] = runs.stringColumn(RunColumns.STATUS).get(i);
        }
    }

    @Benchmark
    public SummaryResult summarizer() {
        return Summarizer.summarize(runs, RunColumns.LATENCY_MS, List.of(RunColumns.BACKEND, RunColumns.MODEL),
                SampleFilter.defaults(), PercentileMethod.LINEAR);
    }

    /** Baseline: bucket by the two keys into growable double arrays, sort each bucket, read p50/p95/p99. */
    @Benchmark
    public List<double[]> baselineBucketSort() {
        Map<String, Bucket> buckets = new HashMap<>();
        for (int i = 0; i < latency.length; i++) {
            if (!"ok".equals(status[i]) || Double.isNaN(latency[i])) {
                continue;
            }
            buckets.computeIfAbsent(backend[i] + '\u0001' + model[i], k -> new Bucket()).add(latency[i]);
        }
        List<double[]> out = new ArrayList<>();
        for (Bucket b : buckets.values()) {
            double[] v = Arrays.copyOf(b.values, b.size);
            Arrays.sort(v);
            out.add(new double[] {PercentileMethod.LINEAR.of(v, v.length, 0.50),
                PercentileMethod.LINEAR.of(v, v.length, 0.95), PercentileMethod.LINEAR.of(v, v.length, 0.99)});
        }
        return out;
    }

    private static final class Bucket {
        double[] values = new double[1024];
        int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
