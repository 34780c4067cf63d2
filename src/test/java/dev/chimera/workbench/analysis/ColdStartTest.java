package dev.chimera.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ColdStartTest {
    private static final Path PARADOX = Path.of("../shared/real-results/tr120/tr120_compile_paradox/processed");
    private static final Path SAMPLE_E2E = Path.of("sample-data/tr120-compile/20251219_143012/e2e_kv");

    /** The published per-file rows (TR117 tier-3; their raw runs are not in the folder). */
    private static List<Map<String, String>> csv(String name) throws Exception {
        List<String> lines = Files.readAllLines(PARADOX.resolve(name));
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1); // no quoted cells in these files
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static double d(Map<String, String> row, String col) {
        return Double.parseDouble(row.get(col));
    }

    private static ColdStartFile fromCsv(Map<String, String> r) {
        double ratio = ColdStartFile.ratio(d(r, "first_ms"), d(r, "median_rest_ms"));
        return new ColdStartFile(r.get("path"), r.get("path"), r.get("backend"), r.get("model"), r.get("scenario"),
                "", Integer.parseInt(r.get("n_samples")), d(r, "first_ms"), 0, d(r, "median_rest_ms"), ratio,
                ratio > 2, ratio > 3, d(r, "mean_ms"), d(r, "median_ms"), d(r, "p99_ms"), d(r, "max_ms"),
                Integer.parseInt(r.get("max_index")), d(r, "mean_excl_first_ms"));
    }

    /**
     * Our ratio and flag definitions reproduce every row of TR120's cold_start_by_file.csv from its own
     * first_ms / median_rest_ms, and its mean_excl_first is the mean of samples 1..n−1:
     * n·mean − first = (n − 1)·mean_excl_first.
     */
    @Test
    void definitionsAgreeWithTheCompileParadoxPerFileTable() throws Exception {
        List<Map<String, String>> rows = csv("cold_start_by_file.csv");
        assertThat(rows).hasSize(42); // wc -l: 43 lines with the header (21 files per backend)
        int over3 = 0;
        for (Map<String, String> r : rows) {
            double ratio = ColdStartFile.ratio(d(r, "first_ms"), d(r, "median_rest_ms"));
            assertThat(ratio).isCloseTo(d(r, "ratio_first_over_median_rest"), within(1e-12 * ratio));
            assertThat(ratio > 2).isEqualTo(Boolean.parseBoolean(r.get("first_over_2x_rest_median")));
            assertThat(ratio > 3).isEqualTo(Boolean.parseBoolean(r.get("first_over_3x_rest_median")));
            int n = Integer.parseInt(r.get("n_samples"));
            double lhs = n * d(r, "mean_ms") - d(r, "first_ms");
            assertThat(lhs).isCloseTo((n - 1) * d(r, "mean_excl_first_ms"), within(1e-9 * lhs));
            if (r.get("max_index").equals("0")) {
                assertThat(d(r, "max_ms")).isEqualTo(d(r, "first_ms"));
            }
            over3 += ratio > 3 ? 1 : 0;
        }
        assertThat(over3).isEqualTo(3); // TR120 §4.4: 3/21 transformers-gpu files, 0/21 compile
    }

    /**
     * The overall effect arithmetic on the per-file rows reproduces cold_start_effect_overall.csv where the
     * rows determine it: n, mean (weighted by n), n and mean without first samples (weighted by n − 1), max,
     * and the per-file fractions (gpu 8/21 max at first, 3/21 over 2× and 3×; compile 1/21, 0, 0).
     */
    @Test
    void overallEffectFromThePerFileRowsMatchesThePublishedOverallTable() throws Exception {
        Map<String, List<ColdStartFile>> byBackend = csv("cold_start_by_file.csv").stream()
                .map(ColdStartTest::fromCsv).collect(Collectors.groupingBy(ColdStartFile::backend));
        for (Map<String, String> o : csv("cold_start_effect_overall.csv")) {
            String backend = o.get("backend");
            ColdStartEffect e = ColdStartEffect.fromFileRows(Map.of("backend", backend), byBackend.get(backend));
            assertThat(e.files()).isEqualTo(21);
            assertThat(e.nTotalSamples()).isEqualTo(Integer.parseInt(o.get("n_total_samples")));
            assertThat(e.nExclFirstSamples()).isEqualTo(Integer.parseInt(o.get("n_excl_first_samples")));
            assertThat(e.meanMs()).isCloseTo(d(o, "mean_ms"), within(1e-9 * d(o, "mean_ms")));
            assertThat(e.meanExclFirstMs()).isCloseTo(d(o, "mean_excl_first_ms"),
                    within(1e-9 * d(o, "mean_excl_first_ms")));
            assertThat(e.maxMs()).isEqualTo(d(o, "max_ms"));
            assertThat(e.fracMaxAtFirstSamplePerFile()).isCloseTo(d(o, "frac_max_at_first_sample_per_file"),
                    within(1e-15));
            assertThat(e.fracFirstSampleOver2xRestMedianPerFile())
                    .isCloseTo(d(o, "frac_first_sample_over_2x_rest_median_per_file"), within(1e-15));
            assertThat(e.fracFirstSampleOver3xRestMedianPerFile())
                    .isCloseTo(d(o, "frac_first_sample_over_3x_rest_median_per_file"), within(1e-15));
            assertThat(e.medianMs()).isNaN(); // needs the samples
        }
        // The report's −14.83 → +1.54 ms: compile − gpu, with and without first samples
        ColdStartEffect gpu = ColdStartEffect.fromFileRows(Map.of(), byBackend.get("transformers-gpu"));
        ColdStartEffect cmp = ColdStartEffect.fromFileRows(Map.of(), byBackend.get("transformers-gpu-compile"));
        assertThat(cmp.meanMs() - gpu.meanMs()).isCloseTo(-14.83, within(0.005));
        assertThat(cmp.meanExclFirstMs() - gpu.meanExclFirstMs()).isCloseTo(1.54, within(0.005));
    }

    /** Per-file and overall figures of the bundled TR120-style sample, against numpy on the run JSON arrays. */
    @Test
    void perFileAndOverallFiguresOfTheSampleData() throws Exception {
        var runs = DatasetLoader.standard().load(SAMPLE_E2E).table(CanonicalTable.RUNS);
        ColdStart.Report r = ColdStart.analyze(runs, "latency_ms", SampleFilter.defaults(), ColdStart.DEFAULT_GROUP_BY);
        assertThat(r.files()).hasSize(14); // 7 scenarios × 2 backends (find runs -name 'run_*.json' | wc -l)
        Map<String, ColdStartFile> files = r.files().stream().collect(Collectors.toMap(ColdStartFile::run,
                Function.identity()));
        // python3/numpy on runs/single_micro/transformers-gpu/fp32/run_1766154832697.json latencies_ms
        ColdStartFile micro = files.get("runs/single_micro/transformers-gpu/fp32/run_1766154832697.json");
        assertThat(micro.nSamples()).isEqualTo(40);
        assertThat(micro.firstMs()).isEqualTo(3325.81);
        assertThat(micro.medianRestMs()).isCloseTo(594.88, within(1e-9));
        assertThat(micro.ratioFirstOverMedianRest()).isCloseTo(5.590724179666488, within(1e-12));
        assertThat(micro.firstOver3xRestMedian()).isTrue();
        assertThat(micro.meanMs()).isCloseTo(663.855432175, within(1e-9));
        assertThat(micro.medianMs()).isCloseTo(595.8380595, within(1e-9));
        assertThat(micro.p99Ms()).isCloseTo(2288.1337719699986, within(1e-9));
        assertThat(micro.maxIndex()).isZero();
        assertThat(micro.meanExclFirstMs()).isCloseTo(595.6001868461539, within(1e-9));
        ColdStartFile longCompile = files.get("runs/single_long/transformers-gpu-compile/fp32/run_1766154872092.json");
        assertThat(longCompile.maxIndex()).isEqualTo(39); // np.argmax
        assertThat(longCompile.ratioFirstOverMedianRest()).isCloseTo(0.9872190125677585, within(1e-12));
        assertThat(longCompile.firstOver2xRestMedian()).isFalse();

        Map<String, ColdStartEffect> eff = r.effects().stream().collect(Collectors.toMap(
                e -> e.key().get("backend"), Function.identity()));
        ColdStartEffect gpu = eff.get("transformers-gpu");
        // numpy on the 7 files pooled: n 280 / 273, mean, median, p99 with and without first samples
        assertThat(gpu.key()).containsEntry("mode", "e2e_kv");
        assertThat(gpu.nTotalSamples()).isEqualTo(280);
        assertThat(gpu.meanMs()).isCloseTo(405.81631932857147, within(1e-9));
        assertThat(gpu.medianMs()).isCloseTo(327.613995, within(1e-9));
        assertThat(gpu.p99Ms()).isCloseTo(772.801199999993, within(1e-9));
        assertThat(gpu.nExclFirstSamples()).isEqualTo(273);
        assertThat(gpu.meanExclFirstMs()).isCloseTo(388.38783667399264, within(1e-9));
        assertThat(gpu.medianExclFirstMs()).isCloseTo(326.673873, within(1e-9));
        assertThat(gpu.p99ExclFirstMs()).isCloseTo(637.7771426399999, within(1e-9));
        assertThat(gpu.maxExclFirstMs()).isEqualTo(665.101723);
        assertThat(gpu.fracMaxAtFirstSamplePerFile()).isEqualTo(1.0);
        assertThat(gpu.fracFirstSampleOver2xRestMedianPerFile()).isCloseTo(4 / 7.0, within(1e-15));
        assertThat(gpu.fracFirstSampleOver3xRestMedianPerFile()).isCloseTo(3 / 7.0, within(1e-15));
        assertThat(eff.get("transformers-gpu-compile").fracMaxAtFirstSamplePerFile()).isZero();
        // the sample-based and the row-based arithmetic agree where both are defined
        ColdStartEffect rows = ColdStartEffect.fromFileRows(gpu.key(), r.files().stream()
                .filter(f -> f.backend().equals("transformers-gpu")).toList());
        assertThat(rows.meanExclFirstMs()).isCloseTo(gpu.meanExclFirstMs(), within(1e-9));
        assertThat(rows.meanMs()).isCloseTo(gpu.meanMs(), within(1e-9));
    }

    @Test
    void singleSampleRunsHaveNoRatioAndAreNotFlagged() {
        ColdStartFile f = ColdStartFile.of("r", "f", "b", "m", "s", "x", 1, new double[] {42});
        assertThat(f.ratioFirstOverMedianRest()).isNaN();
        assertThat(f.firstOver2xRestMedian()).isFalse();
        assertThat(f.meanExclFirstMs()).isNaN();
        // ties: np.argmax keeps the first maximum; rest = {9, 1, 9}, median 9, ratio 1
        ColdStartFile t = ColdStartFile.of("r", "f", "b", "m", "s", "x", 1, new double[] {9, 9, 1, 9});
        assertThat(t.maxIndex()).isZero();
        assertThat(t.ratioFirstOverMedianRest()).isEqualTo(1.0);
        assertThat(Arrays.asList(t.meanMs(), t.meanExclFirstMs())).containsExactly(7.0, 19 / 3.0);
    }
}
