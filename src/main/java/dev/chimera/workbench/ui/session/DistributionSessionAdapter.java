package dev.chimera.workbench.ui.session;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.session.DistributionState;
import dev.chimera.workbench.ui.distribution.ChartKind;
import dev.chimera.workbench.ui.distribution.DistributionSettings;
import dev.chimera.workbench.ui.distribution.DistributionViewModel;
import dev.chimera.workbench.ui.distribution.FilterChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Distributions tab's settings to and from a session, through the ViewModel's public properties. */
public final class DistributionSessionAdapter {
    private DistributionSessionAdapter() {
    }

    public static DistributionState collect(DistributionViewModel vm) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String column : DistributionSettings.FILTER_COLUMNS) {
            FilterChoice f = vm.filter(column);
            List<String> values = f.valuesProperty();
            boolean all = f.selected().size() == values.size() && f.selected().containsAll(values);
            if (!values.isEmpty() && !all) {
                filters.put(column, List.copyOf(f.selected()));
            }
        }
        PercentileMethod method = vm.methodProperty().get();
        ChartKind kind = vm.chartKindProperty().get();
        return new DistributionState(vm.metricProperty().get(), vm.groupByProperty().get(), filters,
                vm.excludeWarmupProperty().get(), vm.dropFirstPerRunProperty().get(), vm.includeFailedProperty().get(),
                vm.warmupsAsGroupProperty().get(), vm.logXProperty().get(), method == null ? null : method.name(),
                kind == null ? null : kind.name(), vm.ciProperty().get());
    }

    /** Applies what still fits the open data: a metric or filter value the data lacks is left as it is. */
    public static void apply(DistributionViewModel vm, DistributionState s) {
        // CIs first: every later set recomputes, and a bootstrap nobody asked for is the slow part.
        vm.ciProperty().set(s.ci());
        if (s.metric() != null && vm.metricsProperty().contains(s.metric())) {
            vm.metricProperty().set(s.metric());
        }
        if (s.groupBy() != null && vm.groupColumnsProperty().contains(s.groupBy())) {
            vm.groupByProperty().set(s.groupBy());
        }
        for (String column : DistributionSettings.FILTER_COLUMNS) {
            FilterChoice f = vm.filter(column);
            List<String> saved = s.filters().get(column);
            List<String> keep = new ArrayList<>(f.valuesProperty());
            if (saved != null) {
                keep.retainAll(saved);
            }
            // A filter none of whose values exist any more would hide everything: keep all instead.
            f.select(keep.isEmpty() ? List.copyOf(f.valuesProperty()) : keep);
        }
        vm.excludeWarmupProperty().set(s.excludeWarmup());
        vm.dropFirstPerRunProperty().set(s.dropFirstPerRun());
        vm.includeFailedProperty().set(s.includeFailed());
        vm.warmupsAsGroupProperty().set(s.warmupsAsGroup());
        vm.logXProperty().set(s.logX());
        Choices.setIfKnown(vm.methodProperty(), Choices.enumValue(PercentileMethod.class, s.percentileMethod()));
        Choices.setIfKnown(vm.chartKindProperty(), Choices.enumValue(ChartKind.class, s.chartKind()));
    }
}
