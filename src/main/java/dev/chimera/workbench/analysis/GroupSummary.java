package dev.chimera.workbench.analysis;

import java.util.List;
import java.util.Map;

/**
 * Statistics of one group, with what was left out of it so every number says what it is over.
 *
 * @param key            group column → value
 * @param stats          statistics of the selected samples
 * @param failedExcluded rows left out because their status was not ok
 * @param warmupExcluded rows left out because they were warmups
 * @param firstDropped   first samples of runs left out
 * @param missingValue   selected rows without a value of the metric
 * @param warnings       e.g. "p99 with n = 40 is the maximum"
 * @param intervals      bootstrap CIs when asked for ({@link SummaryOptions#bootstrap()}), else null
 * @param trimmedMean    trimmed mean when asked for ({@link SummaryOptions#trimProportion()}), else NaN
 */
public record GroupSummary(Map<String, String> key, Stats stats, long failedExcluded, long warmupExcluded,
                           long firstDropped, long missingValue, List<String> warnings, GroupIntervals intervals,
                           double trimmedMean) {

    public GroupSummary {
        key = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(key));
        warnings = List.copyOf(warnings);
    }

    /** Without intervals or trimmed mean (the original shape). */
    public GroupSummary(Map<String, String> key, Stats stats, long failedExcluded, long warmupExcluded,
                        long firstDropped, long missingValue, List<String> warnings) {
        this(key, stats, failedExcluded, warmupExcluded, firstDropped, missingValue, warnings, null, Double.NaN);
    }
}
