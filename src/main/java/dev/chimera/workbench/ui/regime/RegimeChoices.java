package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The metrics and modes the Regimes tab offers for a runs table. Computed in the background: both scan every row,
 * ~0.4 s on 1 M rows, which froze the window when it ran on the UI thread.
 */
record RegimeChoices(List<ScalingMetric> metrics, List<String> modes) {

    static final RegimeChoices NONE = new RegimeChoices(List.of(), List.of());

    static RegimeChoices of(Table runs) {
        if (runs == null) {
            return NONE;
        }
        List<ScalingMetric> ms = new ArrayList<>();
        for (ScalingMetric m : List.of(ScalingMetric.THROUGHPUT, ScalingMetric.LATENCY, RegimeViewModel.COST)) {
            if (hasValues(runs, m.column())) {
                ms.add(m);
            }
        }
        return new RegimeChoices(List.copyOf(ms), List.copyOf(distinct(runs, RunColumns.MODE)));
    }

    private static boolean hasValues(Table runs, String column) {
        if (!runs.columnNames().contains(column) || !(runs.column(column) instanceof NumericColumn<?> c)) {
            return false;
        }
        for (int i = 0; i < c.size(); i++) {
            if (Double.isFinite(c.getDouble(i)) && c.getDouble(i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> distinct(Table runs, String column) {
        if (!runs.columnNames().contains(column)) {
            return List.of();
        }
        Column<?> c = runs.column(column);
        TreeSet<String> values = new TreeSet<>();
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i) && !c.getString(i).isEmpty()) {
                values.add(c.getString(i));
            }
        }
        return new ArrayList<>(values);
    }
}
