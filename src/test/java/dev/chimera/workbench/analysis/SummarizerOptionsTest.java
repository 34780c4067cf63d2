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
import tech.tablesaw.api.Table;

class SummarizerOptionsTest {

    @Test
    void warmupsFormTheirOwnPhaseGroup() throws Exception {
        Table runs = DatasetLoader.standard().load(Path.of("../shared/real-results/tr121/20251224_002857"))
                .table(CanonicalTable.RUNS);
        SummaryResult r = Summarizer.summarize(runs, RunColumns.LATENCY_MS, List.of(RunColumns.MODE),
                SampleFilter.defaults(), PercentileMethod.LINEAR, new SummaryOptions(null, Double.NaN, true));
        assertThat(r.groupBy()).containsExactly(RunColumns.MODE, SummaryOptions.PHASE);
        Map<String, GroupSummary> g = r.groups().stream().collect(Collectors.toMap(
                x -> x.key().get(RunColumns.MODE) + "/" + x.key().get(SummaryOptions.PHASE), Function.identity()));
        assertThat(g).hasSize(6);
        // python3 on runs.jsonl: prefill warmups n 6, mean 20.420733333333335, median 15.24195;
        // measured n 30, mean 5.311210000000001, median 4.493399999999999
        assertThat(g.get("prefill/warmup").stats().n()).isEqualTo(6);
        assertThat(g.get("prefill/warmup").stats().mean()).isCloseTo(20.420733333333335, within(1e-9));
        assertThat(g.get("prefill/warmup").stats().p50()).isCloseTo(15.24195, within(1e-9));
        assertThat(g.get("prefill/measured").stats().n()).isEqualTo(30);
        assertThat(g.get("prefill/measured").stats().p50()).isCloseTo(4.493399999999999, within(1e-9));
    }

    @Test
    void intervalsAndTrimmedMeanOfTheTr120Run() throws Exception {
        Table runs = DatasetLoader.standard()
                .load(Path.of("../shared/real-results/tr120/tr120_root_cause_triton/20251221_172056/kv_decode"))
                .table(CanonicalTable.RUNS);
        Bootstrap boot = new Bootstrap(500, 0.95, 42);
        SummaryResult r = Summarizer.summarize(runs, RunColumns.LATENCY_MS, List.of(RunColumns.BACKEND),
                SampleFilter.defaults(), PercentileMethod.LINEAR, new SummaryOptions(boot, 0.1, false));
        GroupSummary gpu = r.groups().stream().filter(x -> x.key().get(RunColumns.BACKEND).equals("transformers-gpu"))
                .findFirst().orElseThrow();
        // scipy.stats.trim_mean(latencies, 0.1) over the 270 ok samples of the run files
        assertThat(gpu.trimmedMean()).isCloseTo(92.44943751851828, within(1e-9));
        GroupIntervals ci = gpu.intervals();
        assertThat(ci.mean().estimate()).isCloseTo(94.0545846814815, within(1e-9)); // summary_overall.csv mean
        assertThat(ci.mean().lo()).isLessThan(94.0545846814815);
        assertThat(ci.mean().hi()).isGreaterThan(94.0545846814815);
        assertThat(ci.p99().estimate()).isCloseTo(130.1730586699975, within(1e-9)); // summary_overall.csv p99
        assertThat(ci.p50().resamples()).isEqualTo(500);
        // without options nothing extra is computed, and the plain numbers are unchanged
        GroupSummary plain = Summarizer.summarize(runs, RunColumns.LATENCY_MS, List.of(RunColumns.BACKEND),
                SampleFilter.defaults(), PercentileMethod.LINEAR).groups().stream()
                .filter(x -> x.key().get(RunColumns.BACKEND).equals("transformers-gpu")).findFirst().orElseThrow();
        assertThat(plain.intervals()).isNull();
        assertThat(plain.trimmedMean()).isNaN();
        assertThat(plain.stats()).isEqualTo(gpu.stats());
    }
}
