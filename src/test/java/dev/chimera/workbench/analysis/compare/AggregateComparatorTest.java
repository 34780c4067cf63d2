package dev.chimera.workbench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.model.SummaryColumns;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class AggregateComparatorTest {

    /**
     * Ten ok requests with TTFT 1..10 ms and one failed request (0 ms placeholder), all in tool/run.json, and
     * the tool's own aggregates written five different ways.
     */
    private static Dataset dataset(String[] stats, double[] values, String[] methods, String[] stdKinds,
                                   String[] units) {
        int n = 11;
        String[] file = new String[n];
        String[] status = new String[n];
        double[] ttft = new double[n];
        for (int i = 0; i < n; i++) {
            file[i] = "tool/run.json";
            status[i] = i < 10 ? "ok" : "error";
            ttft[i] = i < 10 ? i + 1 : 0.0;
        }
        Table runs = Table.create("runs", StringColumn.create(RunColumns.SOURCE_FILE, file),
                StringColumn.create(RunColumns.STATUS, status), StringColumn.create(RunColumns.RUN_ID, file),
                BooleanColumn.create(RunColumns.IS_WARMUP, new boolean[n]),
                StringColumn.create(RunColumns.BACKEND, repeat("vllm", n)), DoubleColumn.create(RunColumns.TTFT_MS, ttft));
        int m = stats.length;
        Table summaries = Table.create("summaries", StringColumn.create(SummaryColumns.SOURCE_FILE, repeat("tool/run.json", m)),
                IntColumn.create(SummaryColumns.SOURCE_LINE, new int[m]),
                StringColumn.create(SummaryColumns.BACKEND, repeat("vllm", m)),
                StringColumn.create(SummaryColumns.METRIC, repeat("ttft", m)),
                StringColumn.create(SummaryColumns.STATISTIC, stats),
                DoubleColumn.create(SummaryColumns.VALUE, values),
                StringColumn.create(SummaryColumns.UNIT, units),
                StringColumn.create(SummaryColumns.PCTL_METHOD, methods),
                StringColumn.create(SummaryColumns.STD_KIND, stdKinds));
        Map<CanonicalTable, Table> tables = new EnumMap<>(CanonicalTable.class);
        tables.put(CanonicalTable.RUNS, runs);
        tables.put(CanonicalTable.SUMMARIES, summaries);
        return new Dataset(Path.of("."), List.of(), tables, List.of());
    }

    private static String[] repeat(String v, int n) {
        String[] a = new String[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void eachKindOfDifferenceIsMatchedOrExplained() {
        // By hand over 1..10: mean 5.5; linear p90 9.1; nearest-rank p90 9; population std sqrt(8.25);
        // mean over all 11 rows incl. the failed 0 ms = 55/11 = 5; mean in seconds 0.0055.
        Dataset d = dataset(new String[] {"mean", "p90", "p90", "std", "mean", "mean", "p50"},
                new double[] {5.5, 9.1, 9.0, Math.sqrt(8.25), 5.0, 0.0055, 7.25},
                new String[] {"", "linear", "nearest_rank", "", "", "", ""},
                new String[] {"", "", "", "population", "", "", ""},
                new String[] {"ms", "ms", "ms", "ms", "ms", "s", "ms"});

        List<ComparisonRow> rows = AggregateComparator.compare(d).rows();

        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(rows.get(0).n()).isEqualTo(10);
        assertThat(rows.get(1).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(rows.get(2).verdict()).isEqualTo(Verdict.EXPLAINED);
        assertThat(rows.get(2).ours()).isEqualTo(9.1, within(1e-12));
        assertThat(rows.get(2).explanation()).contains("nearest-rank");
        assertThat(rows.get(3).verdict()).isEqualTo(Verdict.EXPLAINED);
        assertThat(rows.get(3).explanation()).contains("population std");
        assertThat(rows.get(4).verdict()).isEqualTo(Verdict.EXPLAINED);
        assertThat(rows.get(4).explanation()).contains("failed");
        assertThat(rows.get(5).verdict()).isEqualTo(Verdict.EXPLAINED);
        assertThat(rows.get(5).explanation()).contains("seconds");
        // 7.25 is no percentile of 1..10 by any method we know: flagged, not explained away.
        assertThat(rows.get(6).verdict()).isEqualTo(Verdict.UNEXPLAINED);
        assertThat(rows.get(6).explanation()).contains("+31.82%"); // (7.25 − 5.5) / 5.5
    }

    @Test
    void printedPrecisionIsRespected() {
        assertThat(StatisticEvaluator.sameWithinPrinted(12.35, 12.3456)).isTrue(); // 2-decimal CSV
        assertThat(StatisticEvaluator.sameWithinPrinted(12.35, 12.3449)).isFalse();
        assertThat(StatisticEvaluator.sameWithinPrinted(0.1737119999916103, 0.17371199999161036)).isTrue();
        assertThat(StatisticEvaluator.sameWithinPrinted(100.0, 100.01)).isFalse();
    }

    /** TR118's processed summaries are over per-run means of ok runs without warmups: every one is explained. */
    @Test
    void tr118SummariesAreAllReproducedFromTheRawRuns() throws Exception {
        Dataset d = DatasetLoader.standard().load(Path.of("../shared/real-results/tr118/20251213_135135_deep"));
        ComparisonReport report = AggregateComparator.compare(d);
        assertThat(report.count(Verdict.UNEXPLAINED)).isZero();
        assertThat(report.count(Verdict.MATCH) + report.count(Verdict.EXPLAINED)).isGreaterThan(500);
        ComparisonRow mean = report.rows().stream().filter(r -> r.sourceFile().endsWith(
                "gpt2/processed/latency_summary_generate.csv") && r.group().startsWith("onnxruntime-cpu / gpt2 / "
                + "batch_medium") && r.metric().equals("latency_ms") && r.statistic().equals("mean")).findFirst()
                .orElseThrow();
        // latency_summary_generate.csv, onnxruntime-cpu batch_medium: mean 346.4568799998233 over 5 run means
        assertThat(mean.theirs()).isEqualTo(346.4568799998233);
        assertThat(mean.oursToolWay()).isCloseTo(346.4568799998233, within(1e-9));
        // Equal-sized runs: the mean of run means is the mean of samples, so warmups are the only difference.
        assertThat(mean.explanation()).isEqualTo("the tool left out warmup samples");
        ComparisonRow median = report.rows().stream().filter(r -> r.sourceFile().equals(mean.sourceFile())
                && r.group().equals(mean.group()) && r.metric().equals("latency_ms")
                && r.statistic().equals("median")).findFirst().orElseThrow();
        assertThat(median.explanation()).contains("per-run means");
    }

    /**
     * tr120_compile_paradox/processed holds TR117-tier3 aggregates whose raw runs are not in the folder; the
     * sibling tr120_root_cause_triton run must not be mistaken for them.
     */
    @Test
    void aggregatesAreNeverPairedWithASiblingRunsRows() throws Exception {
        Dataset d = DatasetLoader.standard().load(Path.of("../shared/real-results/tr120"));
        ComparisonReport report = AggregateComparator.compare(d);
        assertThat(report.rows()).noneMatch(r -> r.sourceFile().startsWith("tr120_compile_paradox/"));
        assertThat(report.rows()).filteredOn(r -> r.sourceFile().endsWith("prefill/analysis/processed/summary_overall.csv"))
                .hasSize(18).allMatch(r -> r.verdict() == Verdict.MATCH);
    }

    @Test
    void aToolCountThatNoSelectionOfTheRawRowsGivesMakesTheAggregateNotCheckable() {
        // The tool says its p50 is over 200 requests; only 10 ok rows (11 with the failed one) are here.
        Dataset d = dataset(new String[] {"p50", "count"}, new double[] {5.5, 200},
                new String[] {"", ""}, new String[] {"", ""}, new String[] {"ms", ""});
        List<ComparisonRow> rows = AggregateComparator.compare(d).rows();
        assertThat(rows.get(0).verdict()).isEqualTo(Verdict.NOT_CHECKABLE);
        assertThat(rows.get(0).explanation()).contains("200 samples");
    }

    @Test
    void tr120OwnSummaryMatchesExactly() throws Exception {
        Dataset d = DatasetLoader.standard().load(
                Path.of("../shared/real-results/tr120/tr120_root_cause_triton/20251221_172056/prefill"));
        ComparisonReport report = AggregateComparator.compare(d);
        // summary_overall.csv: 2 backends × (n, mean, median, std, min, max, p90, p95, p99)
        assertThat(report.rows()).filteredOn(r -> r.sourceFile().endsWith("summary_overall.csv")).hasSize(18)
                .allMatch(r -> r.verdict() == Verdict.MATCH);
    }
}
