package dev.chimera.workbench.power;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Null-safe cell access to one column of a canonical table; an absent column reads as missing everywhere
 * (extra columns exist only when a format wrote them).
 */
public final class TableColumn {
    private final Column<?> column;

    private TableColumn(Column<?> column) {
        this.column = column;
    }

    public static TableColumn of(Table table, String name) {
        return new TableColumn(table.columnNames().contains(name) ? table.column(name) : null);
    }

    public boolean present() {
        return column != null;
    }

    /** The number in the cell; NaN when absent, missing or not numeric. */
    public double number(int row) {
        if (column == null || column.isMissing(row)) {
            return Double.NaN;
        }
        if (column instanceof NumericColumn<?> n) {
            return n.getDouble(row);
        }
        if (column instanceof BooleanColumn b) {
            return b.get(row) ? 1 : 0;
        }
        try {
            return Double.parseDouble(column.getString(row).trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The cell as text; "" when absent or missing. Whole numbers print without ".0". */
    public String text(int row) {
        if (column == null || column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumericColumn<?> n) {
            double v = n.getDouble(row);
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        return column.getString(row);
    }

    /** The cell as a boolean; null when absent, missing or not a boolean. */
    public Boolean bool(int row) {
        if (column == null || column.isMissing(row)) {
            return null;
        }
        if (column instanceof BooleanColumn b) {
            return b.get(row);
        }
        String s = column.getString(row).trim();
        if (s.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        return s.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }
}
