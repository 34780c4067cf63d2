package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.analysis.scaling.MultivariateFit;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** TR121's depth-vs-params fit per backend of the mode: α, β, γ, R² and γ/|β|, when models have n_layer. */
final class DepthPanel extends VBox {
    static final String TABLE_ID = "regimeDepth";

    DepthPanel(RegimeViewModel vm) {
        super(4);
        Label title = new Label(I18n.tr("regime.depth.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setTooltip(RegimeControls.tip(I18n.tr("regime.depth.tooltip")));
        TableView<MultivariateFit> table = new TableView<>(vm.depthRows());
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(I18n.tr("regime.depth.none")));
        table.getColumns().add(column(I18n.tr("regime.depth.backend"), m -> m.series().backend(), 190));
        table.getColumns().add(column("n", m -> String.valueOf(m.n()), 30));
        table.getColumns().add(column("\u03b1", m -> num(m.alpha()), 62));
        table.getColumns().add(column("\u03b2", m -> num(m.beta()), 62));
        table.getColumns().add(column("\u03b3", m -> num(m.gamma()), 62));
        table.getColumns().add(column("R\u00b2", m -> num(m.r2()), 52));
        table.getColumns().add(column("\u03b3/|\u03b2|", m -> num(m.depthToParamsRatio()), 62));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * 4 + 6);
        getChildren().setAll(title, table);
    }

    private static TableColumn<MultivariateFit, String> column(String name, Function<MultivariateFit, String> f,
            double width) {
        TableColumn<MultivariateFit, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        if (!name.equals(I18n.tr("regime.depth.backend"))) {
            c.getStyleClass().add(Styles.NUMERIC_CELL);
        }
        return c;
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "-";
    }
}
