package dev.chimera.workbench.ui.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.analysis.ColdStartEffect;
import dev.chimera.workbench.analysis.ColdStartFile;
import dev.chimera.workbench.analysis.GroupIntervals;
import dev.chimera.workbench.analysis.WarmupRatioCell;
import dev.chimera.workbench.chart.HeatMapData;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The "Cold starts & warmups" sub-view, the paradox banner and the CI toggle of the Distributions ViewModel,
 * with the same-thread executor, on the TR120-style sample (e2e_kv grouped by backend).
 */
class DistributionColdStartTest {
    private static final String GPU = "transformers-gpu";
    private static final String COMPILE = "transformers-gpu-compile";
    /** The run of the gpu cold start: first row of e2e_kv/metrics.csv (its 'path' column), also under runs/. */
    private static final String GPU_MICRO_RUN = "single_micro/transformers-gpu/fp32/run_1766154832697.json";
    private static Dataset dataset;

    private final List<String> activated = new ArrayList<>();
    private DistributionViewModel vm;

    @BeforeAll
    static void load() throws IOException {
        dataset = DatasetLoader.standard().load(Path.of("sample-data/tr120-compile"));
    }

    @BeforeEach
    void open() {
        vm = new DistributionViewModel(new CurrentThreadTaskExecutor(), activated::add);
        vm.setDataset(dataset);
        vm.groupByProperty().set("backend");
        vm.metricProperty().set(RunColumns.LATENCY_MS);
        vm.filter("mode").select(List.of("e2e_kv"));
    }

    @Test
    void coldStartRowOfTheGpuSingleMicroFileMatchesTheRunsTable() {
        ColdStartFile f = gpuMicro();
        // Independently: the file's ok e2e_kv rows from the runs table in sample_idx order.
        double[] ordered = orderedLatencies(f.run());
        assertThat(ordered).hasSize(40); // 40 rows with this 'path' in e2e_kv/metrics.csv (python3 csv count)
        double[] rest = Arrays.copyOfRange(ordered, 1, ordered.length);
        Arrays.sort(rest);
        double medianRest = rest[rest.length / 2]; // 39 values: the 20th smallest is the median
        assertThat(f.firstMs()).isEqualTo(3325.81).isEqualTo(ordered[0]);
        assertThat(f.nSamples()).isEqualTo(40);
        assertThat(f.medianRestMs()).isEqualTo(medianRest);
        // python3/numpy on the CSV gives 3325.81 / 594.88 = 5.5907; here from the runs table.
        assertThat(f.ratioFirstOverMedianRest()).isCloseTo(ordered[0] / medianRest, within(1e-12))
                .isCloseTo(5.5907, within(1e-4));
        assertThat(f.firstOver3xRestMedian()).isTrue();
        assertThat(f.maxIndex()).isZero();
        assertThat(ColdStartComputation.flag(f)).isEqualTo("> 3\u00d7");
        assertThat(Numbers.ratio(f.ratioFirstOverMedianRest())).isEqualTo("5.59\u00d7");
        // 7 run files per backend in e2e_kv (the percentile table drops 7 first samples per backend).
        assertThat(vm.coldStart().files()).hasSize(14);
        assertThat(vm.coldStart().summaryProperty().get()).startsWith("14 run files of latency_ms");

        // Dropping first samples changes the charts, not this table: the first sample is what it measures.
        vm.dropFirstPerRunProperty().set(true);
        assertThat(gpuMicro().firstMs()).isEqualTo(3325.81);

        // Double-click asks Sources to show the file the rows came from.
        vm.coldStart().activate(gpuMicro());
        assertThat(activated).singleElement().asString().endsWith("e2e_kv/runs/" + GPU_MICRO_RUN);
    }

    @Test
    void overallEffectPerModeAndBackendPoolsWithAndWithoutFirstSamples() {
        ColdStartEffect gpu = vm.coldStart().effects().stream()
                .filter(e -> ColdStartComputation.group(e).equals("e2e_kv \u00b7 " + GPU)).findFirst().orElseThrow();
        // The same pooled means as the percentile table with and without drop-first (python3 over the CSV:
        // 405.8163 -> 388.3878 ms, see DistributionViewModelTest).
        assertThat(gpu.files()).isEqualTo(7);
        assertThat(gpu.nTotalSamples()).isEqualTo(280);
        assertThat(gpu.meanMs()).isCloseTo(405.8163, within(1e-4));
        assertThat(gpu.meanExclFirstMs()).isCloseTo(388.3878, within(1e-4));
        assertThat(gpu.nExclFirstSamples()).isEqualTo(273);
        long over3 = vm.coldStart().files().stream()
                .filter(f -> f.backend().equals(GPU) && f.firstOver3xRestMedian()).count();
        assertThat(gpu.fracFirstSampleOver3xRestMedianPerFile()).isEqualTo(over3 / 7.0);
    }

    @Test
    void paradoxBannerNamesTheGroupsAndTheColdStartAndGoesWhenFirstSamplesAreDropped() {
        String banner = vm.paradoxProperty().get();
        // gpu mean 405.82 > compile 393.31 (python3 over the CSV), but its median is lower.
        assertThat(banner).startsWith(GPU + " has a higher mean than " + COMPILE)
                .contains("405.816 vs 393.314 ms")
                // the largest driver is the cold start: the first entry of latencies_ms, line 18 of its run JSON
                // (grep -n 3325.81 finds line 18 first)
                .contains("3,325.8 (20251219_143012/e2e_kv/runs/" + GPU_MICRO_RUN + ", line 18)");
        assertThat(vm.resultProperty().get().paradox().findings()).singleElement()
                .satisfies(f -> assertThat(f.resolved()).isTrue());
        assertThat(vm.paradoxDetailsProperty().get()).contains(GPU_MICRO_RUN + ", line 18");

        vm.dropFirstPerRunProperty().set(true);
        assertThat(vm.paradoxProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get().paradox().findings()).isEmpty();

        vm.dropFirstPerRunProperty().set(false);
        assertThat(vm.paradoxProperty().get()).isEqualTo(banner);
    }

