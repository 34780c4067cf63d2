package dev.chimera.workbench.bench;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.analysis.Summarizer;
import dev.chimera.workbench.chart.Decimator;
import dev.chimera.workbench.chart.PowerTraceChart;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.power.PowerTrace;
import dev.chimera.workbench.power.PowerTraces;
import java.io.IOException;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Opening a folder with 1 M run rows (TR117 metrics.csv) and a 1 M-sample TR122 power trace until the data of
 * the first charts is ready (issue 10 target ≤ 3 s): the folder load, the trace split out of the power table and
 * decimated to the chart's 2,000 columns, and the latency summary by backend × model. Single shot, as a user
 * opens a folder once; few warm-ups so a near-cold JVM is measured. Baseline of the same run: the raw FastCSV
 * parse of both files into arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Xms3g"})
public class FolderOpenBenchmark {

    @Setup
    public void setUp() {
        BenchData.folder();
    }

    @Benchmark
    public void openFolderToFirstChart(Blackhole bh) throws IOException {
        Dataset d = DatasetLoader.standard().load(BenchData.folder());
        List<PowerTrace> traces = PowerTraces.from(d.table(CanonicalTable.POWER));
        for (PowerTrace t : traces) {
            bh.consume(Decimator.keep(t.times(), t.powers(), PowerTraceChart.COLUMNS));
        }
        bh.consume(Summarizer.summarize(d.table(CanonicalTable.RUNS), RunColumns.LATENCY_MS,
                List.of(RunColumns.BACKEND, RunColumns.MODEL), SampleFilter.defaults(), PercentileMethod.LINEAR));
    }

    @Benchmark
    public long baselineRawParse() throws IOException {
        return RawCsv.cells(BenchData.folder().resolve("metrics.csv"))
                + RawCsv.cells(BenchData.folder().resolve("power_trace.csv"));
    }
}
