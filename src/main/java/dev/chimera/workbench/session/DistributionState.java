package dev.chimera.workbench.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Distributions tab as saved. Strings rather than engine enums, so the file stays readable and a value a
 * later version no longer offers is simply not applied.
 *
 * @param filters          column (backend, model, scenario, mode) → values kept; a column not listed keeps all
 * @param percentileMethod e.g. LINEAR, NEAREST_RANK
 * @param chartKind        HISTOGRAM, ECDF, CCDF, BOX or ALL
 */
public record DistributionState(String metric, String groupBy, Map<String, List<String>> filters,
                                boolean excludeWarmup, boolean dropFirstPerRun, boolean includeFailed,
                                boolean warmupsAsGroup, boolean logX, String percentileMethod, String chartKind,
                                boolean ci) {

    public DistributionState {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        filters = java.util.Collections.unmodifiableMap(copy);
    }
}
