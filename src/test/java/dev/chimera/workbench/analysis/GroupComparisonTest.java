package dev.chimera.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The TR120-style sample (sample-data/tr120-compile, e2e_kv): every transformers-gpu run file starts with its
 * cold-start maximum. Expected numbers are numpy / scipy on the run files' latencies_ms arrays.
 */
class GroupComparisonTest {
    private static final String GPU = "transformers-gpu";
    private static final String COMPILE = "transformers-gpu-compile";
    private static Table runs;

    @BeforeAll
    static void load() throws Exception {
        runs = DatasetLoader.standard().load(Path.of("sample-data/tr120-compile/20251219_143012/e2e_kv"))
                .table(CanonicalTable.RUNS);
    }

    private static GroupComparison compare(SampleFilter f) {
        return GroupComparison.of(runs, RunColumns.LATENCY_MS, RunColumns.BACKEND, GPU, COMPILE, f,
                Bootstrap.defaults(), PercentileMethod.LINEAR);
    }

    @Test
    void differencesTestAndEffectSizeMatchNumpyAndScipy() {
        GroupComparison c = compare(SampleFilter.defaults());
        assertThat(c.a().n()).isEqualTo(280);
        assertThat(c.b().n()).isEqualTo(280);
        // np.median(b) − np.median(a), np.percentile(.., 99) difference, mean difference
        assertThat(c.medianDiff().estimate()).isCloseTo(15.890585499999986, within(1e-9));
        assertThat(c.p99Diff().estimate()).isCloseTo(-167.2149059999931, within(1e-9));
        assertThat(c.meanDiff()).isCloseTo(-12.501927924999961, within(1e-9));
        // scipy.stats.mannwhitneyu(a, b, alternative="two-sided"): U 38333.0, p 0.6508295318619159
        assertThat(c.mannWhitney().u()).isEqualTo(38333.0);
        assertThat(c.mannWhitney().pValue()).isCloseTo(0.6508295318619159, within(1e-12));
        assertThat(c.mannWhitney().rankBiserial()).isCloseTo(1 - 2 * 38333.0 / (280 * 280), within(1e-15));
        assertThat(c.medianDiff().lo()).isLessThan(c.medianDiff().hi());
        assertThat(c.medianDiff().resamples()).isEqualTo(2000);
        // deterministic for the seed
        assertThat(compare(SampleFilter.defaults()).p99Diff()).isEqualTo(c.p99Diff());
    }

    /**
     * The compile paradox on the sample: by mean compile looks faster (gap compile − gpu = −12.50 ms), by
     * median slower; dropping the first sample of every run file flips the mean gap to +5.03 ms (the
     * report's TR117 data: −14.83 → +1.54 ms). The detector names the cold-start first samples.
     */
    @Test
    void meanGapFlipsWhenFirstSamplesAreDroppedAndTheDetectorNamesThem() {
        GroupComparison all = compare(SampleFilter.defaults());
        GroupComparison dropped = compare(SampleFilter.defaults().withDropFirstPerRun(true));
        assertThat(all.meanDiff()).isCloseTo(-12.501927924999961, within(1e-9));
        assertThat(dropped.meanDiff()).isCloseTo(5.033323652014644, within(1e-9));
        assertThat(dropped.a().n()).isEqualTo(273);

        assertThat(all.paradoxes()).singleElement().satisfies(p -> {
            assertThat(p.inflated()).isEqualTo(GPU);
            assertThat(p.resolved()).isTrue();
            // the two largest gpu samples: (280·mean − 3325.81 − 1061.9) / 278 = 392.9527316978418 < 393.314
            assertThat(p.drivers()).extracting(Sample::value).containsExactly(3325.81, 1061.9);
            assertThat(p.drivers()).extracting(Sample::sampleIdx).containsExactly(0, 0);
            assertThat(p.drivers()).extracting(Sample::sourceFile).containsExactly(
                    "runs/single_micro/transformers-gpu/fp32/run_1766154832697.json",
                    "runs/dual_medium/transformers-gpu/fp32/run_1766154889017.json");
            assertThat(p.drivers().get(0).sourceLine()).isPositive();
            assertThat(p.meanWithoutDrivers()).isCloseTo(392.9527316978418, within(1e-9));
            assertThat(p.message()).contains("ordering by mean").contains(GPU);
        });
        assertThat(dropped.paradoxes()).isEmpty(); // then mean and median agree: gpu is faster by both
    }

    @Test
    void detectorLeavesConcordantGroupsAloneAndHandlesThreeGroups() {
        // By hand: a = {1, 2, 3, 100}: mean 26.5, median 2.5; b = {4, 5, 6}: mean 5, median 5; c = {7, 8, 9}.
        List<ParadoxDetector.Group> groups = List.of(group("a", 1, 2, 3, 100), group("b", 4, 5, 6),
                group("c", 7, 8, 9));
        List<ParadoxDetector.Finding> f = ParadoxDetector.detect(groups);
        // a vs b and a vs c are discordant; b vs c is not
        assertThat(f).hasSize(2);
        assertThat(f).allSatisfy(x -> assertThat(x.inflated()).isEqualTo("a"));
        // dropping 100 leaves mean 2 ≤ 5 (cap: ceil(5 % of 4) = 1 sample)
        assertThat(f.get(0).drivers()).extracting(Sample::value).containsExactly(100.0);
        assertThat(f.get(0).meanWithoutDrivers()).isEqualTo(2.0);
        assertThat(ParadoxDetector.detect(List.of(group("b", 4, 5, 6), group("c", 7, 8, 9)))).isEmpty();
    }

    private static ParadoxDetector.Group group(String label, double... v) {
        List<Sample> s = new java.util.ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            s.add(new Sample(v[i], i, label, label + ".json", i + 1, i));
        }
        return new ParadoxDetector.Group(label, s);
    }

    @Test
    void comparabilityBannerListsWhatElseDiffers() {
        Table t = Table.create("runs",
                StringColumn.create(RunColumns.BACKEND, "x", "x", "y", "y"),
                StringColumn.create(RunColumns.SCENARIO, "short", "short", "short", "long"),
                StringColumn.create(RunColumns.MODEL, "m", "m", "m", "m"),
                IntColumn.create(RunColumns.BATCH_SIZE, 1, 1, 8, 8),
                DoubleColumn.create(RunColumns.LATENCY_MS, 1.0, 2.0, 3.0, 4.0));
        GroupComparison c = GroupComparison.of(t, RunColumns.LATENCY_MS, RunColumns.BACKEND, "x", "y",
                SampleFilter.defaults(), new Bootstrap(100, 0.95, 1), PercentileMethod.LINEAR);
        assertThat(c.comparability().comparable()).isFalse();
        assertThat(c.comparability().differences()).containsExactly("scenario: A {short} vs B {long, short}",
                "batch_size: A {1} vs B {8}");
        assertThat(c.comparability().notes()).contains(Comparability.MANIFEST_NOTE)
                .contains("prompt_tokens: not in the runs table");
        assertThatThrownBy(() -> GroupComparison.of(t, RunColumns.LATENCY_MS, RunColumns.BACKEND, "x", "z",
                SampleFilter.defaults(), Bootstrap.defaults(), PercentileMethod.LINEAR)).hasMessageContaining("'z'");
    }
}
