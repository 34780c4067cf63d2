package dev.chimera.workbench.ui.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import dev.chimera.workbench.ui.task.QueuedTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** The Distributions ViewModel on the bundled TR120-style sample (compile paradox), with the same-thread executor. */
class DistributionViewModelTest {
    private static final String GPU = "transformers-gpu";
    private static final String COMPILE = "transformers-gpu-compile";
    private static Dataset dataset;

    private CurrentThreadTaskExecutor executor;
    private DistributionViewModel vm;

    @BeforeAll
    static void load() throws IOException {
        dataset = DatasetLoader.standard().load(Path.of("sample-data/tr120-compile"));
    }

    @BeforeEach
    void open() {
        executor = new CurrentThreadTaskExecutor();
        vm = new DistributionViewModel(executor);
        vm.setDataset(dataset);
        vm.groupByProperty().set("backend");
        vm.metricProperty().set(RunColumns.LATENCY_MS);
        vm.filter("mode").select(List.of("e2e_kv"));
    }

    @Test
    void offersOnlyMetricsWithValuesAndTheFilterValuesOfTheFolder() {
        // TR120 has no streaming TTFT (its 'ttft_ms' is not a TTFT), so ttft_ms is empty and not offered.
        assertThat(vm.metricsProperty()).contains(RunColumns.LATENCY_MS, RunColumns.TOKENS_PER_S)
                .doesNotContain(RunColumns.TTFT_MS);
        assertThat(vm.filter("backend").valuesProperty()).containsExactly(GPU, COMPILE);
        assertThat(vm.filter("mode").valuesProperty()).containsExactly("e2e_kv", "kv_decode", "prefill");
        assertThat(vm.filter("scenario").valuesProperty()).hasSize(7);
        assertThat(executor.submittedCount()).as("computed through the executor").isPositive();
    }

    @Test
    void choicesArriveFromTheBackgroundAndSettingsAskedMeanwhileApplyThen() {
        // Distinct filter values scan every row (0.5 s on 1 M rows): never on the calling (UI) thread.
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        DistributionViewModel later = new DistributionViewModel(queued);
        later.setDataset(dataset);
        assertThat(later.filter("backend").valuesProperty()).isEmpty();
        assertThat(later.metricsProperty()).isEmpty();
        assertThat(later.computingProperty().get()).isTrue();
        assertThat(queued.pending()).isEqualTo(1);

        // As a session restore or a finding's "Show in view" does right after a load.
        later.whenChoicesReady(() -> later.filter("backend").select(List.of(COMPILE)));
        assertThat(later.filter("backend").selected()).isEmpty();

        queued.runAll(); // the choices, then the one computation they start
        assertThat(later.filter("backend").valuesProperty()).containsExactly(GPU, COMPILE);
        assertThat(later.filter("backend").selected()).containsExactly(COMPILE);
        assertThat(later.metricsProperty()).contains(RunColumns.LATENCY_MS);
        assertThat(later.rows()).extracting(PercentileRow::group).containsExactly(COMPILE);

        // Once the choices are there, an action runs at once.
        later.whenChoicesReady(() -> later.filter("backend").select(List.of(GPU)));
        assertThat(later.filter("backend").selected()).containsExactly(GPU);
    }

