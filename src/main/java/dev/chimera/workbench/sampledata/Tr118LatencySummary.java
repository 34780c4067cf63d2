package dev.chimera.workbench.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code latency_summary_<mode>.csv} recomputed from the generated raw runs the way tr-formats.md §2.2 says:
 * one row per backend × scenario (sorted, as pandas groupby does), statistics over per-run means of ok runs.
 */
final class Tr118LatencySummary {
    static final String HEADER = "backend,scenario,n_total,n_ok,n_degraded,degraded_rate,throughput_mean_tok_s,"
            + "throughput_median_tok_s,ttft_mean_ms,ttft_median_ms,warmup_mean_latency_ms,warmup_median_latency_ms,"
            + "mean,median,std,min,max,q25,q75,ci_lower,ci_upper,n";

    private Tr118LatencySummary() {
    }

    static List<String> lines(List<BenchRun> runs) {
        Map<String, List<BenchRun>> groups = new TreeMap<>();
        for (BenchRun run : runs) {
            groups.computeIfAbsent(run.backend() + "\u0000" + run.scenario(), k -> new ArrayList<>()).add(run);
        }
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        for (List<BenchRun> group : groups.values()) {
            out.add(SampleFiles.csvRow(row(group)));
        }
        return out;
    }

    private static List<String> row(List<BenchRun> group) {
        List<Double> lat = new ArrayList<>();
        List<Double> tput = new ArrayList<>();
        List<Double> ttft = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        int ok = 0;
        for (BenchRun run : group) {
            if (!run.ok()) {
                continue;
            }
            ok++;
            addMean(lat, run.latencies());
            addMean(tput, run.throughputs());
            addMean(ttft, run.ttfts());
            addMean(warm, run.warmups());
        }
        int total = group.size();
        List<String> cells = new ArrayList<>();
        cells.add(group.get(0).backend());
        cells.add(group.get(0).scenario());
        cells.add(Integer.toString(total));
        cells.add(Integer.toString(ok));
        cells.add(Integer.toString(total - ok));
        cells.add(Num.fmt((double) (total - ok) / total));
        cells.add(Num.fmt(SampleStats.mean(tput)));
        cells.add(Num.fmt(SampleStats.median(tput)));
        cells.add(Num.fmt(SampleStats.mean(ttft)));
        cells.add(Num.fmt(SampleStats.median(ttft)));
        cells.add(Num.fmt(SampleStats.mean(warm)));
        cells.add(Num.fmt(SampleStats.median(warm)));
        cells.addAll(SampleStats.latencyBlock(lat));
        return cells;
    }

    static void addMean(List<Double> target, List<Double> values) {
        if (!values.isEmpty()) {
            target.add(SampleStats.mean(values));
        }
    }
}
