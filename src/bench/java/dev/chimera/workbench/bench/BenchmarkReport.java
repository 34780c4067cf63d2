package dev.chimera.workbench.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the workbench's JMH benchmarks (and the heap probe in its own JVM) and prints each issue 10 target with
 * the measured ratio or time and PASS/FAIL. Ratios compare our path with a baseline measured in the same run, so
 * a slow or busy machine shows as such rather than as a regression. JMH's JSON goes to
 * {@code target/bench-results/jmh.json}.
 *
 * <p>Usage: {@code mvn -B -Pbench test-compile exec:exec} — optional {@code -Dbench.include=REGEX} (JMH include
 * regex), {@code -Dbench.long=true} (3 forks, 10 measurement iterations: the long run).
 */
public final class BenchmarkReport {
    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        String include = System.getProperty("bench.include", ".*Benchmark.*");
        boolean longRun = Boolean.getBoolean("bench.long");
        Path out = Path.of("target/bench-results");
        Files.createDirectories(out);
        prepareData(include);
        ChainedOptionsBuilder options = new OptionsBuilder().include(include)
                .jvmArgsAppend("-Dbench.data=" + BenchData.root())
                .resultFormat(ResultFormatType.JSON).result(out.resolve("jmh.json").toString());
        if (longRun) {
            options.forks(3).measurementIterations(10);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Statistics> stats = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String simple = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            stats.put(simple, r.getPrimaryResult().getStatistics());
            units.put(simple, r.getPrimaryResult().getScoreUnit());
        }
        Map<String, Long> heap = Pattern.compile("FolderOpen|Heap").matcher(include).find()
                || include.equals(".*Benchmark.*") ? heapProbe("-Xmx3g") : Map.of();
        // The definitive check: does the folder load in a heap of twice its column bytes at all?
        Map<String, Long> tight = heap.containsKey("columnBytes")
                ? heapProbe("-Xmx" + 2 * heap.get("columnBytes") / (1024 * 1024) + "m") : Map.of();

