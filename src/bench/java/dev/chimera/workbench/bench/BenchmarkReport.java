package dev.chimera.workbench.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the workbench's JMH benchmarks and prints each performance target with the measured value and pass/fail.
 * Absolute targets are judged on the p95 of JMH's sample-time distribution; each is shown next to the baseline
 * measured in the same run so a slow machine is visible as such.
 *
 * <p>Usage: {@code mvn -B -Pbench test-compile exec:exec} (an optional JMH include regex as
 * {@code -Dbench.include=...}).
 */
public final class BenchmarkReport {
    /** Slider step, engine part: issue 5 target ≤ 16 ms at p95. */
    static final double SLIDER_STEP_P95_MS = 16.0;
    /** Decimating 10 M samples to 2,000 pixels: issue 10 target ≤ 60 ms. */
    static final double DECIMATION_P95_MS = 60.0;

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        String include = System.getProperty("bench.include", ".*Benchmark.*");
        Options options = new OptionsBuilder().include(include).build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println("Chimera Workbench performance targets");
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"));
        double baselineP95 = Double.NaN;
        double stepP95 = Double.NaN;
        double scanP95 = Double.NaN;
        double vmStepP95 = Double.NaN;
        double decimateP95 = Double.NaN;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            Statistics st = r.getPrimaryResult().getStatistics();
            double p95Ms = toMillis(st.getPercentile(95), r.getPrimaryResult().getScoreUnit());
            if (name.endsWith("baselineNextSize")) {
                baselineP95 = p95Ms;
            } else if (name.endsWith("sliderStep")) {
                stepP95 = p95Ms;
            } else if (name.endsWith("baselineMinMaxPass")) {
                scanP95 = p95Ms;
            } else if (name.endsWith("viewModelSliderStep")) {
                vmStepP95 = p95Ms;
            } else if (name.endsWith("decimate")) {
                decimateP95 = p95Ms;
            }
        }
        line("model-size slider step (engine)", SLIDER_STEP_P95_MS, stepP95, baselineP95);
        line("model-size slider step (ViewModel)", SLIDER_STEP_P95_MS, vmStepP95, baselineP95);
        line("decimate 10 M samples to 2,000 px", DECIMATION_P95_MS, decimateP95, scanP95);
    }

    static void line(String what, double targetMs, double measuredMs, double baselineMs) {
        if (Double.isNaN(measuredMs)) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-44s target <= %.1f ms p95   measured %.4f ms p95 (baseline %.4f ms, "
                + "ratio %.1f)   %s%n", what, targetMs, measuredMs, baselineMs, measuredMs / baselineMs,
                measuredMs <= targetMs ? "PASS" : "FAIL");
    }

    private static double toMillis(double value, String unit) {
        return switch (unit) {
            case "ns/op" -> value / 1e6;
            case "us/op" -> value / 1e3;
            case "ms/op" -> value;
            case "s/op" -> value * 1e3;
            default -> Double.NaN;
        };
    }
}
