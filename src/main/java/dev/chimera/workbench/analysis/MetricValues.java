package dev.chimera.workbench.analysis;

import dev.chimera.workbench.model.RunColumns;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads the values of a metric for a row. {@code itl_ms} is pooled over every inter-token gap when the rows
 * carry them ({@code itl_values_ms}), the way vLLM and AIPerf define ITL statistics; otherwise it is the
 * per-request mean gap.
 */
final class MetricValues {
    private final NumericColumn<?> column;
    private final Column<?> itlValues;
    private long pooledRows;

    private MetricValues(NumericColumn<?> column, Column<?> itlValues) {
        this.column = column;
        this.itlValues = itlValues;
    }

    static MetricValues of(Table runs, String metric) {
        if (!runs.columnNames().contains(metric)) {
            throw new IllegalArgumentException("no column '" + metric + "' in the runs table");
        }
        Column<?> c = runs.column(metric);
        if (!(c instanceof NumericColumn<?> n)) {
            throw new IllegalArgumentException("column '" + metric + "' is not numeric");
        }
        Column<?> itl = metric.equals(RunColumns.ITL_MS) && runs.columnNames().contains(RunColumns.ITL_VALUES_MS)
                ? runs.column(RunColumns.ITL_VALUES_MS) : null;
        return new MetricValues(n, itl);
    }

    /** Adds the row's value(s); false when the row has none. */
    boolean addTo(int row, DoubleList out) {
        if (itlValues != null && !itlValues.isMissing(row) && !itlValues.getString(row).isEmpty()) {
            boolean any = false;
            for (String part : itlValues.getString(row).split(";")) {
                try {
                    double v = Double.parseDouble(part.trim());
                    if (Double.isFinite(v)) {
                        out.add(v);
                        any = true;
                    }
                } catch (NumberFormatException e) {
                    // skip a malformed element; the reader already reported the file
                }
            }
            if (any) {
                pooledRows++;
                return true;
            }
        }
        double v = column.getDouble(row);
        if (Double.isNaN(v)) {
            return false;
        }
        out.add(v);
        return true;
    }

    String note() {
        return pooledRows > 0 ? "itl_ms pooled over every inter-token gap of " + pooledRows + " requests" : "";
    }
}
