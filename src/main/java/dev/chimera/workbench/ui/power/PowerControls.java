package dev.chimera.workbench.ui.power;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The controls row of the Power tab: the trace (file × GPU) and the gap threshold. */
final class PowerControls extends FlowPane {
    static final String TRACE_ID = "powerTrace";
    static final String THRESHOLD_ID = "powerThreshold";

    PowerControls(PowerViewModel vm) {
        super(12, 6);
        getStyleClass().add(Styles.DIST_CONTROLS);
        ComboBox<String> trace = new ComboBox<>(vm.tracesProperty());
        trace.setId(TRACE_ID);
        trace.valueProperty().bindBidirectional(vm.traceProperty());
        trace.setTooltip(tip(I18n.tr("power.trace.tooltip")));
        trace.setPrefWidth(420);
        ComboBox<Double> threshold = new ComboBox<>();
        threshold.setId(THRESHOLD_ID);
        threshold.getItems().setAll(PowerViewModel.THRESHOLDS);
        threshold.valueProperty().bindBidirectional(vm.gapThresholdProperty());
        threshold.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : I18n.format("power.threshold.value",
                        String.format(Locale.ROOT, "%.0f", s * 1000));
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        threshold.setTooltip(tip(I18n.tr("power.threshold.tooltip")));
        getChildren().setAll(labelled(I18n.tr("power.trace"), trace),
                labelled(I18n.tr("power.threshold"), threshold));
    }

    private static Node labelled(String text, Node control) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.CONTROL_LABEL);
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(460);
        return t;
    }
}
