package dev.chimera.workbench.ui.cost;

import dev.chimera.workbench.cost.CostRow;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The engine's rows: aggregates (scenario "all") first, then every backend × mode × scenario. */
final class CostTable extends TableView<CostRow> {
    static final String ID = "costTable";

    CostTable(CostViewModel vm) {
        super(vm.rows());
        setId(ID);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        getColumns().add(text(I18n.tr("cost.col.backend"), I18n.tr("cost.col.backend.tooltip"), CostRow::backend));
        getColumns().add(text(I18n.tr("cost.col.mode"), I18n.tr("cost.col.mode.tooltip"), CostRow::mode));
        getColumns().add(text(I18n.tr("cost.col.scenario"), I18n.tr("cost.col.scenario.tooltip"),
                CostRow::scenario));
        getColumns().add(number(I18n.tr("cost.col.tps"), I18n.tr("cost.col.tps.tooltip"), CostRow::tokensPerS,
                v -> String.format(Locale.ROOT, "%,.1f", v)));
        getColumns().add(number(I18n.tr("cost.col.usd"), I18n.tr("cost.col.usd.tooltip"), CostRow::usdPer1m,
                v -> String.format(Locale.ROOT, "%.4g", v)));
        getColumns().add(number(I18n.tr("cost.col.energyShare"), I18n.tr("cost.col.energyShare.tooltip"),
                CostRow::energyShare, v -> String.format(Locale.ROOT, "%.1f %%", v * 100)));
        getColumns().add(text(I18n.tr("cost.col.power"), I18n.tr("cost.col.power.tooltip"),
                r -> r.powerSource().name().toLowerCase(Locale.ROOT)));
    }

    private static TableColumn<CostRow, String> text(String name, String tip, Function<CostRow, String> value) {
        TableColumn<CostRow, String> c = header(name, tip);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private static TableColumn<CostRow, Number> number(String name, String tip, ToDoubleFunction<CostRow> value,
                                                       DoubleFunction<String> format) {
        TableColumn<CostRow, Number> c = header(name, tip);
        c.getStyleClass().add(Styles.NUMERIC_CELL);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(cd.getValue())));
        c.setComparator(Comparator.comparingDouble(n -> Double.isNaN(n.doubleValue())
                ? Double.NEGATIVE_INFINITY : n.doubleValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Double.isNaN(v.doubleValue()) ? "\u2014"
                        : format.apply(v.doubleValue()));
            }
        });
        return c;
    }

    private static <V> TableColumn<CostRow, V> header(String name, String tip) {
        TableColumn<CostRow, V> c = new TableColumn<>();
        Label l = new Label(name);
        l.setTooltip(CostControls.tip(tip));
        c.setGraphic(l);
        return c;
    }
}
