package dev.chimera.workbench.ui.distribution;

import java.util.List;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The values of one runs column (backend, model ...) and which of them are kept. A new dataset keeps all of
 * them; unchecking narrows the rows. Changing {@link #selected()} recomputes the views.
 */
public final class FilterChoice {
    private final String column;
    private final ReadOnlyListWrapper<String> values =
            new ReadOnlyListWrapper<>(this, "values", FXCollections.observableArrayList());
    private final ObservableList<String> selected = FXCollections.observableArrayList();

    FilterChoice(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    /** The distinct values of the column in the open dataset, sorted. */
    public ReadOnlyListProperty<String> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /** The kept values. */
    public ObservableList<String> selected() {
        return selected;
    }

    /** Keeps exactly these values. */
    public void select(List<String> keep) {
        if (!selected.equals(keep)) {
            selected.setAll(keep);
        }
    }

    /** Whether the column narrows anything: it has values and not all of them are kept. */
    boolean narrows() {
        return !values.isEmpty() && !(selected.size() == values.size() && selected.containsAll(values));
    }

    void reset(List<String> newValues) {
        values.setAll(newValues);
        selected.setAll(newValues);
    }
}
