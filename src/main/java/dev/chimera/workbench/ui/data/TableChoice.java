package dev.chimera.workbench.ui.data;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.ui.I18n;

/** An entry of the table selector: a canonical table and how many rows it has. */
public record TableChoice(CanonicalTable table, int rows) {
    public String label() {
        return I18n.format("data.tableChoice", table.tableName(), rows);
    }

    @Override
    public String toString() {
        return label();
    }
}
