package dev.chimera.workbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ui.TestFolders;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.findings.FindingsViewModel;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Show in view" of the Findings tab through the main ViewModel on the bundled sample data: the tab switches
 * and the target view's controls take the catalog entry's parameters (catalog.json computation.params).
 */
class EvidenceRouterTest {
    private static Preferences prefs;
    private static MainViewModel vm;
    private static FindingsViewModel findings;

    @BeforeAll
    static void open() {
        prefs = TestFolders.freshPreferences();
        vm = new MainViewModel(DatasetLoader.standard()::load, new CurrentThreadTaskExecutor(),
                new FakeDialogService(), new RecentFolders(prefs));
        vm.openFolder(Path.of("sample-data"));
        findings = vm.findings();
        assertThat(findings.results()).isNotEmpty();
    }

    @AfterAll
    static void tearDown() {
        TestFolders.remove(prefs);
    }

    @Test
    void coldStartFlipOpensTheColdStartViewOnItsModeAndBackends() {
        vm.showFindings();
        assertThat(findings.select("tr120.cold-start-flip")).isTrue();
        findings.showInView();
        assertThat(vm.selectedTabProperty().get()).isEqualTo(WorkbenchTab.COLD_START);
        // params: mode e2e_kv, a transformers-gpu, b transformers-gpu-compile; the check uses latency_ms.
        assertThat(vm.distributions().filter("mode").selected()).containsExactly("e2e_kv");
        assertThat(vm.distributions().filter("backend").selected())
                .containsExactly("transformers-gpu", "transformers-gpu-compile");
        assertThat(vm.distributions().groupByProperty().get()).isEqualTo("backend");
        assertThat(vm.distributions().metricProperty().get()).isEqualTo("latency_ms");
        assertThat(vm.distributions().dropFirstPerRunProperty().get()).isFalse();
    }

    @Test
    void crossoverOpensRegimesWithTheCheckedPair() {
        vm.showFindings();
        findings.select("tr118.crossover");
        findings.showInView();
        assertThat(vm.selectedTabProperty().get()).isEqualTo(WorkbenchTab.REGIMES);
        assertThat(vm.regimes().modeProperty().get()).isEqualTo("prefill");
        assertThat(vm.regimes().backendAProperty().get()).isEqualTo("onnxruntime-cpu");
        assertThat(vm.regimes().backendBProperty().get()).isEqualTo("transformers-gpu-compile");
        assertThat(vm.regimes().metricProperty().get().column()).isEqualTo("tokens_per_s");
    }

    @Test
    void costAndPowerFindingsOpenTheirTabs() {
        vm.showFindings();
        findings.select("tr119.generate-cheapest");
        findings.showInView();
        assertThat(vm.selectedTabProperty().get()).isEqualTo(WorkbenchTab.COST);
        assertThat(vm.cost().modeProperty().get()).isEqualTo("generate");
        assertThat(vm.cost().backendProperty().get()).isEqualTo("onnxruntime-gpu");
        assertThat(vm.cost().tierProperty().get()).isEqualTo("on-demand");

        vm.showFindings();
        findings.select("tr122.heat-soak");
        findings.showInView();
        assertThat(vm.selectedTabProperty().get()).isEqualTo(WorkbenchTab.POWER);
    }
}
