package dev.chimera.workbench.bench;

import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.ModelRegistry;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.regime.MatrixAdvice;
import dev.chimera.workbench.regime.RegimeAdvisor;
import dev.chimera.workbench.regime.RegimeInputs;
import dev.chimera.workbench.regime.YourRegime;
import java.nio.file.Path;
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
 * The engine part of one model-size slider step on the bundled TR118 crossover sample: the regime matrices'
 * recommendation and the data's winner at the new size (the fits are precomputed once per dataset, as in the
 * GUI). Sizes sweep 0.1 M → 1 T in 200 log steps, crossing every tier boundary.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SliderStepBenchmark {
    private RegimeAdvisor advisor;
    private List<YourRegime> yours;
    private double[] sizes;
    private int step;

    @Setup
    public void setUp() throws Exception {
        var runs = DatasetLoader.standard().load(Path.of("sample-data/tr118-crossover")).table(CanonicalTable.RUNS);
        ScalingData data = ScalingData.collect(runs, ScalingOptions.defaults(ScalingMetric.THROUGHPUT,
                Aggregation.MEAN_OF_SCENARIO_MEANS).withRegistry(ModelRegistry.builtIn()));
        yours = List.of(YourRegime.of(data, "prefill"), YourRegime.of(data, "generate"));
        advisor = RegimeAdvisor.builtIn();
        sizes = new double[200];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = Math.pow(10, 5 + 7.0 * i / (sizes.length - 1));
        }
    }

    /** Baseline of the same run: reading the next size, the loop's own cost. */
    @Benchmark
    public double baselineNextSize() {
        step = (step + 1) % sizes.length;
        return sizes[step];
    }

    @Benchmark
    public void sliderStep(Blackhole bh) {
        step = (step + 1) % sizes.length;
        double size = sizes[step];
        List<MatrixAdvice> advice = advisor.advise(RegimeInputs.of(size, "yes", "balanced", "mixed"));
        bh.consume(advice);
        for (YourRegime y : yours) {
            bh.consume(y.at(size));
        }
    }
}
