package dev.chimera.workbench.analysis.compare;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.model.SummaryColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Puts every tool aggregate of the {@code summaries} table next to the same statistic computed by us from the
 * raw rows it summarises, and explains each difference it can: percentile method, std kind, which rows were
 * counted (failed, warmups), per-run means vs samples, pooled vs per-request ITL, seconds vs ms.
 *
 * <p>The raw rows behind an aggregate are the file's own rows when it has any (vLLM --save-detailed,
 * GuideLLM), else the rows under its own folder (AIPerf, GenAI-Perf, llmperf), else — climbing only out of
 * analysis-output folders such as {@code processed/}, {@code analysis/}, {@code aggregate/} — the rows of the
 * enclosing run folder (TR {@code processed/} next to {@code raw/}); then narrowed to the aggregate's backend,
 * model, scenario, mode, run label and population. When the tool states how many samples it summarised and no
 * way of selecting the rows gives that count, the aggregate is "not checkable" rather than compared with the
 * wrong data.
 */
public final class AggregateComparator {
    /** Tool metric names (summaries) → the runs column holding the raw values. */
    static final Map<String, String> METRIC_TO_COLUMN = Map.ofEntries(
            Map.entry("ttft", RunColumns.TTFT_MS), Map.entry("ttft_ms", RunColumns.TTFT_MS),
            Map.entry("e2e_latency", RunColumns.E2E_MS), Map.entry("e2e_ms", RunColumns.E2E_MS),
            Map.entry("tpot", RunColumns.TPOT_MS), Map.entry("tpot_ms", RunColumns.TPOT_MS),
            Map.entry("itl", RunColumns.ITL_MS), Map.entry("itl_ms", RunColumns.ITL_MS),
            Map.entry("input_tokens", RunColumns.PROMPT_TOKENS), Map.entry("output_tokens", RunColumns.GEN_TOKENS),
            Map.entry("latency_ms", RunColumns.LATENCY_MS), Map.entry("throughput_tok_s", RunColumns.TOKENS_PER_S),
            Map.entry("tokens_per_s", RunColumns.TOKENS_PER_S));

    private final Table runs;
    private final Table summaries;
    private final RawRowLocator locator;
    private final Map<String, RawSamples> cache = new HashMap<>();
    private Map<String, Double> counts;

    private AggregateComparator(Dataset dataset) {
        this.runs = dataset.table(CanonicalTable.RUNS);
        this.summaries = dataset.table(CanonicalTable.SUMMARIES);
        this.locator = new RawRowLocator(runs, summaries);
    }

    public static ComparisonReport compare(Dataset dataset) {
        return new AggregateComparator(dataset).run();
    }

    private ComparisonReport run() {
        List<ComparisonRow> out = new ArrayList<>();
        long notComparable = 0;
        for (int s = 0; s < summaries.rowCount(); s++) {
            ComparisonRow row = compareOne(s);
            if (row == null) {
                notComparable++;
            } else {
                out.add(row);
            }
        }
        return new ComparisonReport(out, notComparable);
    }

