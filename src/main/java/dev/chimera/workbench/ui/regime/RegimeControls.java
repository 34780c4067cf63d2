package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The controls row of the Regimes tab: what is computed (metric, mode, aggregation, crossover pair). */
final class RegimeControls extends FlowPane {
    static final String METRIC_ID = "regimeMetric";
    static final String MODE_ID = "regimeMode";
    static final String BACKEND_A_ID = "regimeBackendA";
    static final String BACKEND_B_ID = "regimeBackendB";

    RegimeControls(RegimeViewModel vm) {
        super(12, 6);
        getStyleClass().add(Styles.DIST_CONTROLS);
        ComboBox<ScalingMetric> metric = new ComboBox<>(vm.metricsProperty());
        metric.setId(METRIC_ID);
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        metric.setConverter(converter(m -> m == ScalingMetric.LATENCY ? I18n.tr("regime.metric.latency")
                : m == ScalingMetric.THROUGHPUT ? I18n.tr("regime.metric.throughput")
                : m == RegimeViewModel.COST ? I18n.tr("regime.metric.cost") : m.name()));
        ComboBox<String> mode = new ComboBox<>(vm.modesProperty());
        mode.setId(MODE_ID);
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        ComboBox<Aggregation> agg = new ComboBox<>();
        agg.getItems().setAll(Aggregation.values());
        agg.valueProperty().bindBidirectional(vm.aggregationProperty());
        agg.setConverter(converter(Aggregation::id));
        agg.setTooltip(tip(I18n.tr("regime.aggregation.tooltip")));
        ComboBox<String> a = new ComboBox<>(vm.backendsProperty());
        a.setId(BACKEND_A_ID);
        a.valueProperty().bindBidirectional(vm.backendAProperty());
        ComboBox<String> b = new ComboBox<>(vm.backendsProperty());
        b.setId(BACKEND_B_ID);
        b.valueProperty().bindBidirectional(vm.backendBProperty());
        Tooltip pair = tip(I18n.tr("regime.pair.tooltip"));
        a.setTooltip(pair);
        b.setTooltip(pair);
        getChildren().setAll(List.of(labelled(I18n.tr("regime.metric"), metric),
                labelled(I18n.tr("regime.mode"), mode), labelled(I18n.tr("regime.aggregation"), agg),
                labelled(I18n.tr("regime.crossover"), a), labelled(I18n.tr("regime.versus"), b)));
    }

    static Node labelled(String text, Node control) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.CONTROL_LABEL);
        HBox box = new HBox(6, l, control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
