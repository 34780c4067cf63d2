package dev.chimera.workbench.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.analysis.SummaryResult;
import dev.chimera.workbench.analysis.Summarizer;
import dev.chimera.workbench.analysis.compare.AggregateComparator;
import dev.chimera.workbench.analysis.compare.ComparisonReport;
import dev.chimera.workbench.analysis.compare.ComparisonRow;
import dev.chimera.workbench.analysis.compare.Verdict;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import dev.chimera.workbench.model.SummaryColumns;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * sample-data/peer-tools: one simulated experiment exported by five peer tools. Every file must be detected as
 * its tool's, every tool aggregate must agree with the raw rows beside it (or be explained), and each tool must
 * see the same ok requests. Expected numbers were computed with python3/numpy from the committed JSON files.
 */
class PeerToolsSampleTest {
    private static final Path ROOT = Path.of("sample-data", "peer-tools");
    private static Dataset dataset;
    private static ComparisonReport report;

    @BeforeAll
    static void load() throws Exception {
        dataset = DatasetLoader.standard().load(ROOT);
        report = AggregateComparator.compare(dataset);
    }

    @Test
    void everyFileIsDetectedAsItsToolWithoutErrors() {
        Map<String, Integer> byProducer = new TreeMap<>();
        for (SourceFile f : dataset.files()) {
            String tool = f.path().substring(0, f.path().indexOf('/'));
            assertEquals(tool, f.producer(), f.path() + " detected as " + f.format());
            assertEquals(0, f.count(Severity.ERROR), f.path() + " has error diagnostics");
            byProducer.merge(f.producer(), 1, Integer::sum);
        }
        // find sample-data/peer-tools -type f | cut -d/ -f3 | sort | uniq -c
        assertEquals(Map.of("aiperf", 4, "genai-perf", 4, "guidellm", 1, "llmperf", 4, "nvidia-smi", 1, "vllm", 2),
                byProducer);
        assertEquals(0, dataset.allDiagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count());
        // 2 load points x 200 requests per tool (GuideLLM lists both in one file); nvidia-smi: 941 one-second lines
        assertEquals(5 * 400, dataset.rowCount(CanonicalTable.RUNS));
        assertEquals(941, dataset.rowCount(CanonicalTable.POWER));
    }

