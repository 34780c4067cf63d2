package dev.chimera.workbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadyGateTest {

    @Test
    void anOpenGateRunsAtOnceAClosedOneInOrderWhenItOpens() {
        ReadyGate gate = new ReadyGate();
        List<String> ran = new ArrayList<>();
        gate.whenOpen(() -> ran.add("now"));
        assertThat(ran).containsExactly("now");

        gate.close();
        gate.whenOpen(() -> ran.add("a"));
        gate.whenOpen(() -> ran.add("b"));
        assertThat(ran).containsExactly("now");
        gate.open();
        assertThat(ran).containsExactly("now", "a", "b");
        gate.open(); // nothing waits any more
        assertThat(ran).containsExactly("now", "a", "b");
    }

    @Test
    void openDroppingForgetsWhatWaited() {
        ReadyGate gate = new ReadyGate();
        List<String> ran = new ArrayList<>();
        gate.close();
        gate.whenOpen(() -> ran.add("lost"));
        gate.openDropping();
        gate.whenOpen(() -> ran.add("after"));
        gate.open();
        assertThat(ran).containsExactly("after");
    }
}
