package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.Summarizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What the Distributions tab offers for a runs table: the metrics with at least one value, the columns to group by
 * and each filter column's distinct values. Computed in the background: on a 1 M-row table the distinct values
 * alone took ~0.5 s, which froze the window when it ran on the UI thread.
 */
record DistributionChoices(List<String> metrics, List<String> groupColumns, Map<String, List<String>> filterValues) {

    static final DistributionChoices NONE = new DistributionChoices(List.of(), List.of(), Map.of());

    static DistributionChoices of(Table runs) {
        if (runs == null) {
            return NONE;
        }
        List<String> groupable = new ArrayList<>();
        for (String c : DistributionSettings.GROUP_COLUMNS) {
            if (runs.columnNames().contains(c)) {
                groupable.add(c);
            }
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String c : DistributionSettings.FILTER_COLUMNS) {
            values.put(c, distinctValues(runs, c));
        }
        return new DistributionChoices(List.copyOf(metricsWithValues(runs)), List.copyOf(groupable),
                Map.copyOf(values));
    }

    List<String> valuesOf(String filterColumn) {
        return filterValues.getOrDefault(filterColumn, List.of());
    }

    /** The metrics of {@link Summarizer#METRICS} that have at least one value. */
    static List<String> metricsWithValues(Table runs) {
        List<String> out = new ArrayList<>();
        for (String m : Summarizer.METRICS) {
            if (runs.columnNames().contains(m) && runs.column(m) instanceof NumericColumn<?> c) {
                for (int i = 0; i < c.size(); i++) {
                    if (Double.isFinite(c.getDouble(i))) {
                        out.add(m);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Sorted distinct cell texts of a column ("" for missing cells); empty when the table lacks the column. */
    static List<String> distinctValues(Table runs, String column) {
        if (!runs.columnNames().contains(column)) {
            return List.of();
        }
        Column<?> c = runs.column(column);
        Set<String> values = new TreeSet<>();
        for (int i = 0; i < c.size(); i++) {
            values.add(c.isMissing(i) ? "" : c.getString(i));
        }
        return new ArrayList<>(values);
    }
}
