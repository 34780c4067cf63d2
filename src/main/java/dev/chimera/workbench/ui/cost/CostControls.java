package dev.chimera.workbench.ui.cost;

import dev.chimera.workbench.chart.CostCharts;
import dev.chimera.workbench.cost.CostAggregation;
import dev.chimera.workbench.cost.PricingTier;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The controls row of the Cost tab: tier, aggregation, source, and what the tier / sensitivity charts show. */
final class CostControls extends FlowPane {
    static final String TIER_ID = "costTier";
    static final String AGGREGATION_ID = "costAggregation";
    static final String SOURCE_ID = "costSource";
    static final String BACKEND_ID = "costBackend";
    static final String MODE_ID = "costMode";
    static final String SENSITIVITY_ID = "costSensitivity";

    CostControls(CostViewModel vm) {
        super(12, 6);
        getStyleClass().add(Styles.DIST_CONTROLS);
        ComboBox<String> tier = new ComboBox<>(vm.tiersProperty());
        tier.setId(TIER_ID);
        tier.valueProperty().bindBidirectional(vm.tierProperty());
        tier.setConverter(converter(id -> vm.pricingProperty().get().tier(id).map(PricingTier::label).orElse(id)));
        tier.setTooltip(tip(I18n.tr("cost.tier.tooltip")));
        ComboBox<CostAggregation> agg = new ComboBox<>();
        agg.setId(AGGREGATION_ID);
        agg.getItems().setAll(CostAggregation.values());
        agg.valueProperty().bindBidirectional(vm.aggregationProperty());
        agg.setConverter(converter(a -> a == CostAggregation.MEAN_OF_SCENARIOS
                ? I18n.tr("cost.aggregation.mean") : I18n.tr("cost.aggregation.atMean")));
        agg.setTooltip(tip(I18n.tr("cost.aggregation.tooltip")));
        ComboBox<CostSource> source = new ComboBox<>();
        source.setId(SOURCE_ID);
        source.getItems().setAll(CostSource.values());
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        source.setConverter(converter(s -> s == CostSource.AUTO ? I18n.tr("cost.source.auto")
                : s == CostSource.RAW ? I18n.tr("cost.source.raw") : I18n.tr("cost.source.summary")));
        source.setTooltip(tip(I18n.tr("cost.source.tooltip")));
        ComboBox<String> backend = new ComboBox<>(vm.backendsProperty());
        backend.setId(BACKEND_ID);
        backend.valueProperty().bindBidirectional(vm.backendProperty());
        ComboBox<String> mode = new ComboBox<>(vm.modesProperty());
        mode.setId(MODE_ID);
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        Tooltip focus = tip(I18n.tr("cost.focus.tooltip"));
        backend.setTooltip(focus);
        mode.setTooltip(focus);
        ComboBox<CostCharts.Sensitivity> sens = new ComboBox<>();
        sens.setId(SENSITIVITY_ID);
        sens.getItems().setAll(CostCharts.Sensitivity.values());
        sens.valueProperty().bindBidirectional(vm.sensitivityProperty());
        sens.setConverter(converter(s -> s == CostCharts.Sensitivity.USD_PER_HOUR
                ? I18n.tr("cost.sensitivity.rate") : I18n.tr("cost.sensitivity.utilisation")));
        sens.setTooltip(tip(I18n.tr("cost.sensitivity.tooltip")));
        getChildren().setAll(List.of(labelled(I18n.tr("cost.tier"), tier),
                labelled(I18n.tr("cost.aggregation"), agg), labelled(I18n.tr("cost.source"), source),
                labelled(I18n.tr("cost.backend"), backend), labelled(I18n.tr("cost.mode"), mode),
                labelled(I18n.tr("cost.sensitivity"), sens)));
    }

    static Node labelled(String text, Node control) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.CONTROL_LABEL);
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    static <T> StringConverter<T> converter(Function<T, String> f) {
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
