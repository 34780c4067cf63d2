package dev.chimera.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SummarizerTest {

    /** Two runs of backend a (first sample a cold start), one failed row, one warmup. */
    private static Table runs() {
        return Table.create("runs",
                StringColumn.create(RunColumns.RUN_ID, "r1", "r1", "r1", "r2", "r2", "r2", "r3"),
                StringColumn.create(RunColumns.SOURCE_FILE, "f1", "f1", "f1", "f2", "f2", "f2", "f3"),
                StringColumn.create(RunColumns.BACKEND, "a", "a", "a", "a", "a", "a", "b"),
                IntColumn.create(RunColumns.SAMPLE_IDX, 0, 1, 2, 0, 1, 2, 0),
                BooleanColumn.create(RunColumns.IS_WARMUP, new boolean[] {false, false, false, true, false, false,
                    false}),
                StringColumn.create(RunColumns.STATUS, "ok", "ok", "ok", "ok", "ok", "degraded", "ok"),
                DoubleColumn.create(RunColumns.LATENCY_MS, 100.0, 10.0, 12.0, 50.0, 11.0, 0.3, 7.0));
    }

    private static Map<String, GroupSummary> byBackend(SampleFilter f) {
        return Summarizer.summarize(runs(), RunColumns.LATENCY_MS, List.of(RunColumns.BACKEND), f,
                PercentileMethod.LINEAR).groups().stream()
                .collect(Collectors.toMap(g -> g.key().get(RunColumns.BACKEND), Function.identity()));
    }

    @Test
    void failedRowsAreExcludedByDefaultAndCounted() {
        GroupSummary a = byBackend(SampleFilter.defaults()).get("a");
        // 100, 10, 12, 50, 11 (the degraded 0.3 ms placeholder is out)
        assertThat(a.stats().n()).isEqualTo(5);
        assertThat(a.stats().mean()).isEqualTo(36.6, within(1e-12));
        assertThat(a.failedExcluded()).isEqualTo(1);
        GroupSummary withFailed = byBackend(SampleFilter.defaults().withIncludeFailed(true)).get("a");
        assertThat(withFailed.stats().n()).isEqualTo(6);
        assertThat(withFailed.stats().min()).isEqualTo(0.3);
    }

    @Test
    void warmupsAndFirstSamplesCanBeLeftOut() {
        GroupSummary noWarm = byBackend(SampleFilter.defaults().withExcludeWarmup(true)).get("a");
        assertThat(noWarm.stats().n()).isEqualTo(4); // 100, 10, 12, 11
        assertThat(noWarm.warmupExcluded()).isEqualTo(1);
        // Drop the first selected sample of every run: r1 loses 100 (idx 0); r2 loses the warmup 50 (idx 0).
        GroupSummary dropped = byBackend(SampleFilter.defaults().withDropFirstPerRun(true)).get("a");
        assertThat(dropped.stats().n()).isEqualTo(3);
        assertThat(dropped.stats().mean()).isEqualTo(11.0, within(1e-12)); // 10, 12, 11
        assertThat(dropped.firstDropped()).isEqualTo(2);
        // With warmups excluded first, r2's first measured sample (11) is the one dropped.
        GroupSummary both = byBackend(new SampleFilter(true, true, false)).get("a");
        assertThat(both.stats().n()).isEqualTo(2); // 10, 12
        assertThat(both.stats().mean()).isEqualTo(11.0, within(1e-12));
    }

    @Test
    void smallGroupsWarnThatTailPercentilesAreTheMaximum() {
        GroupSummary b = byBackend(SampleFilter.defaults()).get("b");
        assertThat(b.stats().n()).isEqualTo(1);
        assertThat(b.warnings()).anyMatch(w -> w.startsWith("p99 with n = 1"));
    }

    @Test
    void unknownColumnsAreRejectedWithTheirName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Summarizer.summarize(runs(), "nope", List.of(),
                SampleFilter.defaults(), PercentileMethod.LINEAR)).hasMessageContaining("nope");
    }

    /**
     * The real TR120 run's own analysis (analysis/processed/summary_overall.csv, written by the harness with
     * pandas/numpy) is reproduced from its raw run files to the printed precision.
     */
    @Test
    void reproducesTheTr120RunsOwnSummaryOverall() throws Exception {
        Path root = Path.of("../shared/real-results/tr120/tr120_root_cause_triton/20251221_172056");
        Table runs = DatasetLoader.standard().load(root).table(CanonicalTable.RUNS);
        Map<String, GroupSummary> groups = Summarizer.summarize(runs, RunColumns.LATENCY_MS,
                List.of(RunColumns.MODE, RunColumns.BACKEND), SampleFilter.defaults(), PercentileMethod.LINEAR)
                .groups().stream().collect(Collectors.toMap(
                        g -> g.key().get(RunColumns.MODE) + "/" + g.key().get(RunColumns.BACKEND),
                        Function.identity()));
        // prefill/analysis/processed/summary_overall.csv
        check(groups.get("prefill/transformers-gpu-compile"), 270, 0.45554342963098576, 0.22298449998459086,
                0.6373511659576745, 0.1737119999916103, 2.72954400000458, 1.975948000017524, 2.2267688000013663,
                2.497315309997248);
        check(groups.get("prefill/transformers-gpu"), 270, 1.6625116925923664, 1.6400679999861723,
                0.3100762062572962, 1.0758200000111628, 3.3987220000142315, 1.9484195999865506,
                2.251418599990984, 2.6533075299917646);
        // kv_decode/analysis/processed/summary_overall.csv
        check(groups.get("kv_decode/transformers-gpu"), 270, 94.0545846814815, 90.99895549999815,
                9.321692185920366, 84.52172299999461, 149.24124699999197, 106.25569339999858,
                110.08467810000298, 130.1730586699975);
        check(groups.get("kv_decode/transformers-gpu-compile"), 270, 100.01760935555609, 98.00479950000351,
                7.0658292793390425, 91.94359800000028, 141.94656899999814, 108.71898460001434,
                112.6793300000102, 129.24774538001088);
    }

    private static void check(GroupSummary g, int n, double mean, double median, double std, double min,
                              double max, double p90, double p95, double p99) {
        Stats s = g.stats();
        assertThat(s.n()).isEqualTo(n);
        assertThat(s.mean()).isCloseTo(mean, within(1e-9 * Math.abs(mean)));
        assertThat(s.p50()).isCloseTo(median, within(1e-9 * Math.abs(median)));
        assertThat(s.std()).isCloseTo(std, within(1e-9 * Math.abs(std)));
        // pandas printed the extremes with 16 significant digits
        assertThat(s.min()).isCloseTo(min, within(1e-12 * Math.abs(min)));
        assertThat(s.max()).isCloseTo(max, within(1e-12 * Math.abs(max)));
        assertThat(s.p90()).isCloseTo(p90, within(1e-9 * Math.abs(p90)));
        assertThat(s.p95()).isCloseTo(p95, within(1e-9 * Math.abs(p95)));
        assertThat(s.p99()).isCloseTo(p99, within(1e-9 * Math.abs(p99)));
    }
}