    @Test
    void droppingTheFirstSampleOfEveryRunFileFlipsWhichBackendHasTheHigherMean() {
        Map<String, Double> withColdStarts = meansFromRunsTable(false);
        Map<String, Double> withoutColdStarts = meansFromRunsTable(true);
        // python3 over e2e_kv/metrics.csv (status ok, first row of every 'path' dropped or kept):
        // gpu 405.8163 -> 388.3878, compile 393.3144 -> 393.4212.
        assertThat(withColdStarts.get(GPU)).isEqualTo(405.8163, within(1e-4));
        assertThat(withoutColdStarts.get(GPU)).isEqualTo(388.3878, within(1e-4));

        assertThat(rowMean(GPU)).isEqualTo(withColdStarts.get(GPU), within(1e-9));
        assertThat(rowMean(COMPILE)).isEqualTo(withColdStarts.get(COMPILE), within(1e-9));
        assertThat(rowMean(GPU)).isGreaterThan(rowMean(COMPILE)); // the "compile is faster" paradox

        vm.dropFirstPerRunProperty().set(true);

        assertThat(rowMean(GPU)).isEqualTo(withoutColdStarts.get(GPU), within(1e-9));
        assertThat(rowMean(COMPILE)).isEqualTo(withoutColdStarts.get(COMPILE), within(1e-9));
        assertThat(rowMean(GPU)).isLessThan(rowMean(COMPILE)); // ordering flipped
        // 7 run files per backend in e2e_kv: 7 first samples dropped, 273 of 280 left.
        assertThat(row(GPU).n()).isEqualTo(273);
        assertThat(row(GPU).excluded()).isEqualTo("7 first");
        // The charts follow at once: every ECDF series holds the 273 samples (below the decimation threshold).
        XYDataset ecdf = vm.resultProperty().get().ecdf().getXYPlot().getDataset();
        assertThat(ecdf.getItemCount(0)).isEqualTo(273);
        // The gpu cold start (3325.81 ms, first sample of single_micro) is gone from the chart data.
        assertThat(vm.resultProperty().get().ecdfs().get(0).xs()).doesNotContain(3325.81);
    }

    @Test
    void chartDatasetsHoldTheSameSamplesAsTheTable() {
        DistributionResult r = vm.resultProperty().get();
        assertThat(r.groups()).extracting(g -> g.label()).containsExactly(GPU, COMPILE);
        assertThat(r.sampleCount()).isEqualTo(560); // 2 x 280 ok rows in e2e_kv/metrics.csv

        XYDataset ecdf = r.ecdf().getXYPlot().getDataset();
        assertThat(ecdf.getSeriesCount()).isEqualTo(2);
        assertThat(ecdf.getItemCount(0)).isEqualTo(280);
        assertThat(ecdf.getYValue(0, 279)).isEqualTo(1.0);
        XYDataset ccdf = r.ccdf().getXYPlot().getDataset();
        assertThat(ccdf.getXValue(0, 279)).isEqualTo(3325.81); // the cold start is the gpu tail
        assertThat(ccdf.getYValue(0, 279)).isEqualTo(1.0 / 280);

        IntervalXYDataset hist = (IntervalXYDataset) r.histogram().getXYPlot().getDataset();
        for (int s = 0; s < 2; s++) {
            double sum = 0;
            for (int i = 0; i < hist.getItemCount(s); i++) {
                sum += hist.getYValue(s, i);
            }
            assertThat(sum).isEqualTo(280);
        }
        BoxAndWhiskerCategoryDataset box = (BoxAndWhiskerCategoryDataset) r.box().getCategoryPlot().getDataset();
        assertThat(box.getColumnCount()).isEqualTo(2);
        assertThat(box.getMedianValue(0, 0).doubleValue()).isEqualTo(row(GPU).p50());
        assertThat(box.getMeanValue(0, 0).doubleValue()).isEqualTo(row(GPU).mean(), within(1e-9));
    }

    @Test
    void filtersNarrowTheGroupsAndSmallGroupsWarnAboutTheirTails() {
        int gpuColour = row(GPU).colourIndex();
        int compileColour = row(COMPILE).colourIndex();
        vm.filter("backend").select(List.of(COMPILE));
        assertThat(vm.rows()).extracting(PercentileRow::group).containsExactly(COMPILE);
        assertThat(row(COMPILE).colourIndex()).as("colour stays with the group").isEqualTo(compileColour);
        assertThat(compileColour).isNotEqualTo(gpuColour);

        vm.filter("backend").select(List.of(GPU, COMPILE));
        vm.filter("scenario").select(List.of("single_micro"));
        // One run file of 40 samples per backend for single_micro.
        assertThat(vm.rows()).extracting(PercentileRow::n).containsExactly(40, 40);
        assertThat(row(GPU).warnings()).contains("p99 with n = 40 is effectively the maximum");
        assertThat(row(GPU).max()).isEqualTo(3325.81);
    }

