package dev.chimera.workbench.ui.data;

import dev.chimera.workbench.ingest.CancellationToken;
import dev.chimera.workbench.model.SummaryColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Computes which rows of a table pass the column filters (and, optionally, come from one source file). Pure
 * and read-only: it never changes the table, so it can run on a worker while the UI reads the same table.
 */
public final class RowFilter {
    private RowFilter() {
    }

    /**
     * @param filters    column name → filter text; blank texts and unknown columns are ignored
     * @param sourceFile when not null, only rows whose {@code source_file} equals it
     * @return ascending indices of the matching rows
     */
    public static int[] matchingRows(Table table, Map<String, String> filters, String sourceFile,
                                     CancellationToken cancel) {
        if (table == null) {
            return new int[0];
        }
        List<Column<?>> columns = new ArrayList<>();
        List<ColumnCondition> conditions = new ArrayList<>();
        for (Map.Entry<String, String> e : filters.entrySet()) {
            if (!table.containsColumn(e.getKey())) {
                continue;
            }
            Column<?> col = table.column(e.getKey());
            ColumnCondition c = ColumnCondition.parse(e.getValue(), col instanceof NumericColumn<?>);
            if (c != null) {
                columns.add(col);
                conditions.add(c);
            }
        }
        Column<?> fileColumn = sourceFile != null && table.containsColumn(SummaryColumns.SOURCE_FILE)
                ? table.column(SummaryColumns.SOURCE_FILE) : null;
        int n = table.rowCount();
        int[] out = new int[n];
        int count = 0;
        for (int row = 0; row < n; row++) {
            if ((row & 0xFFFF) == 0) {
                cancel.throwIfCancelled();
            }
            if (fileColumn != null && !sourceFile.equals(fileColumn.getString(row))) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < conditions.size() && ok; i++) {
                ok = conditions.get(i).matches(columns.get(i), row);
            }
            if (ok) {
                out[count++] = row;
            }
        }
        return count == n ? out : Arrays.copyOf(out, count);
    }
}