        Table t = new Table(stats, units);
        System.out.println();
        System.out.println("Chimera Workbench performance targets (issue 10)");
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s (%s), %s %s, load average %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.version"),
                loadAverage());
        System.out.printf(Locale.ROOT, "%-58s %-22s %-44s %s%n", "target", "limit", "measured", "result");
        t.ratio("ingest 1 M-row CSV vs raw FastCSV parse", "IngestBenchmark.loadRunsCsv",
                "IngestBenchmark.rawFastCsvRuns", 50, 1.25);
        t.ratio("ingest 1 M-line JSONL vs raw Jackson streaming", "IngestBenchmark.loadRequestsJsonl",
                "IngestBenchmark.rawJacksonRequests", 50, 1.25);
        if (include.equals(".*Benchmark.*") || include.contains("Ingest")) {
            Map<String, Long> paired = probe(PairedIngest.class.getName(), "-Xmx3g", longRun ? "9" : "4");
            if (paired.containsKey("csvRatio")) {
                double csv = paired.get("csvRatio") / 1000.0;
                double json = paired.get("jsonRatio") / 1000.0;
                t.row("  same, CSV, interleaved pairs (median ratio)", "<= 1.25x",
                        String.format(Locale.ROOT, "%.2fx", csv), csv <= 1.25);
                t.row("  same, JSONL, interleaved pairs (median ratio)", "<= 1.25x",
                        String.format(Locale.ROOT, "%.2fx", json), json <= 1.25);
            }
        }
        t.ratio("p50/p95/p99 of 1 M rows by 2 keys vs bucket-and-sort", "PercentileBenchmark.summarizer",
                "PercentileBenchmark.baselineBucketSort", 50, 1.5);
        t.time("decimate 10 M samples to 2,000 px (p95)", "DecimationBenchmark.decimate",
                "DecimationBenchmark.baselineMinMaxPass", 95, 60);
        t.time("zoom/pan redraw of a 10 M trace, 1200x600 (p95)", "ZoomRedrawBenchmark.zoomPanRedraw",
                "ZoomRedrawBenchmark.baselineRenderOnly", 95, 120);
        t.time("  same, slice decimated from the pyramid (p95)", "ZoomRedrawBenchmark.zoomPanRedrawPyramid",
                "ZoomRedrawBenchmark.baselineRenderOnly", 95, 120);
        t.info("  decimation of the zoom/pan views alone, pyramid vs pass", "ZoomRedrawBenchmark.slicePyramid",
                "ZoomRedrawBenchmark.sliceDecimator", 95);
        t.info("build the pyramid of 10 M samples vs a min/max pass", "PyramidBuildBenchmark.build",
                "PyramidBuildBenchmark.baselineMinMaxPass", 50);
        t.time("  whole 10 M trace to 2,000 px from the pyramid (p95)", "PyramidBuildBenchmark.keepWholeTrace",
                "PyramidBuildBenchmark.baselineMinMaxPass", 95, 60);
        t.time("model-size slider step, engine (p95)", "SliderStepBenchmark.sliderStep",
                "SliderStepBenchmark.baselineNextSize", 95, 16);
        t.time("model-size slider step, ViewModel (p95)", "SliderViewModelBenchmark.viewModelSliderStep",
                "SliderViewModelBenchmark.baselineNextSize", 95, 16);
        t.time("open folder (1 M rows + 1 M trace) to first chart", "FolderOpenBenchmark.openFolderToFirstChart",
                "FolderOpenBenchmark.baselineRawParse", 50, 3000);
        if (heap.containsKey("columnBytes")) {
            double cols = heap.get("columnBytes");
            String measured = String.format(Locale.ROOT, "peak %.2fx (%.0f MB), after-GC peak %.2fx, retained %.2fx"
                    + " of %.0f MB columns", heap.get("peakBytes") / cols, heap.get("peakBytes") / 1e6,
                    heap.get("peakAfterGcBytes") / cols, heap.get("retainedBytes") / cols, cols / 1e6);
            t.row("heap while loading the folder (in a -Xmx3g JVM)", "(information)", measured, null);
            t.row("folder loads in a heap of 2x its column bytes", "<= 2.00x", String.format(Locale.ROOT,
                    "-Xmx%dm: %s", 2 * heap.get("columnBytes") / (1024 * 1024), tight.containsKey("columnBytes")
                    ? "loaded" : "OutOfMemoryError"), tight.containsKey("columnBytes"));
        }
        Statistics big = stats.get("TraceLoadBenchmark.load10mTraceUnder2g");
        if (include.equals(".*Benchmark.*") || include.contains("TraceLoad")) {
            t.row("10 M-sample trace loads under -Xmx2g", "loads", big == null ? "no result (OOM or error)"
                    : String.format(Locale.ROOT, "loaded in %.1f s", toMillis(big.getPercentile(50),
                    units.get("TraceLoadBenchmark.load10mTraceUnder2g")) / 1000), big != null);
        }
        System.out.println("startup to first window with sample data: measured by scripts/startup-time.sh "
                + "(see docs/benchmarks.md)");
    }

    /** Generates the large inputs before JMH starts, so no measured fork pays for it. */
    private static void prepareData(String include) {
        boolean all = include.equals(".*Benchmark.*");
        if (all || Pattern.compile("Ingest|Percentile").matcher(include).find()) {
            BenchData.runsCsv();
            BenchData.requestsJsonl();
        }
        if (all || include.contains("FolderOpen")) {
            BenchData.folder();
        }
        if (all || include.contains("TraceLoad")) {
            BenchData.powerTrace(TraceLoadBenchmark.SAMPLES);
        }
    }

    /** Runs {@link HeapProbe} in a fresh JVM and parses its one line. */
    private static Map<String, Long> heapProbe(String xmx) throws Exception {
        return probe(HeapProbe.class.getName(), xmx, BenchData.folder().toString());
    }

    /** Runs a bench {@code main} in a fresh JVM and parses the {@code key=number} pairs of its upper-case line. */
    private static Map<String, Long> probe(String mainClass, String xmx, String arg) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, xmx, "-Dbench.data=" + BenchData.root(), "-cp",
                System.getProperty("java.class.path"), mainClass, arg);
        pb.redirectError(new File("target/bench-results/" + mainClass.substring(mainClass.lastIndexOf('.') + 1)
                + ".err"));
        Process p = pb.start();
        Map<String, Long> values = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("HEAP ") || line.startsWith("PAIRED ")) {
                    System.out.println(xmx + ": " + line);
                    Matcher m = Pattern.compile("(\\w+)=(\\d+)").matcher(line);
                    while (m.find()) {
                        values.put(m.group(1), Long.parseLong(m.group(2)));
                    }
                }
            }
        }
        p.waitFor();
        return values;
    }

    private static String loadAverage() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", l);
    }

    static double toMillis(double value, String unit) {
        return switch (unit) {
            case "ns/op" -> value / 1e6;
            case "us/op" -> value / 1e3;
            case "ms/op" -> value;
            case "s/op" -> value * 1e3;
            default -> Double.NaN;
        };
    }

    /** The printed table. */
    private static final class Table {
        private final Map<String, Statistics> stats;
        private final Map<String, String> units;
        final List<String> failed = new ArrayList<>();

        Table(Map<String, Statistics> stats, Map<String, String> units) {
            this.stats = stats;
            this.units = units;
        }

        double ms(String bench, double percentile) {
            Statistics s = stats.get(bench);
            return s == null ? Double.NaN : toMillis(s.getPercentile(percentile), units.get(bench));
        }

        void ratio(String what, String ours, String baseline, double percentile, double limit) {
            double a = ms(ours, percentile);
            double b = ms(baseline, percentile);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return;
            }
            row(what, String.format(Locale.ROOT, "<= %.2fx", limit), String.format(Locale.ROOT,
                    "%.2fx (%.1f ms vs %.1f ms, p%.0f)", a / b, a, b, percentile), a / b <= limit);
        }

        /** A ratio printed for information (no target). */
        void info(String what, String ours, String baseline, double percentile) {
            double a = ms(ours, percentile);
            double b = ms(baseline, percentile);
            if (!Double.isNaN(a) && !Double.isNaN(b)) {
                row(what, "(information)", String.format(Locale.ROOT, "%.3fx (%s ms vs %s ms, p%.0f)", a / b, fmt(a),
                        fmt(b), percentile), null);
            }
        }

        void time(String what, String ours, String baseline, double percentile, double limitMs) {
            double a = ms(ours, percentile);
            if (Double.isNaN(a)) {
                return;
            }
            double b = ms(baseline, percentile);
            row(what, String.format(Locale.ROOT, "<= %.0f ms", limitMs), String.format(Locale.ROOT,
                    "%s ms (baseline %s ms, %.1fx)", fmt(a), fmt(b), a / b), a <= limitMs);
        }

        void row(String what, String limit, String measured, Boolean pass) {
            System.out.printf(Locale.ROOT, "%-58s %-22s %-44s %s%n", what, limit, measured,
                    pass == null ? "info" : pass ? "PASS" : "FAIL");
        }

        private static String fmt(double ms) {
            return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : ms >= 1
                    ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.4f", ms);
        }
    }
}
