package dev.chimera.workbench.ui.data;

import java.math.BigDecimal;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/** How a table cell is shown and matched by text filters: missing values are empty, numbers compact. */
public final class CellText {
    private CellText() {
    }

    public static String of(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumericColumn<?> numeric) {
            return number(numeric.getDouble(row));
        }
        return column.getString(row);
    }

    /** Whole numbers without ".0"; others with up to 6 decimals, or scientific when very small or large. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        double abs = Math.abs(v);
        if (v == Math.rint(v) && abs < 1e15) {
            return Long.toString((long) v);
        }
        if (abs >= 1e-4 && abs < 1e15) {
            return new BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v);
    }
}
