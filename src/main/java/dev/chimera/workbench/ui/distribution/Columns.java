package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.ui.Styles;
import java.util.Comparator;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * Sortable table columns whose header carries a tooltip (what the column is and how it is computed): the
 * header text is a label graphic, so the tooltip shows on the header only.
 */
final class Columns {
    static final double NUMBER_WIDTH = 86;

    private Columns() {
    }

    static <T> TableColumn<T, String> text(String name, String tip, double width, Function<T, String> value) {
        TableColumn<T, String> c = header(name, tip);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    static <T> TableColumn<T, Number> integer(String name, String tip, ToIntFunction<T> value) {
        TableColumn<T, Number> c = header(name, tip);
        c.setPrefWidth(64);
        c.getStyleClass().add(Styles.NUMERIC_CELL);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.applyAsInt(cd.getValue())));
        return c;
    }

    static <T> TableColumn<T, Number> number(String name, String tip, ToDoubleFunction<T> value) {
        return formatted(name, tip, value, Numbers::compact);
    }

    /** A number column shown through {@code format}; sorts by the value (NaN below every number). */
    static <T> TableColumn<T, Number> formatted(String name, String tip, ToDoubleFunction<T> value,
                                                DoubleFunction<String> format) {
        TableColumn<T, Number> c = header(name, tip);
        c.setPrefWidth(NUMBER_WIDTH);
        c.getStyleClass().add(Styles.NUMERIC_CELL);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(cd.getValue())));
        c.setComparator(Comparator.comparingDouble(n -> Double.isNaN(n.doubleValue())
                ? Double.NEGATIVE_INFINITY : n.doubleValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format.apply(v.doubleValue()));
            }
        });
        return c;
    }

    private static <T, V> TableColumn<T, V> header(String name, String tip) {
        TableColumn<T, V> c = new TableColumn<>();
        Label l = new Label(name);
        l.setTooltip(DistributionControls.tip(tip));
        c.setGraphic(l);
        return c;
    }
}