    @Test
    void ciToggleAddsSeededBootstrapIntervalsThatBracketTheEstimates() {
        PercentileRow gpu = row(GPU);
        assertThat(vm.ciProperty().get()).as("on by default for groups of 280").isTrue();
        GroupIntervals ci = gpu.ci();
        assertThat(ci).isNotNull();
        assertThat(ci.mean().resamples()).isEqualTo(1000);
        assertThat(ci.mean().confidence()).isEqualTo(0.95);
        assertThat(ci.mean().estimate()).isCloseTo(gpu.mean(), within(1e-9));
        assertThat(ci.mean().lo()).isLessThan(gpu.mean());
        assertThat(ci.mean().hi()).isGreaterThan(gpu.mean());
        assertThat(ci.p50().lo()).isLessThanOrEqualTo(gpu.p50());
        assertThat(ci.p50().hi()).isGreaterThanOrEqualTo(gpu.p50());
        assertThat(ci.p99().hi()).isLessThanOrEqualTo(gpu.max());
        assertThat(Numbers.withCi(gpu.mean(), ci.mean())).startsWith("405.816 [").endsWith("]");

        vm.methodProperty().set(dev.chimera.workbench.analysis.PercentileMethod.NEAREST_RANK);
        vm.methodProperty().set(dev.chimera.workbench.analysis.PercentileMethod.LINEAR);
        assertThat(row(GPU).ci().mean()).as("seeded: same interval on recomputation").isEqualTo(ci.mean());

        vm.ciProperty().set(false);
        assertThat(row(GPU).ci()).isNull();
        assertThat(row(GPU).mean()).isEqualTo(gpu.mean());
    }

    @Test
    void warmupGridOfTheRealTr121RunMarksTheGemma270mMediumPrefillCell() throws IOException {
        vm.setDataset(DatasetLoader.standard().load(Path.of("../shared/real-results/tr121/20251224_002857")));
        vm.metricProperty().set(RunColumns.LATENCY_MS);
        ColdStartResult cold = vm.coldStart().result();
        HeatMapData grid = cold.grid();
        // 108 rows: 3 models x 2 scenarios; one backend (ollama) x 3 modes (python3 Counter over metrics.csv).
        assertThat(grid.columnLabels()).containsExactlyInAnyOrder("ollama \u00b7 prefill", "ollama \u00b7 kv_decode",
                "ollama \u00b7 e2e_kv");
        assertThat(grid.rowLabels()).hasSize(6).contains("gemma3:270m \u00b7 medium");
        int r = grid.rowLabels().indexOf("gemma3:270m \u00b7 medium");
        int c = grid.columnLabels().indexOf("ollama \u00b7 prefill");
        // 51.8946 / 2.1624 = 23.9986 (the value WarmupRatioGridTest asserts against warmup_effect.csv).
        assertThat(grid.value(r, c)).isCloseTo(23.998612652608212, within(1e-12));
        assertThat(grid.markedCells()).singleElement().satisfies(rc -> assertThat(rc).containsExactly(r, c));
        WarmupRatioCell alert = cold.cell(r, c);
        assertThat(alert.alert()).isTrue();
        assertThat(cold.alerts()).containsExactly(alert);
        assertThat(vm.coldStart().gridChartProperty().get()).isNotNull();
        assertThat(vm.coldStart().cellText(r, c)).contains("gemma3:270m").contains("= 23.999\u00d7")
                .contains("TR121 alert");
        assertThat(vm.coldStart().cellText(99, 0)).isEmpty();
        assertThat(vm.coldStart().summaryProperty().get()).endsWith("1 warmup-grid cells above 10\u00d7");
    }

    @Test
    void aFolderWithoutWarmupsSaysWhyThereIsNoGrid() {
        // The TR120 sample records no is_warmup rows.
        assertThat(vm.coldStart().gridChartProperty().get()).isNull();
        assertThat(vm.coldStart().gridNoteProperty().get()).startsWith("No warmup-ratio grid: ");
    }

    private ColdStartFile gpuMicro() {
        return vm.coldStart().files().stream()
                .filter(f -> f.run().endsWith(GPU_MICRO_RUN) && f.mode().equals("e2e_kv")).findFirst().orElseThrow();
    }

    private PercentileRow row(String group) {
        return vm.rows().stream().filter(x -> x.group().equals(group)).findFirst().orElseThrow();
    }

    /** ok latencies of one run in sample_idx order, read row by row from the runs table. */
    private static double[] orderedLatencies(String run) {
        Table runs = dataset.table(CanonicalTable.RUNS);
        NumericColumn<?> latency = (NumericColumn<?>) runs.column(RunColumns.LATENCY_MS);
        NumericColumn<?> idx = (NumericColumn<?>) runs.column(RunColumns.SAMPLE_IDX);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < runs.rowCount(); i++) {
            if (runs.getString(i, RunColumns.RUN_ID).equals(run) && runs.getString(i, RunColumns.STATUS).equals("ok")) {
                rows.add(new double[] {idx.getDouble(i), latency.getDouble(i)});
            }
        }
        rows.sort(Comparator.comparingDouble(x -> x[0]));
        return rows.stream().mapToDouble(x -> x[1]).toArray();
    }
}
