package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.ColumnDef;
import dev.chimera.workbench.model.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Rows of one canonical table being built by one reader (one thread). Canonical columns always exist, in
 * schema order; a reader may add its raw extra columns by name. Call {@link #addRow()} and then the setters
 * for that row; cells left unset are missing.
 */
public final class TableBuffer {
    /** Row count from which {@link #toTable} converts columns in parallel. */
    private static final int PARALLEL_ROWS = 100_000;

    private final CanonicalTable table;
    private final Map<String, ColumnBuffer> columns = new LinkedHashMap<>();
    private final int sizeHint;
    private int rows;
    /**
     * The columns set by the previous rows, in the order they were set: readers set the same columns in the same
     * order on every row, so the k-th set of a row usually names the k-th column of this array, and a reference
     * check replaces the map lookup that used to dominate per-cell cost (a miss falls back to the map).
     */
    private final ColumnBuffer[] sequence = new ColumnBuffer[64];
    private int position;

    public TableBuffer(CanonicalTable table) {
        this(table, 64);
    }

    TableBuffer(CanonicalTable table, int capacity) {
        this(table, capacity, 0);
    }

    /** @param sizeHint expected rows (e.g. the file's line count), 0 when unknown */
    TableBuffer(CanonicalTable table, int capacity, int sizeHint) {
        this.table = table;
        this.sizeHint = sizeHint;
        for (ColumnDef def : table.columns()) {
            columns.put(def.name(), new ColumnBuffer(def.name(), def.type(), capacity, sizeHint));
        }
    }

    public CanonicalTable table() {
        return table;
    }

    public int rowCount() {
        return rows;
    }

    /** Starts a new row and returns its index. */
    public int addRow() {
        position = 0;
        return rows++;
    }

    /** Removes the rows from {@code fromRow} on (used when a record turns out to be unusable half-way). */
    public void truncate(int fromRow) {
        if (fromRow < rows) {
            rows = fromRow;
            // Reset the cells so a re-used row does not inherit stale values.
            for (ColumnBuffer c : columns.values()) {
                c.clearFrom(fromRow);
            }
        }
    }

    public TableBuffer set(String column, double value) {
        column(column, ColumnType.DOUBLE).setDouble(current(), value);
        return this;
    }

    public TableBuffer set(String column, int value) {
        column(column, ColumnType.INT).setInt(current(), value);
        return this;
    }

    public TableBuffer set(String column, String value) {
        column(column, ColumnType.STRING).setString(current(), value);
        return this;
    }

    public TableBuffer set(String column, Boolean value) {
        column(column, ColumnType.BOOLEAN).setBoolean(current(), value);
        return this;
    }

    /**
     * A writer of one column's cell in the current row, looked up once: for readers that set the same columns on
     * every row of a large file, where the per-cell name lookup of {@link #set(String, double)} and friends is
     * a good part of the row's cost. Declares the column with {@code typeIfNew} when it does not exist.
     */
    public CellWriter writer(String column, ColumnType typeIfNew) {
        return new CellWriter(lookup(column, typeIfNew));
    }

    /** Sets {@code column} to {@code value} in every row added so far (a value that is the same for a whole file). */
    void fillString(String column, String value) {
        if (rows > 0) {
            lookup(column, ColumnType.STRING).fillString(0, rows, value);
        }
    }

    /** See {@link #writer}: each set converts to the column's type like the named setters do. */
    public final class CellWriter {
        private final ColumnBuffer column;

        private CellWriter(ColumnBuffer column) {
            this.column = column;
        }

        public void set(double value) {
            column.setDouble(current(), value);
        }

        public void set(int value) {
            column.setInt(current(), value);
        }

        public void set(String value) {
            column.setString(current(), value);
        }

        public void set(Boolean value) {
            column.setBoolean(current(), value);
        }
    }

    /** Sets a cell of a row other than the current one (e.g. back-filling a value learned later). */
    public TableBuffer setAt(int row, String column, double value) {
        lookup(column, ColumnType.DOUBLE).setDouble(row, value);
        return this;
    }

    public TableBuffer setAt(int row, String column, String value) {
        lookup(column, ColumnType.STRING).setString(row, value);
        return this;
    }

    public double getDouble(int row, String column) {
        ColumnBuffer c = columns.get(column);
        return c == null ? Double.NaN : c.getDouble(row);
    }

    public String getString(int row, String column) {
        ColumnBuffer c = columns.get(column);
        return c == null ? null : c.getString(row);
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /**
     * Declares an extra column with the given type if it does not exist yet. The first declaration wins; a
     * later value of another type is converted into it.
     */
    public TableBuffer declare(String column, ColumnType type) {
        columns.computeIfAbsent(column, n -> new ColumnBuffer(n, type, rows + 16, sizeHint));
        return this;
    }

    public Table toTable() {
        return toTable(false);
    }

    private Table toTable(boolean release) {
        Table t = Table.create(table.tableName());
        List<ColumnBuffer> list = new ArrayList<>(columns.values());
        Column<?>[] converted = new Column<?>[list.size()];
        IntStream indices = IntStream.range(0, list.size());
        // Large tables convert their columns on the common pool: Tablesaw's string dictionaries hash every cell,
        // ~20 % of a 1 M-row load on one thread. Each task converts (and frees) its own column only.
        (rows >= PARALLEL_ROWS ? indices.parallel() : indices).forEach(i -> {
            converted[i] = list.get(i).toColumn(rows);
            if (release) {
                list.get(i).release();
            }
        });
        t.addColumns(converted);
        return t;
    }

    /** Concatenates buffers of the same table in order; extra columns are unioned in order of appearance. */
    public static Table concat(CanonicalTable table, List<TableBuffer> parts) {
        return concat(table, parts, false);
    }

    /**
     * As {@link #concat(CanonicalTable, List)}, but frees each part's column arrays as soon as they are copied,
     * so a load's peak heap holds one column twice, not every column (the parts are unusable afterwards).
     */
    static Table concatReleasing(CanonicalTable table, List<TableBuffer> parts) {
        return concat(table, parts, true);
    }

    private static Table concat(CanonicalTable table, List<TableBuffer> parts, boolean release) {
        if (parts.size() == 1) {
            // One file: its buffer already has the canonical columns first; no intermediate copy.
            return parts.get(0).toTable(release);
        }
        int total = 0;
        for (TableBuffer p : parts) {
            total += p.rows;
        }
        TableBuffer all = new TableBuffer(table, total);
        for (TableBuffer p : parts) {
            for (ColumnBuffer c : p.columns.values()) {
                all.declare(c.name(), c.type());
            }
        }
        int offset = 0;
        for (TableBuffer p : parts) {
            for (ColumnBuffer c : p.columns.values()) {
                all.columns.get(c.name()).appendFrom(c, offset, p.rows);
                if (release) {
                    c.release();
                }
            }
            offset += p.rows;
        }
        all.rows = total;
        return all.toTable(release);
    }

    List<String> columnNames() {
        return new ArrayList<>(columns.keySet());
    }

    private int current() {
        if (rows == 0) {
            throw new IllegalStateException("addRow() before setting cells");
        }
        return rows - 1;
    }

    /** The column a set of the current row names, found through {@link #sequence} when the order repeats. */
    private ColumnBuffer column(String name, ColumnType typeIfNew) {
        int p = position;
        if (p < sequence.length) {
            ColumnBuffer cached = sequence[p];
            position = p + 1;
            if (cached != null && (cached.name() == name || cached.name().equals(name))) {
                return cached;
            }
            ColumnBuffer c = lookup(name, typeIfNew);
            sequence[p] = c;
            return c;
        }
        return lookup(name, typeIfNew);
    }

    private ColumnBuffer lookup(String name, ColumnType typeIfNew) {
        ColumnBuffer c = columns.get(name);
        if (c == null) {
            c = new ColumnBuffer(name, typeIfNew, rows + 16, sizeHint);
            columns.put(name, c);
        }
        return c;
    }
}
