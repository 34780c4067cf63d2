package dev.chimera.workbench.ui.data;

import java.util.Locale;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * One column's filter text, parsed. Plain text matches cells that contain it (ignoring case). {@code =x} and
 * {@code !=x} match the whole cell (ignoring case). On numeric columns {@code >5}, {@code >=5}, {@code <3.2},
 * {@code <=3.2}, {@code =5} and {@code !=5} compare numbers; missing values never satisfy a comparison.
 */
public final class ColumnCondition {
    private enum Op { CONTAINS, EQUALS, NOT_EQUALS, GT, GE, LT, LE }

    private final Op op;
    private final String text;
    private final double number;
    private final boolean numericCompare;

    private ColumnCondition(Op op, String text, double number, boolean numericCompare) {
        this.op = op;
        this.text = text;
        this.number = number;
        this.numericCompare = numericCompare;
    }

    /** Parses filter text; null when the text is blank (no condition). */
    public static ColumnCondition parse(String filter, boolean numericColumn) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        String f = filter.trim();
        Op op = Op.CONTAINS;
        String rest = f;
        for (String[] prefix : new String[][] {{">=", "GE"}, {"<=", "LE"}, {"!=", "NOT_EQUALS"}, {">", "GT"},
                {"<", "LT"}, {"=", "EQUALS"}}) {
            if (f.startsWith(prefix[0])) {
                op = Op.valueOf(prefix[1]);
                rest = f.substring(prefix[0].length()).trim();
                break;
            }
        }
        double n = parseNumber(rest);
        boolean comparison = op == Op.GT || op == Op.GE || op == Op.LT || op == Op.LE;
        if (comparison && (!numericColumn || Double.isNaN(n))) {
            return new ColumnCondition(Op.CONTAINS, lower(f), Double.NaN, false); // not a valid comparison here
        }
        boolean numeric = numericColumn && !Double.isNaN(n) && op != Op.CONTAINS;
        return new ColumnCondition(op, lower(op == Op.CONTAINS ? f : rest), n, numeric);
    }

    public boolean matches(Column<?> column, int row) {
        if (numericCompare) {
            if (column.isMissing(row)) {
                return op == Op.NOT_EQUALS;
            }
            double v = ((NumericColumn<?>) column).getDouble(row);
            return switch (op) {
                case GT -> v > number;
                case GE -> v >= number;
                case LT -> v < number;
                case LE -> v <= number;
                case EQUALS -> v == number;
                case NOT_EQUALS -> v != number;
                case CONTAINS -> false;
            };
        }
        String cell = lower(CellText.of(column, row));
        return switch (op) {
            case EQUALS -> cell.equals(text);
            case NOT_EQUALS -> !cell.equals(text);
            default -> cell.contains(text);
        };
    }

    private static double parseNumber(String s) {
        try {
            return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
