package dev.chimera.workbench.ui.session;

import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.session.RegimeState;
import dev.chimera.workbench.ui.regime.RegimeStep;
import dev.chimera.workbench.ui.regime.RegimeViewModel;
import java.util.Objects;

/** The Regimes tab's settings, slider and matrix inputs to and from a session. */
public final class RegimeSessionAdapter {
    private RegimeSessionAdapter() {
    }

    public static RegimeState collect(RegimeViewModel vm) {
        ScalingMetric metric = vm.metricProperty().get();
        Aggregation aggregation = vm.aggregationProperty().get();
        RegimeStep step = vm.step();
        double params = Math.max(RegimeState.MIN_PARAMS, Math.min(RegimeState.MAX_PARAMS,
                vm.paramsProperty().get()));
        return new RegimeState(metric == null ? null : metric.name(), vm.modeProperty().get(),
                aggregation == null ? null : aggregation.id(), vm.backendAProperty().get(), vm.backendBProperty().get(),
                params, step.gpuProperty().get(), step.objectiveProperty().get(), step.workloadProperty().get());
    }

    public static void apply(RegimeViewModel vm, RegimeState s) {
        Choices.setIfKnown(vm.metricProperty(), Choices.find(vm.metricsProperty(), ScalingMetric::name, s.metric()));
        if (s.mode() != null && vm.modesProperty().contains(s.mode())) {
            vm.modeProperty().set(s.mode());
        }
        Choices.setIfKnown(vm.aggregationProperty(), aggregation(s.aggregation()));
        // The crossover pair: each set recomputes, and a result may re-pick the pair, so set A again if it moved.
        Choices.setIfKnown(vm.backendAProperty(), s.backendA());
        Choices.setIfKnown(vm.backendBProperty(), s.backendB());
        if (s.backendA() != null && !Objects.equals(vm.backendAProperty().get(), s.backendA())) {
            vm.backendAProperty().set(s.backendA());
        }
        vm.paramsProperty().set(s.modelParams());
        RegimeStep step = vm.step();
        if (RegimeViewModel.GPU.contains(s.gpu())) {
            step.gpuProperty().set(s.gpu());
        }
        if (RegimeViewModel.OBJECTIVES.contains(s.objective())) {
            step.objectiveProperty().set(s.objective());
        }
        if (RegimeViewModel.WORKLOADS.contains(s.workload())) {
            step.workloadProperty().set(s.workload());
        }
    }

    private static Aggregation aggregation(String id) {
        if (id == null) {
            return null;
        }
        try {
            return Aggregation.parse(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
