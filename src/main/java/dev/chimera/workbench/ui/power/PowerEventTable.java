package dev.chimera.workbench.ui.power;

import dev.chimera.workbench.power.EnergyQuality;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The per-event table: id, phase, quality, samples, energy (J) and J/token; no_data rows show a dash. */
final class PowerEventTable extends TableView<PowerEventRow> {
    static final String ID = "powerEvents";

    PowerEventTable(PowerViewModel vm) {
        super(vm.rows());
        setId(ID);
        setTooltip(PowerControls.tip(I18n.tr("power.table.tooltip")));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        getColumns().add(column(I18n.tr("power.col.id"), PowerEventRow::id, false));
        getColumns().add(column(I18n.tr("power.col.phase"), PowerEventRow::phase, false));
        TableColumn<PowerEventRow, Object> quality = column(I18n.tr("power.col.quality"),
                r -> r.quality().id(), false);
        getColumns().add(quality);
        getColumns().add(column(I18n.tr("power.col.samples"), PowerEventRow::samples, true));
        getColumns().add(column(I18n.tr("power.col.energy"), PowerEventRow::energyJ, true));
        getColumns().add(column(I18n.tr("power.col.jPerToken"), PowerEventRow::jPerToken, true));
        setPlaceholder(new javafx.scene.control.Label(I18n.tr("power.chart.empty")));
        setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(PowerEventRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(Styles.POWER_NO_DATA);
                if (!empty && row != null && row.quality() == EnergyQuality.NO_DATA) {
                    getStyleClass().add(Styles.POWER_NO_DATA);
                }
            }
        });
    }

    private static TableColumn<PowerEventRow, Object> column(String title, Function<PowerEventRow, Object> value,
                                                             boolean numeric) {
        TableColumn<PowerEventRow, Object> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        if (numeric) {
            c.setCellFactory(col -> {
                TableCell<PowerEventRow, Object> cell = new TableCell<>() {
                    @Override
                    protected void updateItem(Object item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null : item.toString());
                    }
                };
                cell.getStyleClass().add(Styles.NUMERIC_CELL);
                return cell;
            });
        }
        return c;
    }
}
