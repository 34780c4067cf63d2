package dev.chimera.workbench.analysis;

import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Our statistics of a metric of the {@code runs} table, grouped by any columns, under a {@link SampleFilter}.
 * The same call backs the CLI {@code summarize} command and the GUI, so both print the same numbers.
 */
public final class Summarizer {

    private Summarizer() {
    }

    /** Metrics that can be summarised: the numeric per-sample columns of the runs table. */
    public static final List<String> METRICS = List.of(RunColumns.LATENCY_MS, RunColumns.TTFT_MS,
            RunColumns.E2E_MS, RunColumns.TPOT_MS, RunColumns.ITL_MS, RunColumns.TOKENS_PER_S);

    public static SummaryResult summarize(Table runs, String metric, List<String> groupBy, SampleFilter filter,
                                          PercentileMethod method) {
        return summarize(runs, metric, groupBy, filter, method, SummaryOptions.none());
    }

    /**
     * As above, plus the {@link SummaryOptions} extras: bootstrap CIs, trimmed mean, and with
     * {@code warmupsAsGroup} a {@code phase} key (warmup / measured) appended to the group columns.
     */
    public static SummaryResult summarize(Table runs, String metric, List<String> groupBy, SampleFilter filter,
                                          PercentileMethod method, SummaryOptions options) {
        for (String g : groupBy) {
            if (!runs.columnNames().contains(g)) {
                throw new IllegalArgumentException("no column '" + g + "' in the runs table");
            }
        }
        MetricValues values = MetricValues.of(runs, metric);
        RowSelector selector = new RowSelector(runs, filter);
        int rows = runs.rowCount();
        List<String> keyNames = new ArrayList<>(groupBy);
        List<String[]> keyCells = new ArrayList<>();
        for (String g : groupBy) {
            keyCells.add(cells(runs.column(g), rows));
        }
        if (options.warmupsAsGroup()) {
            Column<?> warm = runs.columnNames().contains(RunColumns.IS_WARMUP) ? runs.column(RunColumns.IS_WARMUP)
                    : null;
            String[] phases = new String[rows];
            for (int row = 0; row < rows; row++) {
                phases[row] = phase(warm, row);
            }
            keyNames.add(SummaryOptions.PHASE);
            keyCells.add(phases);
        }
        GroupIndex index = GroupIndex.of(keyNames, keyCells, rows);
        Group[] groups = new Group[index.groupCount()];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = new Group(index.key(g));
        }
        for (int row = 0; row < rows; row++) {
            Group g = groups[index.groupOf(row)];
            switch (selector.verdict(row)) {
                case FAILED -> g.failed++;
                case WARMUP -> g.warmup++;
                case FIRST_DROPPED -> g.first++;
                case SELECTED -> {
                    if (!values.addTo(row, g.values)) {
                        g.missing++;
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        List<GroupSummary> out = new ArrayList<>();
        for (Group g : groups) {
            double[] v = g.values.toArray();
            Stats s = Stats.of(v, method);
            GroupIntervals cis = options.hasCi() ? GroupIntervals.of(v, options.bootstrap(), method) : null;
            double trimmed = options.hasTrim() ? TrimmedMean.of(v, options.trimProportion()) : Double.NaN;
            out.add(new GroupSummary(g.key, s, g.failed, g.warmup, g.first, g.missing, warnings(s), cis, trimmed));
        }
        List<String> keys = new ArrayList<>(groupBy);
        if (options.warmupsAsGroup()) {
            keys.add(SummaryOptions.PHASE);
        }
        return new SummaryResult(metric, "ms".equals(unitOf(metric)) ? "ms" : unitOf(metric), keys, filter,
                method, out, values.note(), options);
    }

    /** warmup / measured; a row without the flag counts as measured. */
    static String phase(Column<?> warm, int row) {
        return warm != null && !warm.isMissing(row) && "true".equals(warm.getString(row)) ? "warmup" : "measured";
    }

    static String unitOf(String metric) {
        return metric.endsWith("_ms") ? "ms" : metric.equals(RunColumns.TOKENS_PER_S) ? "tokens/s" : "";
    }

    private static List<String> warnings(Stats s) {
        List<String> w = new ArrayList<>();
        if (s.n() == 0) {
            return w;
        }
        if (Stats.percentileIsReallyMax(s.n(), 0.999)) {
            w.add("p99.9 with n = " + s.n() + " is effectively the maximum (needs n >= 1000)");
        }
        if (Stats.percentileIsReallyMax(s.n(), 0.99)) {
            w.add("p99 with n = " + s.n() + " is effectively the maximum (needs n >= 100)");
        }
        if (Stats.percentileIsReallyMax(s.n(), 0.95)) {
            w.add("p95 with n = " + s.n() + " is effectively the maximum (needs n >= 20)");
        }
        return w;
    }

    /** The cell text of every row of a key column; a string column's values come out as its own instances. */
    private static String[] cells(Column<?> c, int rows) {
        String[] out = new String[rows];
        if (c instanceof StringColumn sc) {
            for (int row = 0; row < rows; row++) {
                out[row] = sc.get(row);
            }
        } else {
            for (int row = 0; row < rows; row++) {
                out[row] = cell(c, row);
            }
        }
        return out;
    }

    static String cell(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return "";
        }
        if (c instanceof tech.tablesaw.api.NumericColumn<?> n) {
            double v = n.getDouble(row);
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        return c.getString(row);
    }

    /** Per-group accumulator. */
    private static final class Group {
        final Map<String, String> key;
        final DoubleList values = new DoubleList();
        long failed;
        long warmup;
        long first;
        long missing;

        Group(Map<String, String> key) {
            this.key = key;
        }
    }

    /** Decides for every row whether it is a sample, and why not. */
    static final class RowSelector {
        enum Verdict { SELECTED, FAILED, WARMUP, FIRST_DROPPED }

        private final Table runs;
        private final SampleFilter filter;
        private final Verdict[] verdicts;

        RowSelector(Table runs, SampleFilter filter) {
            this.runs = runs;
            this.filter = filter;
            this.verdicts = new Verdict[runs.rowCount()];
            decide();
        }

        Verdict verdict(int row) {
            return verdicts[row];
        }

        private void decide() {
            Column<?> status = column(RunColumns.STATUS);
            Column<?> warm = column(RunColumns.IS_WARMUP);
            for (int i = 0; i < verdicts.length; i++) {
                if (!filter.includeFailed() && status != null && !SampleFilter.isOk(status.getString(i))) {
                    verdicts[i] = Verdict.FAILED;
                } else if (filter.excludeWarmup() && warm != null && !warm.isMissing(i)
                        && "true".equals(warm.getString(i))) {
                    verdicts[i] = Verdict.WARMUP;
                } else {
                    verdicts[i] = Verdict.SELECTED;
                }
            }
            if (filter.dropFirstPerRun()) {
                dropFirsts();
            }
        }

        /** The selected row with the lowest sample_idx (else the earliest row) of every run is dropped. */
        private void dropFirsts() {
            Column<?> runId = column(RunColumns.RUN_ID);
            Column<?> file = column(RunColumns.SOURCE_FILE);
            Column<?> idx = column(RunColumns.SAMPLE_IDX);
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < verdicts.length; i++) {
                if (verdicts[i] != Verdict.SELECTED) {
                    continue;
                }
                String run = runId != null && !runId.isMissing(i) && !runId.getString(i).isEmpty()
                        ? runId.getString(i) : file == null ? "" : file.getString(i);
                Integer best = first.get(run);
                if (best == null || order(idx, i) < order(idx, best)) {
                    first.put(run, i);
                }
            }
            Set<Integer> drop = new HashSet<>(first.values());
            for (int i : drop) {
                verdicts[i] = Verdict.FIRST_DROPPED;
            }
        }

        private static double order(Column<?> idx, int row) {
            if (idx == null || idx.isMissing(row)) {
                return row;
            }
            return ((tech.tablesaw.api.NumericColumn<?>) idx).getDouble(row);
        }

        private Column<?> column(String name) {
            return runs.columnNames().contains(name) ? runs.column(name) : null;
        }
    }
}
