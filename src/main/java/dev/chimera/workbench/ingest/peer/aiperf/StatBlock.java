package dev.chimera.workbench.ingest.peer.aiperf;

import dev.chimera.workbench.ingest.SummaryRow;
import java.util.Map;

/**
 * Writes one metric's statistics ({@code {"unit", "avg", "min", "p50" ...}} in JSON or one row of a stats
 * CSV) as summaries rows: canonical metric and unit, values converted, {@code avg} → mean, {@code p50} also
 * as median, a lone {@code avg} ("system" metrics such as throughput) → value, AIPerf's {@code adj_pNN}
 * (failed requests counted as infinite latency) under population {@code all}.
 */
public final class StatBlock {
    private StatBlock() {
    }

    /**
     * @param row        builder with group, run label, percentile method and std kind already set
     * @param metric     canonical metric name
     * @param unit       the unit string the tool wrote for this metric
     * @param stats      statistic key → value in the source unit, in the tool's order
     * @param population population of the plain statistics (ok, errored, gpu:0 ...)
     * @param nativeBase the tool's name of the metric; native_key = nativeBase + "." + statistic key
     * @return rows added
     */
    public static int emit(SummaryRow row, String metric, String unit, Map<String, Double> stats,
                           String population, String nativeBase) {
        PerfUnits.Scale scale = PerfUnits.scale(unit, metric);
        // Only the statistics that have a value count: the CSV exports leave the others empty or N/A.
        boolean scalar = stats.keySet().stream().anyMatch(StatBlock::isAverage) && stats.entrySet().stream()
                .filter(e -> e.getValue() != null && !Double.isNaN(e.getValue()))
                .allMatch(e -> isAverage(e.getKey()) || e.getKey().equals("sum") || e.getKey().equals("count"));
        int added = 0;
        for (Map.Entry<String, Double> e : stats.entrySet()) {
            String key = e.getKey();
            double v = e.getValue() == null ? Double.NaN : e.getValue();
            String stat = MetricNames.statistic(key);
            if (stat == null || Double.isNaN(v)) {
                continue;
            }
            if (scalar && isAverage(key)) {
                stat = "value";
            }
            boolean count = stat.equals("count");
            row.metric(metric, count ? "count" : scale.unit())
                    .population(key.startsWith("adj_") ? "all" : population)
                    .nativeKey(nativeBase + "." + key)
                    .add(stat, count ? v : scale.apply(v));
            added++;
            if (stat.equals("p50")) {
                row.add("median", scale.apply(v));
                added++;
            }
        }
        row.population(population);
        return added;
    }

    /** {@code avg} of the JSON exports and the {@code Value} column of the CSV system-metrics tables. */
    private static boolean isAverage(String key) {
        return key.equals("avg") || key.equalsIgnoreCase("value");
    }
}
