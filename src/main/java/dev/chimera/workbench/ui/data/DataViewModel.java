package dev.chimera.workbench.ui.data;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.task.TaskCallbacks;
import dev.chimera.workbench.ui.task.TaskExecutor;
import dev.chimera.workbench.ui.task.TaskHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The Data tab: which canonical table is shown, the per-column filters, and the resulting row indices. Rows
 * are filtered on a worker through the {@link TaskExecutor}; a newer filter cancels an older one, and a
 * result that arrives after the table or filters changed is dropped.
 */
public final class DataViewModel {
    private final TaskExecutor executor;
    private final ReadOnlyListWrapper<TableChoice> tableChoices =
            new ReadOnlyListWrapper<>(this, "tableChoices", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<CanonicalTable> selectedTable = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Table> currentTable = new ReadOnlyObjectWrapper<>(this, "currentTable");
    private final ReadOnlyListWrapper<ColumnInfo> columns =
            new ReadOnlyListWrapper<>(this, "columns", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<int[]> visibleRows = new ReadOnlyObjectWrapper<>(this, "rows", new int[0]);
    private final ReadOnlyStringWrapper rowCountText = new ReadOnlyStringWrapper(this, "rowCountText", "");
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper(this, "filtering");
    private final ReadOnlyStringWrapper selectedFile = new ReadOnlyStringWrapper(this, "selectedFile");
    private final BooleanProperty onlySelectedFile = new SimpleBooleanProperty(this, "onlySelectedFile");
    private final Map<String, String> filters = new LinkedHashMap<>();
    private Dataset dataset;
    private TaskHandle running;
    private long generation;

    public DataViewModel(TaskExecutor executor) {
        this.executor = executor;
        onlySelectedFile.addListener((obs, was, is) -> refilter());
    }

    public void setDataset(Dataset newDataset) {
        dataset = newDataset;
        selectedFile.set(null);
        List<TableChoice> choices = new ArrayList<>();
        CanonicalTable first = null;
        if (newDataset != null) {
            for (CanonicalTable t : CanonicalTable.values()) {
                int rows = newDataset.rowCount(t);
                choices.add(new TableChoice(t, rows));
                if (first == null && rows > 0) {
                    first = t;
                }
            }
        }
        tableChoices.setAll(choices);
        showTable(newDataset == null ? null : first == null ? CanonicalTable.RUNS : first);
    }

    /** Shows another canonical table; its filters start empty. */
    public void selectTable(CanonicalTable table) {
        if (table != null && table != selectedTable.get() && dataset != null) {
            showTable(table);
        }
    }

    private void showTable(CanonicalTable table) {
        filters.clear();
        visibleRows.set(new int[0]); // old indices must never reach the new table
        Table t = table == null ? null : dataset.table(table);
        selectedTable.set(table);
        currentTable.set(t);
        List<ColumnInfo> infos = new ArrayList<>();
        if (t != null) {
            List<Column<?>> cols = t.columns();
            List<ColumnInfo> provenance = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                ColumnInfo info = new ColumnInfo(cols.get(i).name(), i, cols.get(i) instanceof NumericColumn<?>,
                        typicalWidth(t, i));
                (PROVENANCE.contains(info.name()) ? provenance : infos).add(info);
            }
            // What was measured first; where it came from (long paths) last.
            infos.addAll(provenance);
        }
        columns.setAll(infos);
        refilter();
    }

    private static final java.util.Set<String> PROVENANCE = java.util.Set.of(RunColumns.SOURCE_FILE,
            RunColumns.SOURCE_LINE, RunColumns.FORMAT, RunColumns.RUN_ID);

    /** Widest text among the header and the first rows, in characters, so columns open at a useful width. */
    private static int typicalWidth(Table t, int column) {
        int width = t.column(column).name().length();
        int rows = Math.min(200, t.rowCount());
        for (int r = 0; r < rows; r++) {
            width = Math.max(width, CellText.of(t.column(column), r).length());
        }
        return Math.min(width, 48);
    }

    /** Follows the Sources selection: shows the file's main table and remembers the file. */
    public void setSelectedFile(String relativePath, CanonicalTable mainTable) {
        selectedFile.set(relativePath);
        if (mainTable != null) {
            selectTable(mainTable);
        }
        if (onlySelectedFile.get()) {
            refilter();
        }
    }

    public void setFilter(String column, String text) {
        String old = filters.get(column);
        String now = text == null || text.isBlank() ? null : text;
        if (java.util.Objects.equals(old, now)) {
            return;
        }
        if (now == null) {
            filters.remove(column);
        } else {
            filters.put(column, now);
        }
        refilter();
    }

    public String filterText(String column) {
        return filters.getOrDefault(column, "");
    }

    public void clearFilters() {
        if (!filters.isEmpty()) {
            filters.clear();
            refilter();
        }
    }

    private void refilter() {
        if (running != null) {
            running.cancel();
        }
        long gen = ++generation;
        Table table = currentTable.get();
        if (table == null) {
            running = null;
            publish(new int[0], 0);
            return;
        }
        Map<String, String> snapshot = Map.copyOf(filters);
        String restrictTo = onlySelectedFile.get() ? selectedFile.get() : null;
        filtering.set(true);
        running = executor.submit(I18n.tr("task.filter"), false,
                (progress, cancel) -> RowFilter.matchingRows(table, snapshot, restrictTo, cancel),
                TaskCallbacks.of(rows -> {
                    if (gen == generation) {
                        publish(rows, table.rowCount());
                    }
                }, error -> {
                    if (gen == generation) {
                        publish(new int[0], table.rowCount());
                    }
                }, () -> {
                    if (gen == generation) {
                        filtering.set(false);
                    }
                }));
    }

    private void publish(int[] rows, int total) {
        filtering.set(false);
        visibleRows.set(rows);
        rowCountText.set(I18n.format("data.rowCount", rows.length, total));
    }

    /** The text of a cell of the shown table, by table row index and column position. */
    public String cellText(int row, int columnIndex) {
        Table t = currentTable.get();
        if (t == null || row < 0 || row >= t.rowCount() || columnIndex >= t.columnCount()) {
            return "";
        }
        return CellText.of(t.column(columnIndex), row);
    }

    public ReadOnlyListProperty<TableChoice> tableChoicesProperty() {
        return tableChoices.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CanonicalTable> selectedTableProperty() {
        return selectedTable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Table> currentTableProperty() {
        return currentTable.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<ColumnInfo> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** Indices (into the shown table) of the rows that pass the filters, ascending. */
    public ReadOnlyObjectProperty<int[]> visibleRowsProperty() {
        return visibleRows.getReadOnlyProperty();
    }

    /** "1,234 of 5,678 rows". */
    public ReadOnlyStringProperty rowCountTextProperty() {
        return rowCountText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty filteringProperty() {
        return filtering.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedFileProperty() {
        return selectedFile.getReadOnlyProperty();
    }

    /** When true, only rows whose source_file is the selected file are shown. */
    public BooleanProperty onlySelectedFileProperty() {
        return onlySelectedFile;
    }
}
