package dev.chimera.workbench.ui.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.chart.CostCharts;
import dev.chimera.workbench.cost.CostAggregation;
import dev.chimera.workbench.cost.CostEngine;
import dev.chimera.workbench.cost.CostInputs;
import dev.chimera.workbench.cost.CostReport;
import dev.chimera.workbench.cost.CostRow;
import dev.chimera.workbench.cost.Pricing;
import dev.chimera.workbench.cost.ThroughputPoint;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Cost tab's ViewModel on the real TR119 matrix with a same-thread executor. Expected values: TR119's
 * published $0.1279 / $1.204 (ORT-GPU on-demand), and python3 over the raw bench files as in Tr119CostTest
 * (mean of the 5 per-scenario costs 0.1278653; cost at mean throughput 0.1248350).
 */
class CostViewModelTest {
    private static final String ORT = "onnxruntime-gpu";
    private static Dataset tr119;
    private static List<ThroughputPoint> raw;
    private CostViewModel vm;

    @BeforeAll
    static void load() throws Exception {
        tr119 = DatasetLoader.standard().load(Path.of("../shared/real-results/tr119/tr119_matrix"));
        raw = CostInputs.fromRuns(tr119.table(CanonicalTable.RUNS), CostInputs.FileSelection.NEWEST_PER_MODE);
    }

    @BeforeEach
    void open() {
        vm = new CostViewModel(new CurrentThreadTaskExecutor());
        vm.setDataset(tr119);
    }

    private CostRow aggregate(String mode) {
        return vm.resultProperty().get().report().aggregate(ORT, mode);
    }

    @Test
    void headlineCostsOfTheRealMatrix() {
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.resultProperty().get().sourceUsed()).isEqualTo("raw");
        assertThat(aggregate("prefill").usdPer1m()).isCloseTo(0.1279, within(0.00005));
        assertThat(aggregate("prefill").usdPer1m()).isCloseTo(0.1278653, within(1e-7));
        assertThat(aggregate("generate").usdPer1m()).isCloseTo(1.204, within(0.0005));
        // 5 backends × 2 modes aggregates, 5 backends × 5 scenarios × 2 modes rows (Tr119CostTest: 50 points)
        assertThat(vm.rows()).hasSize(10 + 50);
        assertThat(vm.rows().get(0).scenario()).isEqualTo("all");
        // The bar chart shows exactly the aggregate rows.
        CategoryPlot bars = vm.resultProperty().get().byBackend().getCategoryPlot();
        assertThat(bars.getDataset().getValue("prefill", ORT).doubleValue())
                .isEqualTo(aggregate("prefill").usdPer1m());
    }

    @Test
    void editingTheOnDemandRateDoublesTheInfrastructurePart() {
        double before = aggregate("prefill").infraUsdPer1m();
        double energy = aggregate("prefill").energyUsdPer1m();
        vm.setTierUsdPerHour("on-demand", 2.012); // 2 × 1.006
        CostRow after = aggregate("prefill");
        assertThat(after.infraUsdPer1m()).isCloseTo(2 * before, within(1e-12));
        assertThat(after.energyUsdPer1m()).isCloseTo(energy, within(1e-15));
        // The engine called directly with the same edited pricing gives the same row.
        Pricing edited = Pricing.defaults().withTier(Pricing.defaults().tier("on-demand").orElseThrow()
                .withUsdPerHour(2.012));
        CostReport direct = CostEngine.compute(raw, edited, edited.tier("on-demand").orElseThrow(),
                CostAggregation.MEAN_OF_SCENARIOS);
        assertThat(after.usdPer1m()).isCloseTo(direct.aggregate(ORT, "prefill").usdPer1m(), within(1e-15));
        assertThat(after.usdPer1m()).isGreaterThan(0.1279 + 0.09);
        // The tier chart (of the focused backend and mode) follows the edit.
        vm.backendProperty().set(ORT);
        vm.modeProperty().set("prefill");
        CategoryPlot tiers = vm.resultProperty().get().tiers().getCategoryPlot();
        assertThat(tiers.getDataset().getValue(CostCharts.INFRA, "On-demand").doubleValue())
                .isCloseTo(2 * before, within(1e-12));
    }

    @Test
    void switchingAggregationGivesTheCostAtMeanThroughput() {
        vm.aggregationProperty().set(CostAggregation.AT_MEAN_THROUGHPUT);
        assertThat(aggregate("prefill").usdPer1m()).isCloseTo(0.1248350, within(1e-7));
        assertThat(aggregate("generate").usdPer1m()).isCloseTo(0.9023833, within(1e-7));
        vm.aggregationProperty().set(CostAggregation.MEAN_OF_SCENARIOS);
        assertThat(aggregate("prefill").usdPer1m()).isCloseTo(0.1278653, within(1e-7));
    }

    @Test
    void spotTierSummarySourceAndEmptyState() {
        vm.tierProperty().set("spot");
        assertThat(aggregate("prefill").usdPer1m()).isCloseTo(0.03868, within(0.000005)); // TR119 §4
        vm.tierProperty().set("on-demand");
        vm.sourceProperty().set(CostSource.SUMMARY);
        assertThat(vm.resultProperty().get().sourceUsed()).isEqualTo("summary");
        assertThat(aggregate("prefill").usdPer1m()).isCloseTo(0.1279, within(0.00005));
        // A folder without throughput rows: empty state, no rows. The TR120 sample has no power per run and no
        // latency_summary_cost.csv.
        vm.setDataset(Dataset.class.cast(loadQuietly(Path.of("sample-data/tr120-compile"))));
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.rows()).isEmpty();
        vm.setDataset(null);
        assertThat(vm.emptyProperty().get()).isTrue();
    }

    private static Dataset loadQuietly(Path p) {
        try {
            return DatasetLoader.standard().load(p);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
