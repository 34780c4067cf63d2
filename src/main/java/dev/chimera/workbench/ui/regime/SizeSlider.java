package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.analysis.scaling.ModelSizes;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The model-size slider on a log scale (the slider's value is log10 of the parameter count, 5 to 12, with ticks
 * labelled 0.1M … 1T) and a text field that accepts "76M" or "1.5B". Both write the ViewModel's params.
 */
final class SizeSlider extends HBox {
    static final String SLIDER_ID = "regimeSizeSlider";
    static final String FIELD_ID = "regimeSizeField";
    private final Slider slider = new Slider(Math.log10(RegimeViewModel.MIN_PARAMS),
            Math.log10(RegimeViewModel.MAX_PARAMS), 7);
    private boolean syncing;

    SizeSlider(RegimeViewModel vm) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add(Styles.REGIME_SLIDER);
        slider.setId(SLIDER_ID);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return ModelSizes.format(Math.pow(10, Math.rint(v)));
            }

            @Override
            public Double fromString(String s) {
                return Math.log10(ModelSizes.parse(s));
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        TextField field = new TextField();
        field.setId(FIELD_ID);
        field.setPrefColumnCount(7);
        field.setTooltip(RegimeControls.tip(I18n.tr("regime.size.tooltip")));
        Label error = new Label();
        error.getStyleClass().add(Styles.SEVERITY_ERROR);
        error.textProperty().bind(vm.sizeErrorProperty());
        field.setOnAction(e -> vm.setSizeText(field.getText()));
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                field.setText(vm.step().sizeTextProperty().get());
            }
        });
        vm.step().sizeTextProperty().addListener((obs, was, is) -> {
            if (!field.isFocused()) {
                field.setText(is);
            }
        });
        field.setText(vm.step().sizeTextProperty().get());
        slider.setValue(Math.log10(vm.paramsProperty().get()));
        slider.valueProperty().addListener((obs, was, is) -> {
            if (!syncing) {
                syncing = true;
                vm.paramsProperty().set(Math.pow(10, is.doubleValue()));
                syncing = false;
            }
        });
        vm.paramsProperty().addListener((obs, was, is) -> {
            if (!syncing) {
                syncing = true;
                slider.setValue(Math.log10(is.doubleValue()));
                syncing = false;
            }
        });
        Label name = new Label(I18n.tr("regime.size"));
        name.getStyleClass().add(Styles.CONTROL_LABEL);
        getChildren().setAll(name, slider, field, error);
    }

    Slider slider() {
        return slider;
    }
}
