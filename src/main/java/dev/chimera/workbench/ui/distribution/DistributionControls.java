package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** The controls row of the Distributions tab; every control is bound to a ViewModel property. */
final class DistributionControls extends FlowPane {
    static final String METRIC_ID = "distMetric";
    static final String GROUP_ID = "distGroupBy";
    static final String DROP_FIRST_ID = "distDropFirst";
    static final String CI_ID = "distCi";

    DistributionControls(DistributionViewModel vm) {
        super(12, 6);
        getStyleClass().add(Styles.DIST_CONTROLS);

        ComboBox<String> metric = new ComboBox<>(vm.metricsProperty());
        metric.setId(METRIC_ID);
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        metric.setTooltip(tip(I18n.tr("dist.metric.tooltip")));
        ComboBox<String> group = new ComboBox<>(vm.groupColumnsProperty());
        group.setId(GROUP_ID);
        group.valueProperty().bindBidirectional(vm.groupByProperty());
        group.setTooltip(tip(I18n.tr("dist.groupBy.tooltip")));
        ComboBox<PercentileMethod> method = new ComboBox<>();
        method.getItems().setAll(DistributionViewModel.METHODS);
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(PercentileMethod m) {
                return m == null ? "" : m == PercentileMethod.LINEAR ? I18n.tr("dist.method.linear")
                        : I18n.tr("dist.method.nearestRank");
            }

            @Override
            public PercentileMethod fromString(String s) {
                return null;
            }
        });
        method.setTooltip(tip(I18n.tr("dist.method.tooltip")));

        List<Node> items = new ArrayList<>();
        items.add(labelled(I18n.tr("dist.metric"), metric));
        items.add(labelled(I18n.tr("dist.groupBy"), group));
        items.add(filter(vm.filter("backend"), I18n.tr("dist.filter.backend")));
        items.add(filter(vm.filter("model"), I18n.tr("dist.filter.model")));
        items.add(filter(vm.filter("scenario"), I18n.tr("dist.filter.scenario")));
        items.add(filter(vm.filter("mode"), I18n.tr("dist.filter.mode")));
        items.add(labelled(I18n.tr("dist.method"), method));
        items.add(check(I18n.tr("dist.logX"), I18n.tr("dist.logX.tooltip"), vm.logXProperty(), null));
        items.add(check(I18n.tr("dist.excludeWarmup"), I18n.tr("dist.excludeWarmup.tooltip"),
                vm.excludeWarmupProperty(), null));
        items.add(check(I18n.tr("dist.dropFirst"), I18n.tr("dist.dropFirst.tooltip"), vm.dropFirstPerRunProperty(),
                DROP_FIRST_ID));
        items.add(check(I18n.tr("dist.includeFailed"), I18n.tr("dist.includeFailed.tooltip"),
                vm.includeFailedProperty(), null));
        items.add(check(I18n.tr("dist.warmupGroup"), I18n.tr("dist.warmupGroup.tooltip"), vm.warmupsAsGroupProperty(),
                null));
        items.add(check(I18n.tr("dist.ci"), I18n.tr("dist.ci.tooltip"), vm.ciProperty(), CI_ID));
        items.add(chartSelector(vm));
        getChildren().setAll(items);
    }

    private static Node chartSelector(DistributionViewModel vm) {
        ToggleGroup toggles = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add(Styles.SEGMENTED);
        for (ChartKind k : ChartKind.values()) {
            ToggleButton b = new ToggleButton(switch (k) {
                case HISTOGRAM -> I18n.tr("dist.chart.histogram");
                case ECDF -> I18n.tr("dist.chart.ecdf");
                case CCDF -> I18n.tr("dist.chart.ccdf");
                case BOX -> I18n.tr("dist.chart.box");
                case ALL -> I18n.tr("dist.chart.all");
            });
            b.setId("distShow-" + k.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(k);
            b.setToggleGroup(toggles);
            b.setTooltip(tip(I18n.tr("dist.chartSelector.tooltip")));
            b.setSelected(vm.chartKindProperty().get() == k);
            box.getChildren().add(b);
        }
        toggles.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null) {
                was.setSelected(true); // one chart is always shown
            } else {
                vm.chartKindProperty().set((ChartKind) is.getUserData());
            }
        });
        return box;
    }

    /** A CheckComboBox mirroring a {@link FilterChoice}: values from the ViewModel, checks sent back. */
    private static Node filter(FilterChoice choice, String name) {
        CheckComboBox<String> box = new CheckComboBox<>();
        box.setId("distFilter-" + choice.column());
        box.setTooltip(tip(I18n.format("dist.filter.tooltip", choice.column())));
        box.setShowCheckedCount(true);
        box.setTitle(name);
        boolean[] syncing = {false};
        Runnable pull = () -> {
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                box.getItems().setAll(choice.valuesProperty());
                for (String v : choice.selected()) {
                    box.getCheckModel().check(v);
                }
            } finally {
                syncing[0] = false;
            }
        };
        choice.valuesProperty().addListener((ListChangeListener<String>) c -> pull.run());
        choice.selected().addListener((ListChangeListener<String>) c -> {
            if (!syncing[0] && !choice.selected().equals(box.getCheckModel().getCheckedItems())) {
                pull.run();
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing[0]) {
                choice.select(List.copyOf(box.getCheckModel().getCheckedItems()));
            }
        });
        pull.run();
        box.disableProperty().bind(choice.valuesProperty().emptyProperty());
        return labelled(name, box);
    }

    private static CheckBox check(String text, String help, BooleanProperty property, String id) {
        CheckBox c = new CheckBox(text);
        c.selectedProperty().bindBidirectional(property);
        c.setTooltip(tip(help));
        if (id != null) {
            c.setId(id);
        }
        return c;
    }

    private static Node labelled(String text, Node control) {
        Label l = new Label(text);
        l.setLabelFor(control);
        l.getStyleClass().add(Styles.CONTROL_LABEL);
        HBox box = new HBox(4, l, control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(440);
        return t;
    }
}
