package dev.chimera.workbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.analysis.compare.Verdict;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonViewModelTest {

    @Test
    void comparesOnOpenFiltersByVerdictAndActivatesTheFile() throws Exception {
        // The real TR120 prefill run: summary_overall.csv holds 2 backends × 9 statistics, all equal to ours.
        Dataset d = DatasetLoader.standard().load(
                Path.of("../shared/real-results/tr120/tr120_root_cause_triton/20251221_172056/prefill"));
        List<String> activated = new ArrayList<>();
        ComparisonViewModel vm = new ComparisonViewModel(new CurrentThreadTaskExecutor(), activated::add);

        vm.setDataset(d);

        assertThat(vm.computingProperty().get()).isFalse();
        assertThat(vm.shownRows()).filteredOn(r -> r.sourceFile().endsWith("summary_overall.csv")).hasSize(18);
        long matches = vm.allRows().stream().filter(r -> r.verdict() == Verdict.MATCH).count();
        assertThat(vm.summaryProperty().get()).startsWith(matches + " match");

        vm.verdictFilterProperty().set(Verdict.UNEXPLAINED);
        assertThat(vm.shownRows()).isEmpty();
        vm.verdictFilterProperty().set(null);
        assertThat(vm.shownRows()).hasSize(vm.allRows().size());

        vm.activate(vm.shownRows().get(0));
        assertThat(activated).containsExactly(vm.shownRows().get(0).sourceFile());

        vm.setDataset(null);
        assertThat(vm.shownRows()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEmpty();
    }
}
