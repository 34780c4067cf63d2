package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.regime.RegimeRow;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The size matrix's rows; the row the slider is in carries the {@code :current} pseudo-class. */
final class MatrixTable extends TableView<RegimeRow> {
    static final String ID = "regimeMatrix";
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    MatrixTable(RegimeViewModel vm) {
        setId(ID);
        getStyleClass().add(Styles.REGIME_MATRIX);
        getItems().setAll(vm.matrixRows());
        getColumns().add(column(I18n.tr("regime.matrix.tier"), null, 140));
        if (vm.sizeMatrix() != null) {
            for (String c : vm.sizeMatrix().columns()) {
                getColumns().add(column(c, c, c.equals("backend") ? 220 : 300));
            }
        }
        ReadOnlyIntegerProperty current = vm.step().highlightedRowProperty();
        setRowFactory(t -> new TableRow<>() {
            {
                current.addListener(obs -> mark());
                indexProperty().addListener(obs -> mark());
            }

            private void mark() {
                pseudoClassStateChanged(CURRENT, !isEmpty() && getIndex() == current.get());
            }

            @Override
            protected void updateItem(RegimeRow item, boolean empty) {
                super.updateItem(item, empty);
                mark();
                setTooltip(empty || item == null || item.note() == null || item.note().isEmpty() ? null
                        : new Tooltip(item.note()));
            }
        });
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        setFixedCellSize(26);
        setPrefHeight(26 * (getItems().size() + 1) + 6);
        setMinHeight(getPrefHeight());
    }

    /** The row label (key null) or one of the matrix's cells; the full text as tooltip. */
    private static TableColumn<RegimeRow, String> column(String title, String key, double width) {
        TableColumn<RegimeRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(key == null ? d.getValue().label()
                : d.getValue().cells().getOrDefault(key, "")));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.isEmpty() ? null : RegimeControls.tip(s));
            }
        });
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