    private ComparisonRow compareOne(int s) {
        String metric = str(summaries, SummaryColumns.METRIC, s);
        String statistic = str(summaries, SummaryColumns.STATISTIC, s);
        String mapped = METRIC_TO_COLUMN.get(metric);
        if (mapped == null || !StatisticEvaluator.supported(statistic) || !runs.columnNames().contains(mapped)) {
            return null;
        }
        String file = str(summaries, SummaryColumns.SOURCE_FILE, s);
        RawRowLocator.Candidates c = locator.locate(file, s);
        if (c == null || c.rows().length == 0) {
            return null;
        }
        // A phase timed as a whole (optimum-benchmark prefill = TTFT at batch 1) has its value in latency_ms.
        if (!hasValues(mapped, c.rows()) && !wholePhaseRows(c.rows())) {
            return null;
        }
        String column = hasValues(mapped, c.rows()) ? mapped : RunColumns.LATENCY_MS;
        RawSamples raw = cache.computeIfAbsent(c.cacheKey() + "|" + column, k -> new RawSamples(runs, c.rows(), column));
        double theirs = summaries.doubleColumn(SummaryColumns.VALUE).getDouble(s);
        // An aggregate over failed requests (GuideLLM "errored") is compared with exactly those rows.
        Hypothesis base = c.failedOnly() ? Hypothesis.DEFAULT.withIncludeFailed() : Hypothesis.DEFAULT;
        double ours = value(raw, statistic, base);
        int n = raw.sorted(base.sampleKey()).length;
        if (n == 0 && !statistic.equals("n") && !statistic.equals("count")) {
            return null;
        }
        String group = describeGroup(s);
        String unit = str(summaries, SummaryColumns.UNIT, s);
        if (c.sampled()) {
            return new ComparisonRow(file, line(s), group, metric, statistic, unit, theirs, ours, Double.NaN, n, c.from(),
                    Verdict.NOT_CHECKABLE, "the raw rows are a sample of the requests; the tool's statistic covers all"
                            + " of them");
        }
        boolean weighted = "weighted_cdf".equals(str(summaries, SummaryColumns.PCTL_METHOD, s));
        double theirCount = weighted ? Double.NaN : toolCount(s); // a weighted count is a sum of weights
        if (!Double.isNaN(theirCount) && !countFits(raw, c, theirCount)) {
            return new ComparisonRow(file, line(s), group, metric, statistic, unit, theirs, ours, Double.NaN, n,
                    c.from(), Verdict.NOT_CHECKABLE, String.format(java.util.Locale.ROOT,
                            "the tool summarised %.0f samples; the %d raw rows found in %s are not those samples",
                            theirCount, n, c.from()));
        }
        if (StatisticEvaluator.sameWithinPrinted(theirs, ours)) {
            return new ComparisonRow(file, line(s), group, metric, statistic, unit, theirs, ours, ours, n, c.from(),
                    Verdict.MATCH, "equal to ours");
        }
        for (Hypothesis h : hypotheses(s, statistic, raw)) {
            double v = value(raw, statistic, h);
            if (StatisticEvaluator.sameWithinPrinted(theirs, v)) {
                return new ComparisonRow(file, line(s), group, metric, statistic, unit, theirs, ours, v, n, c.from(),
                        Verdict.EXPLAINED, explain(h, c.failedOnly(), List.of()));
            }
        }
        // Several raw files behind one aggregate (e.g. a re-run next to the first run): maybe the tool
        // summarised just one of them.
        for (String rawFile : c.files(runs)) {
            int[] only = c.rowsOf(runs, rawFile);
            RawSamples sub = cache.computeIfAbsent(c.cacheKey() + "|" + rawFile + "|" + column,
                    k -> new RawSamples(runs, only, column));
            List<Hypothesis> tries = new ArrayList<>();
            tries.add(Hypothesis.DEFAULT);
            tries.addAll(hypotheses(s, statistic, sub));
            for (Hypothesis h : tries) {
                double v = value(sub, statistic, h);
                if (StatisticEvaluator.sameWithinPrinted(theirs, v)) {
                    return new ComparisonRow(file, line(s), group, metric, statistic, unit, theirs, ours, v, n,
                            c.from(), Verdict.EXPLAINED, explain(h, c.failedOnly(),
                                    List.of("the tool summarised only " + rawFile)));
                }
            }
        }
        if (weighted) {
            return new ComparisonRow(file, line(s), group, metric, statistic, unit, theirs, ours, Double.NaN, n,
                    c.from(), Verdict.NOT_CHECKABLE, "the tool weights each request (weighted CDF, e.g. TPOT by "
                            + "output tokens); not reproduced from unweighted rows");
        }
        double rel = ours == 0 ? Double.NaN : (theirs - ours) / Math.abs(ours);
        return new ComparisonRow(file, line(s), group, metric, statistic, unit, theirs, ours, Double.NaN, n, c.from(),
                Verdict.UNEXPLAINED, Double.isNaN(rel) ? "differs; no known way of computing reproduces it"
                        : String.format(java.util.Locale.ROOT, "differs by %+.2f%%; no known way of computing "
                                + "reproduces it", rel * 100));
    }

