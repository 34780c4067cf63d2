package dev.chimera.workbench.cost;

import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.model.SummaryColumns;
import dev.chimera.workbench.power.TableColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * Throughput and power per backend × mode × scenario, from raw runs (TR119 bench JSONL: tokens_per_s samples and
 * the per-run resource means run_gpu_power_mean_w / run_cpu_power_mean_w) or from the harness's processed
 * latency_summary_cost.csv. Raw: per run the mean of its measured ok samples, then the mean over runs (TR119's
 * throughput_mean_tok_s); power the mean of the runs' resource means.
 */
public final class CostInputs {
    static final String GPU_W = "run_gpu_power_mean_w";
    static final String CPU_W = "run_cpu_power_mean_w";
    static final String CPU_UTIL = "run_cpu_utilization_mean_pct";
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)\\D*$");

    /** Which raw files feed the costs. */
    public enum FileSelection {
        /** TR119 analyze_results.py: per mode only the newest raw file (largest run id in the name) */
        NEWEST_PER_MODE,
        /** every raw file pooled (re-runs count as extra runs) */
        ALL
    }

    private CostInputs() {
    }

    public static List<ThroughputPoint> fromRuns(Table runs, FileSelection selection) {
        TableColumn file = TableColumn.of(runs, RunColumns.SOURCE_FILE);
        TableColumn runId = TableColumn.of(runs, RunColumns.RUN_ID);
        TableColumn backend = TableColumn.of(runs, RunColumns.BACKEND);
        TableColumn mode = TableColumn.of(runs, RunColumns.MODE);
        TableColumn scenario = TableColumn.of(runs, RunColumns.SCENARIO);
        TableColumn tps = TableColumn.of(runs, RunColumns.TOKENS_PER_S);
        TableColumn warmup = TableColumn.of(runs, RunColumns.IS_WARMUP);
        TableColumn status = TableColumn.of(runs, RunColumns.STATUS);
        TableColumn gpuW = TableColumn.of(runs, GPU_W);
        TableColumn cpuW = TableColumn.of(runs, CPU_W);
        TableColumn cpuUtil = TableColumn.of(runs, CPU_UTIL);
        if (!gpuW.present() && !cpuW.present()) {
            return List.of();
        }
        Map<String, String> newest = new HashMap<>(); // mode → file
        for (int row = 0; row < runs.rowCount(); row++) {
            if (Double.isFinite(tps.number(row))) {
                newest.merge(mode.text(row), file.text(row), (a, b) -> runNumber(b) > runNumber(a) ? b : a);
            }
        }
        Map<List<String>, Map<String, double[]>> groups = new LinkedHashMap<>(); // key → run → {Σtps, n, gpu, cpu, util}
        Map<List<String>, java.util.Set<String>> files = new HashMap<>();
        for (int row = 0; row < runs.rowCount(); row++) {
            double v = tps.number(row);
            if (!Double.isFinite(v) || Boolean.TRUE.equals(warmup.bool(row))
                    || !(status.text(row).isEmpty() || status.text(row).equals("ok"))) {
                continue;
            }
            if (selection == FileSelection.NEWEST_PER_MODE && !file.text(row).equals(newest.get(mode.text(row)))) {
                continue;
            }
            List<String> key = List.of(backend.text(row), mode.text(row), scenario.text(row));
            String run = runId.text(row).isEmpty() ? file.text(row) : runId.text(row);
            int r = row;
            double[] acc = groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(run,
                    k -> new double[] {0, 0, gpuW.number(r), cpuW.number(r), cpuUtil.number(r)});
            acc[0] += v;
            acc[1]++;
            files.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(file.text(row));
        }
        List<ThroughputPoint> out = new ArrayList<>();
        groups.forEach((key, perRun) -> {
            double[] means = new double[4];
            int[] counts = new int[4];
            for (double[] acc : perRun.values()) {
                add(means, counts, 0, acc[0] / acc[1]);
                add(means, counts, 1, acc[2]);
                add(means, counts, 2, acc[3]);
                add(means, counts, 3, acc[4]);
            }
            out.add(new ThroughputPoint(key.get(0), key.get(1), key.get(2), mean(means, counts, 0),
                    mean(means, counts, 1), mean(means, counts, 2), mean(means, counts, 3), perRun.size(),
                    String.join(", ", files.get(key))));
        });
        return out;
    }

    /** From TR119 processed/latency_summary_cost.csv rows of the summaries table. */
    public static List<ThroughputPoint> fromSummaries(Table summaries) {
        TableColumn file = TableColumn.of(summaries, SummaryColumns.SOURCE_FILE);
        TableColumn format = TableColumn.of(summaries, SummaryColumns.FORMAT);
        TableColumn backend = TableColumn.of(summaries, SummaryColumns.BACKEND);
        TableColumn mode = TableColumn.of(summaries, SummaryColumns.MODE);
        TableColumn scenario = TableColumn.of(summaries, SummaryColumns.SCENARIO);
        TableColumn metric = TableColumn.of(summaries, SummaryColumns.METRIC);
        TableColumn stat = TableColumn.of(summaries, SummaryColumns.STATISTIC);
        TableColumn value = TableColumn.of(summaries, SummaryColumns.VALUE);
        Map<List<String>, double[]> cells = new LinkedHashMap<>(); // tps, gpu, cpu, util, n
        Map<List<String>, String> origin = new HashMap<>();
        for (int row = 0; row < summaries.rowCount(); row++) {
            if (!format.text(row).equals("tr119.latency_summary_cost.csv")) {
                continue;
            }
            String m = metric.text(row) + "/" + stat.text(row);
            int k = switch (m) {
                case "throughput_tok_s/mean" -> 0;
                case "gpu_power_w/mean" -> 1;
                case "cpu_power_w/mean" -> 2;
                case "cpu_utilization_pct/mean" -> 3;
                case "latency_ms/n" -> 4;
                default -> -1;
            };
            if (k < 0) {
                continue;
            }
            List<String> key = List.of(backend.text(row), mode.text(row), scenario.text(row));
            cells.computeIfAbsent(key, x -> new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN})[k] = value.number(row);
            origin.putIfAbsent(key, file.text(row));
        }
        List<ThroughputPoint> out = new ArrayList<>();
        cells.forEach((key, c) -> {
            if (Double.isFinite(c[0])) {
                out.add(new ThroughputPoint(key.get(0), key.get(1), key.get(2), c[0], c[1], c[2], c[3],
                        Double.isFinite(c[4]) ? (int) c[4] : 0, origin.get(key)));
            }
        });
        return out;
    }

    private static void add(double[] sums, int[] counts, int k, double v) {
        if (Double.isFinite(v)) {
            sums[k] += v;
            counts[k]++;
        }
    }

    private static double mean(double[] sums, int[] counts, int k) {
        return counts[k] == 0 ? Double.NaN : sums[k] / counts[k];
    }

    /** The run id in a raw file name (bench_tr119_1766283446.jsonl → 1766283446); -1 when none. */
    static long runNumber(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        Matcher m = TRAILING_NUMBER.matcher(name);
        if (!m.find()) {
            return -1;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
