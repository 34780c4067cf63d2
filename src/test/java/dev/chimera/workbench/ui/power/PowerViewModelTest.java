package dev.chimera.workbench.ui.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.power.EnergyQuality;
import dev.chimera.workbench.power.PowerAnalysis;
import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.power.TraceAnalysis;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Power tab's ViewModel on the TR122-style sample, with a same-thread executor. */
class PowerViewModelTest {
    private static Dataset tr122;
    private static Dataset noPower;
    private static TraceAnalysis engine;
    private PowerViewModel vm;

    @BeforeAll
    static void load() throws Exception {
        tr122 = DatasetLoader.standard().load(Path.of("sample-data/tr122-physics"));
        noPower = DatasetLoader.standard().load(Path.of("sample-data/tr118-crossover"));
        // Independently of the ViewModel: the engine's own analysis of the same folder.
        engine = PowerAnalysis.analyze(tr122, PowerOptions.defaults()).get(0);
    }

    @BeforeEach
    void setUp() {
        vm = new PowerViewModel(new CurrentThreadTaskExecutor());
    }

    @Test
    void eventsQualitiesAndNoNumberForNoData() {
        vm.setDataset(tr122);
        assertThat(vm.hasPowerProperty().get()).isTrue();
        assertThat(vm.tracesProperty()).hasSize(1);
        assertThat(vm.traceProperty().get()).isEqualTo(vm.tracesProperty().get(0)).contains("power_trace.csv");
        // 30 events (wc -l generation_events.jsonl); 5 good / 2 gappy / 23 no_data (engine, RealTracesTest).
        assertThat(vm.rows()).hasSize(30);
        assertThat(vm.rows()).filteredOn(r -> r.quality() == EnergyQuality.GOOD).hasSize(5);
        assertThat(vm.rows()).filteredOn(r -> r.quality() == EnergyQuality.GAPPY).hasSize(2);
        assertThat(vm.rows()).filteredOn(r -> r.quality() == EnergyQuality.NO_DATA).hasSize(23)
                .allSatisfy(r -> {
                    assertThat(r.energyJ()).isEqualTo(PowerEventRow.NO_VALUE);
                    assertThat(r.jPerToken()).isEqualTo(PowerEventRow.NO_VALUE);
                    assertThat(r.samples()).isLessThan(2);
                });
        // Counted rows show the engine's energy, to 2 decimals.
        assertThat(vm.rows()).filteredOn(r -> r.quality() != EnergyQuality.NO_DATA).allSatisfy(r ->
                assertThat(Double.parseDouble(r.energyJ())).isEqualTo(
                        Math.round(r.event().energyJ() * 100) / 100.0, org.assertj.core.api.Assertions.within(0.0051)));
        PowerResult r = vm.resultProperty().get();
        assertThat(r.traceChart()).isNotNull();
        assertThat(r.dtChart()).isNotNull();
        assertThat(r.temperatureChart()).isNotNull();
        // Heat soak: the engine's equilibrium time, and the summary names it (420 s after load start).
        assertThat(r.analysis().heatSoak().equilibriumAtS()).isEqualTo(engine.heatSoak().equilibriumAtS());
        assertThat(r.analysis().heatSoak().equilibriumS()).isEqualTo(engine.heatSoak().equilibriumS());
        assertThat(vm.summaryProperty().get()).contains("9,523 samples").contains("25 gaps > 250 ms")
                .contains("equilibrium 420 s");
    }

    @Test
    void switchingTheThresholdTo200MsFindsMoreGaps() {
        vm.setDataset(tr122);
        int at250 = vm.resultProperty().get().analysis().sampling().gapCount();
        vm.gapThresholdProperty().set(0.20);
        int at200 = vm.resultProperty().get().analysis().sampling().gapCount();
        // python3 over power_trace.csv: 25 intervals > 250 ms, 30 > 200 ms.
        assertThat(at250).isEqualTo(25);
        assertThat(at200).isEqualTo(30).isGreaterThan(at250);
        assertThat(vm.summaryProperty().get()).contains("30 gaps > 200 ms");
        assertThat(vm.tracesProperty()).hasSize(1);
    }

    @Test
    void withoutPowerRowsTheTabIsEmpty() {
        vm.setDataset(noPower);
        assertThat(vm.hasPowerProperty().get()).isFalse();
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).isNotEmpty();
        vm.setDataset(tr122);
        assertThat(vm.rows()).hasSize(30);
        vm.setDataset(null);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.hasPowerProperty().get()).isFalse();
    }
}