    @Test
    void vllmAiperfAndLlmperfAggregatesAllAgreeWithTheRawRows() {
        Map<String, Map<Verdict, Integer>> counts = verdictsByTool();
        for (String tool : List.of("vllm", "aiperf", "llmperf")) {
            Map<Verdict, Integer> c = counts.get(tool);
            assertEquals(0, c.getOrDefault(Verdict.UNEXPLAINED, 0), tool + ": " + c);
            assertEquals(0, c.getOrDefault(Verdict.NOT_CHECKABLE, 0), tool + ": " + c);
            assertTrue(c.getOrDefault(Verdict.MATCH, 0) > 0, tool + ": " + c);
        }
        // vLLM and AIPerf write np.std (ddof 0): every std row is explained as population std (vLLM 4 metrics,
        // AIPerf 3 request-level ones ... x 2 load points), nothing else differs.
        for (String tool : List.of("vllm", "aiperf")) {
            List<ComparisonRow> explained = rows(tool, Verdict.EXPLAINED);
            assertTrue(!explained.isEmpty(), tool);
            for (ComparisonRow r : explained) {
                assertEquals("std", r.statistic(), tool + " " + r);
                assertTrue(r.explanation().contains("population std"), r.explanation());
            }
        }
        // llmperf computes pandas sample std and linear quantiles: exactly our default, so nothing needs explaining.
        assertEquals(0, counts.get("llmperf").getOrDefault(Verdict.EXPLAINED, 0));
        assertTrue(rows("llmperf", Verdict.MATCH).stream().anyMatch(r -> r.statistic().equals("std")));
        // vllm: ttft, tpot, itl, e2el x mean/median/std/p50/p90/p99 x 2 files = 48 rows
        assertEquals(48, counts.get("vllm").values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * GuideLLM computes its way: TTFT and output tokens of a rejected request enter its [all] population as 0 (explained as
     * placeholders), percentiles are rank-based (explained), and TPOT (inter_token_latency_ms) is weighted by
     * output tokens − 1 with a count of Σ(tokens − 1): those weighted statistics are "not checkable" from
     * unweighted rows, never unexplained.
     */
    @Test
    void guideLlmDifferencesAreExplainedOrMarkedWeighted() {
        Map<Verdict, Integer> c = verdictsByTool().get("guidellm");
        assertEquals(0, c.getOrDefault(Verdict.UNEXPLAINED, 0), c.toString());
        assertTrue(c.get(Verdict.MATCH) > 0 && c.get(Verdict.EXPLAINED) > 0, c.toString());
        assertTrue(rows("guidellm", Verdict.EXPLAINED).stream().anyMatch(r -> r.group().endsWith("[all]")
                && r.explanation().contains("placeholders")));
        for (ComparisonRow r : rows("guidellm", Verdict.NOT_CHECKABLE)) {
            assertTrue(r.explanation().contains("weights each request"), r.toString());
        }
        // the weighting, computed independently from the listed requests (python3: Σ itl·(n−1) / Σ (n−1)):
        assertEquals(21.7929502397, summary("guidellm/benchmarks.json", "concurrent streams=4", "tpot", "mean", "ok"),
                1e-9);
        assertEquals(21.794074813585713, mean(runRows("guidellm/benchmarks.json", "concurrent streams=4"),
                RunColumns.TPOT_MS), 1e-9, "per-request mean TPOT, what the comparator computes");
    }

    /**
     * perf_analyzer rows take the backend of the GenAI-Perf aggregate beside them ("openai-chat"), so every
     * aggregate with raw data is compared: all match or are explained (population std).
     */
    @Test
    void genaiPerfAggregatesAgreeWithTheRawExport() {
        Map<Verdict, Integer> c = verdictsByTool().get("genai-perf");
        assertEquals(0, c.getOrDefault(Verdict.UNEXPLAINED, 0), c.toString());
        assertTrue(c.get(Verdict.MATCH) > 0, c.toString());
        for (ComparisonRow r : rows("genai-perf", Verdict.EXPLAINED)) {
            assertEquals("std", r.statistic(), r.toString());
        }
        Table runs = dataset.table(CanonicalTable.RUNS);
        assertEquals(List.of("openai-chat"), runs.where(runs.stringColumn(RunColumns.SOURCE_FILE).startsWith(
                "genai-perf/")).stringColumn(RunColumns.BACKEND).unique().asList());
    }

    /** One statistic per tool: the tool's mean TTFT equals the mean over the ok raw rows of the same run. */
    @Test
    void eachToolsMeanTtftEqualsTheMeanOfItsOkRawRows() {
        String c4 = "openai-chat-infqps-concurrency4-Qwen2.5-7B-Instruct-20250304-100048.json";
        // python3: np.mean([t*1000 for t, e in zip(ttfts, errors) if e == ""]) of the vLLM c=4 file
        assertEquals(115.14034010152282, mean(runRows("vllm/" + c4, null), RunColumns.TTFT_MS), 1e-9);
        assertEquals(115.140340102, summary("vllm/" + c4, null, "ttft", "mean", "ok"), 1e-9);
        String aiperf = "aiperf/Qwen_Qwen2.5-7B-Instruct-openai-chat-concurrency4/";
        assertEquals(mean(runRows(aiperf + "profile_export.jsonl", null), RunColumns.TTFT_MS),
                summary(aiperf + "profile_export_aiperf.json", null, "ttft", "mean", "ok"), 1e-6);
        String genai = "genai-perf/Qwen_Qwen2.5-7B-Instruct-openai-chat-concurrency4/";
        assertEquals(mean(runRows(genai + "profile_export.json", null), RunColumns.TTFT_MS),
                summary(genai + "profile_export_genai_perf.json", null, "ttft", "mean", "ok"), 1e-6);
        String llm = "llmperf/concurrency4/Qwen-Qwen2.5-7B-Instruct_512_40_";
        assertEquals(mean(runRows(llm + "individual_responses.json", null), RunColumns.TTFT_MS),
                summary(llm + "summary.json", null, "ttft", "mean", "ok"), 1e-6);
        assertEquals(mean(runRows("guidellm/benchmarks.json", "concurrent streams=4"), RunColumns.TTFT_MS),
                summary("guidellm/benchmarks.json", "concurrent streams=4", "ttft", "mean", "ok"), 1e-6);
        // every tool saw the same requests: the same mean TTFT at concurrency 4
        assertEquals(115.140340102, summary(genai + "profile_export_genai_perf.json", null, "ttft", "mean", "ok"),
                1e-6);
    }

    @Test
    void summarizeGivesTheSameOkCountPerToolAndLoadPoint() {
        SummaryResult s = Summarizer.summarize(dataset.table(CanonicalTable.RUNS), RunColumns.TTFT_MS,
                List.of(RunColumns.SOURCE_FILE, RunColumns.CONCURRENCY), SampleFilter.defaults(),
                PercentileMethod.LINEAR);
        Map<String, Integer> perLoad = new TreeMap<>();
        s.groups().forEach(g -> {
            // 200 requests, 3 rejected: 197 ok with a TTFT and 3 failed rows left out, in every tool's file
            assertEquals(197, g.stats().n(), g.key().toString());
            assertEquals(3, g.failedExcluded(), g.key().toString());
            perLoad.merge(g.key().get(RunColumns.CONCURRENCY), 1, Integer::sum);
        });
        assertEquals(Map.of("4", 5, "16", 5), perLoad);
    }

    private static Map<String, Map<Verdict, Integer>> verdictsByTool() {
        Map<String, Map<Verdict, Integer>> out = new TreeMap<>();
        for (ComparisonRow r : report.rows()) {
            out.computeIfAbsent(tool(r), t -> new EnumMap<>(Verdict.class)).merge(r.verdict(), 1, Integer::sum);
        }
        return out;
    }

    private static List<ComparisonRow> rows(String tool, Verdict v) {
        return report.rows().stream().filter(r -> tool(r).equals(tool) && r.verdict() == v).toList();
    }

    private static String tool(ComparisonRow r) {
        return r.sourceFile().substring(0, r.sourceFile().indexOf('/'));
    }

    private static Table runRows(String file, String runLabel) {
        Table runs = dataset.table(CanonicalTable.RUNS);
        Table t = runs.where(runs.stringColumn(RunColumns.SOURCE_FILE).isEqualTo(file)
                .and(runs.stringColumn(RunColumns.STATUS).isEqualTo("ok")));
        return runLabel == null ? t : t.where(t.stringColumn(RunColumns.RUN_LABEL).isEqualTo(runLabel));
    }

    private static double mean(Table rows, String column) {
        double[] v = rows.doubleColumn(column).removeMissing().asDoubleArray();
        assertTrue(v.length > 0, "no values of " + column);
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double summary(String file, String runLabel, String metric, String statistic, String population) {
        Table s = dataset.table(CanonicalTable.SUMMARIES);
        Table t = s.where(s.stringColumn(SummaryColumns.SOURCE_FILE).isEqualTo(file)
                .and(s.stringColumn(SummaryColumns.METRIC).isEqualTo(metric))
                .and(s.stringColumn(SummaryColumns.STATISTIC).isEqualTo(statistic))
                .and(s.stringColumn(SummaryColumns.POPULATION).isEqualTo(population)));
        if (runLabel != null) {
            t = t.where(t.stringColumn(SummaryColumns.RUN_LABEL).isEqualTo(runLabel));
        }
        assertEquals(1, t.rowCount(), file + " " + metric + " " + statistic);
        return t.doubleColumn(SummaryColumns.VALUE).getDouble(0);
    }
}