    @Test
    void failedRowsAreExcludedAndCountedUntilIncluded() {
        // prefill/metrics.csv: 2 degraded transformers-gpu-compile rows (python3 Counter over status, backend).
        vm.filter("mode").select(List.of("prefill"));
        assertThat(row(COMPILE).n()).isEqualTo(280);
        assertThat(row(COMPILE).excluded()).isEqualTo("2 failed");
        vm.includeFailedProperty().set(true);
        assertThat(row(COMPILE).n()).isEqualTo(282);
        // 280 gpu + 282 compile samples.
        assertThat(vm.statusProperty().get()).contains("562 samples in 2 groups");
    }

    @Test
    void percentileMethodAndLogScaleChangeTheTableAndAxes() {
        double linear = row(GPU).p99();
        vm.methodProperty().set(PercentileMethod.NEAREST_RANK);
        assertThat(vm.resultProperty().get().settings().method()).isEqualTo(PercentileMethod.NEAREST_RANK);
        assertThat(row(GPU).p99()).isNotEqualTo(linear);
        vm.logXProperty().set(true);
        assertThat(vm.resultProperty().get().ecdf().getXYPlot().getDomainAxis())
                .isInstanceOf(org.jfree.chart.axis.LogAxis.class);
        assertThat(vm.resultProperty().get().bins().log()).isTrue();
    }

    @Test
    void hoveringTheTailNamesTheColdStartSampleAndItsFile() {
        String text = vm.hoverText(ChartKind.CCDF, 3300, 1.0 / 280);
        assertThat(text).contains(GPU).contains("3,325.8")
                .contains("single_micro/transformers-gpu/fp32/run_1766154832697.json");
        assertThat(vm.hoverText(ChartKind.BOX, 1, 0)).startsWith(COMPILE + " (n = 280)");
        assertThat(vm.hoverText(ChartKind.HISTOGRAM, 3325.81, 1)).contains(GPU + ": 1");
    }

    @Test
    void closingTheFolderClearsEverything() {
        vm.setDataset(null);
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.metricsProperty()).isEmpty();
    }

    private PercentileRow row(String group) {
        return vm.rows().stream().filter(r -> r.group().equals(group)).findFirst().orElseThrow();
    }

    private double rowMean(String group) {
        return row(group).mean();
    }

    /** Mean latency per backend of ok e2e_kv rows, computed here row by row (optionally without each file's first sample). */
    private static Map<String, Double> meansFromRunsTable(boolean dropFirst) {
        Table runs = dataset.table(CanonicalTable.RUNS);
        NumericColumn<?> latency = (NumericColumn<?>) runs.column(RunColumns.LATENCY_MS);
        NumericColumn<?> idx = (NumericColumn<?>) runs.column(RunColumns.SAMPLE_IDX);
        Map<String, Double> firstIdx = new HashMap<>();
        for (int i = 0; i < runs.rowCount(); i++) {
            if (ok(runs, i)) {
                firstIdx.merge(runs.getString(i, RunColumns.SOURCE_FILE), idx.getDouble(i), Math::min);
            }
        }
        Map<String, double[]> sums = new HashMap<>();
        for (int i = 0; i < runs.rowCount(); i++) {
            if (!ok(runs, i) || dropFirst
                    && idx.getDouble(i) == firstIdx.get(runs.getString(i, RunColumns.SOURCE_FILE))) {
                continue;
            }
            double[] s = sums.computeIfAbsent(runs.getString(i, RunColumns.BACKEND), k -> new double[2]);
            s[0] += latency.getDouble(i);
            s[1]++;
        }
        Map<String, Double> means = new HashMap<>();
        sums.forEach((k, s) -> means.put(k, s[0] / s[1]));
        return means;
    }

    private static boolean ok(Table runs, int row) {
        return runs.getString(row, RunColumns.MODE).equals("e2e_kv") && runs.getString(row, RunColumns.STATUS).equals("ok");
    }
}
