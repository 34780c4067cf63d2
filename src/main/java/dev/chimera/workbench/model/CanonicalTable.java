package dev.chimera.workbench.model;

import java.util.List;
import java.util.Locale;

/**
 * The four tables every reader writes into. Each has a fixed set of canonical columns first; a format may
 * add its raw extra columns after them.
 */
public enum CanonicalTable {
    RUNS(RunColumns.COLUMNS),
    POWER(PowerColumns.COLUMNS),
    EVENTS(EventColumns.COLUMNS),
    SUMMARIES(SummaryColumns.COLUMNS);

    private final List<ColumnDef> columns;

    CanonicalTable(List<ColumnDef> columns) {
        this.columns = columns;
    }

    public List<ColumnDef> columns() {
        return columns;
    }

    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CanonicalTable fromName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
