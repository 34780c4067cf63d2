package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.Bootstrap;
import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.SampleFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a distribution computation depends on, as one immutable value handed to the worker.
 *
 * @param metric         runs column, e.g. latency_ms
 * @param groupBy        runs column the groups (and colours) follow
 * @param valueFilters   column → values kept; a column not in the map is not filtered
 * @param warmupsAsGroup warmup rows form their own group next to each steady group
 * @param columns        pixel columns the curves are decimated to
 * @param ci             bootstrap CIs of mean, p50, p95, p99 in the percentile table (groups up to
 *                       {@link #CI_MAX_N} samples)
 */
public record DistributionSettings(String metric, String groupBy, Map<String, Set<String>> valueFilters,
                                   SampleFilter sampleFilter, boolean warmupsAsGroup, boolean logX,
                                   PercentileMethod method, int columns, boolean ci) {

    /** Dimensions that can be filtered with a check list. */
    public static final List<String> FILTER_COLUMNS = List.of("backend", "model", "scenario", "mode");
    /** Columns that can group and colour. */
    public static final List<String> GROUP_COLUMNS = List.of("backend", "model", "scenario", "mode", "source_file");

    /** Largest group the CI toggle bootstraps (1,000 resamples of 100,000 values take a few seconds). */
    public static final int CI_MAX_N = 100_000;
    /** Seeded, so the same samples always show the same intervals. */
    public static final Bootstrap CI_BOOTSTRAP = new Bootstrap(1000, 0.95, 42);

    public DistributionSettings {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        valueFilters.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        valueFilters = java.util.Collections.unmodifiableMap(copy);
    }
}
