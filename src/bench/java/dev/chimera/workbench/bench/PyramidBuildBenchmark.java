package dev.chimera.workbench.bench;

import dev.chimera.workbench.chart.DecimationPyramid;
import java.util.SplittableRandom;
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
 * Building the min/max pyramid of a 10 M-sample trace (the same data as {@link DecimationBenchmark}), next to
 * one plain min/max pass over the same array in the same run; and the whole trace decimated to 2,000 columns from
 * the built pyramid (compare {@code DecimationBenchmark.decimate}, the same result by a pass over all samples).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class PyramidBuildBenchmark {
    static final int SAMPLES = 10_000_000;
    static final int PIXELS = 2_000;
    private double[] x;
    private double[] y;
    private DecimationPyramid built;

    @Setup
    public void setUp() {
        x = new double[SAMPLES];
        y = new double[SAMPLES];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = i * 0.1;
            y[i] = 130 + 15 * Math.sin(i / 5000.0) + r.nextGaussian() * 3;
        }
        built = DecimationPyramid.build(x, y);
    }

    @Benchmark
    public double baselineMinMaxPass() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min + x[SAMPLES - 1];
    }

    @Benchmark
    public DecimationPyramid build() {
        return DecimationPyramid.build(x, y);
    }

    @Benchmark
    public int[] keepWholeTrace() {
        return built.keep(0, SAMPLES, PIXELS);
    }
}
