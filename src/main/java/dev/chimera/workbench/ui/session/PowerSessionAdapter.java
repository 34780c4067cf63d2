package dev.chimera.workbench.ui.session;

import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.session.PowerState;
import dev.chimera.workbench.ui.power.PowerViewModel;

/** The Power tab's trace and gap threshold to and from a session. */
public final class PowerSessionAdapter {
    private PowerSessionAdapter() {
    }

    public static PowerState collect(PowerViewModel vm) {
        Double gap = vm.gapThresholdProperty().get();
        return new PowerState(vm.traceProperty().get(), gap == null ? PowerOptions.TR122_GAP_S : gap);
    }

    /** The trace list is filled by the first background result, so the trace is selected once it is offered. */
    public static void apply(PowerViewModel vm, PowerState s) {
        vm.gapThresholdProperty().set(s.gapThresholdS());
        Choices.selectWhenOffered(vm.tracesProperty(), vm.traceProperty()::set, s.trace());
    }
}
