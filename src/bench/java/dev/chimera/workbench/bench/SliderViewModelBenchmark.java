package dev.chimera.workbench.bench;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ui.regime.RegimeViewModel;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
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
 * One slider step through the Regimes ViewModel on the TR118 sample (issue 5 target ≤ 16 ms p95): the size
 * property changes and every listener runs — matrix recommendation, decision path, the data's winner and label,
 * the highlighted matrix row and the cursor position the View reads. The fits were computed once in setup, as in
 * the app. JavaFX properties need no running toolkit; drawing the overlay line itself is a node move.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SliderViewModelBenchmark {
    private RegimeViewModel viewModel;
    private double[] sizes;
    private int step;

    @Setup
    public void setUp() throws Exception {
        viewModel = new RegimeViewModel(new CurrentThreadTaskExecutor());
        viewModel.setDataset(DatasetLoader.standard().load(Path.of("sample-data/tr118-crossover")));
        sizes = new double[200];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = Math.pow(10, 5 + 7.0 * i / (sizes.length - 1));
        }
    }

    /** Baseline of the same run: reading the next size. */
    @Benchmark
    public double baselineNextSize() {
        step = (step + 1) % sizes.length;
        return sizes[step];
    }

    @Benchmark
    public Object viewModelSliderStep() {
        step = (step + 1) % sizes.length;
        viewModel.paramsProperty().set(sizes[step]);
        return viewModel.step();
    }
}