    /**
     * Whether some way of selecting the raw rows (any sample key, over all rows or one raw file) yields as many
     * samples as the tool says it summarised; if none does, the rows found are not the tool's data.
     */
    private boolean countFits(RawSamples raw, RawRowLocator.Candidates c, double theirCount) {
        for (Hypothesis.SampleKey k : sampleKeys(raw)) {
            if (raw.sorted(k).length == theirCount) {
                return true;
            }
        }
        String column = raw.column();
        for (String rawFile : c.files(runs)) {
            int[] only = c.rowsOf(runs, rawFile);
            RawSamples sub = cache.computeIfAbsent(c.cacheKey() + "|" + rawFile + "|" + column,
                    k -> new RawSamples(runs, only, column));
            for (Hypothesis.SampleKey k : sampleKeys(sub)) {
                if (sub.sorted(k).length == theirCount) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Hypothesis.SampleKey> sampleKeys(RawSamples raw) {
        List<Hypothesis.SampleKey> keys = new ArrayList<>();
        for (boolean failed : new boolean[] {false, true}) {
            for (boolean warm : new boolean[] {false, true}) {
                for (boolean perRun : new boolean[] {false, true}) {
                    for (boolean zero : failed ? new boolean[] {false, true} : new boolean[] {false}) {
                        keys.add(new Hypothesis.SampleKey(failed, warm, perRun, false, zero));
                        if (raw.hasPooledItl()) {
                            keys.add(new Hypothesis.SampleKey(failed, warm, perRun, true, zero));
                        }
                    }
                }
            }
        }
        return keys;
    }

    /** Rows timing a whole phase (prefill = TTFT, per_token/decode = TPOT at batch 1), as optimum-benchmark does. */
    private boolean wholePhaseRows(int[] rows) {
        if (!runs.columnNames().contains(RunColumns.MODE)) {
            return false;
        }
        Column<?> mode = runs.column(RunColumns.MODE);
        for (int r : rows) {
            String m = mode.getString(r);
            if (!(m.equals("prefill") || m.equals("per_token") || m.equals("decode"))) {
                return false;
            }
        }
        return rows.length > 0;
    }

    private boolean hasValues(String column, int[] rows) {
        Column<?> col = runs.column(column);
        for (int r : rows) {
            if (!col.isMissing(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of samples the tool says this aggregate covers: its own count of the same metric and group,
     * else its request_count of the same file, run label and population; NaN when it does not say.
     */
    private double toolCount(int s) {
        if (counts == null) {
            counts = new HashMap<>();
            for (int o = 0; o < summaries.rowCount(); o++) {
                String stat = str(summaries, SummaryColumns.STATISTIC, o);
                String metric = str(summaries, SummaryColumns.METRIC, o);
                double v = summaries.doubleColumn(SummaryColumns.VALUE).getDouble(o);
                if (stat.equals("count") || stat.equals("n")) {
                    counts.putIfAbsent(countKey(o, metric + "|" + describeGroup(o)), v);
                }
                if (metric.equals("request_count") || metric.equals("completed")) {
                    counts.putIfAbsent(countKey(o, "*"), v);
                }
            }
        }
        Double own = counts.get(countKey(s, str(summaries, SummaryColumns.METRIC, s) + "|" + describeGroup(s)));
        if (own != null) {
            return own;
        }
        // A request count only bounds metrics with one value per ok request (not TPOT, which skips 1-token
        // outputs, nor ITL, which pools chunks).
        String metric = str(summaries, SummaryColumns.METRIC, s);
        boolean perRequest = metric.equals("ttft") || metric.equals("e2e_latency") || metric.equals("latency_ms");
        Double requests = perRequest ? counts.get(countKey(s, "*")) : null;
        return requests == null ? Double.NaN : requests;
    }

    private String countKey(int row, String what) {
        return str(summaries, SummaryColumns.SOURCE_FILE, row) + "|" + str(summaries, SummaryColumns.RUN_LABEL, row)
                + "|" + str(summaries, SummaryColumns.POPULATION, row) + "|" + what;
    }

    /** The statistic computed the hypothesis' way, in the tool's unit (toolScale 1000: the tool wrote seconds). */
    private static double value(RawSamples raw, String statistic, Hypothesis h) {
        double v = StatisticEvaluator.evaluate(statistic, raw.sorted(h.sampleKey()), h.method(), h.populationStd());
        return v / h.toolScale();
    }

    private static String explain(Hypothesis h, boolean failedOnly, List<String> first) {
        List<String> why = new ArrayList<>(first);
        for (String d : h.differences()) {
            if (!(failedOnly && d.equals(Hypothesis.COUNTED_FAILED))) {
                why.add(d);
            }
        }
        return why.isEmpty() ? "equal to ours over the same failed requests" : String.join("; ", why);
    }

    /** Every way of computing, fewest differences from ours first, the tool's declared method tried first. */
    private List<Hypothesis> hypotheses(int s, String statistic, RawSamples raw) {
        String declaredMethod = str(summaries, SummaryColumns.PCTL_METHOD, s);
        String declaredStd = str(summaries, SummaryColumns.STD_KIND, s);
        List<PercentileMethod> methods = StatisticEvaluator.isPercentile(statistic)
                ? List.of(PercentileMethod.values()) : List.of(PercentileMethod.LINEAR);
        List<Boolean> stds = StatisticEvaluator.isStd(statistic) ? List.of(false, true) : List.of(false);
        List<Boolean> itl = raw.hasPooledItl() ? List.of(false, true) : List.of(false);
        boolean counts = statistic.equals("n") || statistic.equals("count");
        List<Hypothesis> all = new ArrayList<>();
        for (boolean failed : new boolean[] {false, true}) {
            for (boolean warm : new boolean[] {false, true}) {
                for (boolean perRun : new boolean[] {false, true}) {
                    for (boolean perReqItl : itl) {
                        for (PercentileMethod m : methods) {
                            for (boolean pop : stds) {
                                for (double scale : counts ? new double[] {1} : new double[] {1, 1000, 0.001}) {
                                    all.add(new Hypothesis(failed, warm, perRun, perReqItl, m, pop, scale, false));
                                    if (failed) {
                                        all.add(new Hypothesis(true, warm, perRun, perReqItl, m, pop, scale, true));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        all.remove(Hypothesis.DEFAULT);
        String population = str(summaries, SummaryColumns.POPULATION, s);
        all.sort(Comparator.comparingInt((Hypothesis h) -> declared(h, declaredMethod, declaredStd, population) ? 0 : 1)
                .thenComparingInt(Hypothesis::distance));
        return all;
    }

    private static boolean declared(Hypothesis h, String method, String std, String population) {
        boolean m = !method.isEmpty() && h.method().id().equals(method);
        boolean p = "population".equals(std) && h.populationStd();
        boolean all = "all".equals(population) && h.includeFailed();
        return (m || p || all) && h.distance() == 1;
    }

    private String describeGroup(int s) {
        List<String> parts = new ArrayList<>();
        for (String g : RawSamples.groupColumns()) {
            String v = str(summaries, g, s);
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        String population = str(summaries, SummaryColumns.POPULATION, s);
        if (!population.isEmpty() && !population.equals("ok")) {
            parts.add("[" + population + "]");
        }
        return String.join(" / ", parts);
    }

    private long line(int s) {
        Column<?> c = summaries.column(SummaryColumns.SOURCE_LINE);
        return c.isMissing(s) ? 0 : ((Number) c.get(s)).longValue();
    }

    static String str(Table t, String col, int row) {
        if (!t.columnNames().contains(col)) {
            return "";
        }
        Column<?> c = t.column(col);
        return c.isMissing(row) ? "" : c.getString(row);
    }
}
