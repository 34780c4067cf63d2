package dev.chimera.workbench.analysis;

import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Collects the samples a {@link SampleFilter} selects, with their provenance, per run or per group. Uses the
 * same row selection as {@link Summarizer}, so counts agree with {@code summarize}.
 */
public final class SampleCollector {
    private final Table runs;
    private final Column<?> runId;
    private final Column<?> file;
    private final Column<?> line;
    private final Column<?> idx;

    private SampleCollector(Table runs) {
        this.runs = runs;
        this.runId = column(runs, RunColumns.RUN_ID);
        this.file = column(runs, RunColumns.SOURCE_FILE);
        this.line = column(runs, RunColumns.SOURCE_LINE);
        this.idx = column(runs, RunColumns.SAMPLE_IDX);
    }

    /** Run (run_id, else source_file) → its selected samples in execution order (sample_idx, then row). */
    public static Map<String, List<Sample>> byRun(Table runs, String metric, SampleFilter filter) {
        SampleCollector c = new SampleCollector(runs);
        Map<String, List<Sample>> out = new LinkedHashMap<>();
        c.collect(metric, filter, (row, s) -> out.computeIfAbsent(s.run(), k -> new ArrayList<>()).add(s));
        Comparator<Sample> order = Comparator.comparingDouble(
                (Sample s) -> s.sampleIdx() == Integer.MIN_VALUE ? s.row() : s.sampleIdx())
                .thenComparingInt(Sample::row);
        out.values().forEach(l -> l.sort(order));
        return out;
    }

    /** Value of {@code column} (e.g. backend) → its selected samples in row order. */
    public static Map<String, List<Sample>> byValue(Table runs, String metric, String column, SampleFilter filter) {
        Column<?> c = column(runs, column);
        if (c == null) {
            throw new IllegalArgumentException("no column '" + column + "' in the runs table");
        }
        Map<String, List<Sample>> out = new LinkedHashMap<>();
        new SampleCollector(runs).collect(metric, filter,
                (row, s) -> out.computeIfAbsent(Summarizer.cell(c, row), k -> new ArrayList<>()).add(s));
        return out;
    }

    private interface Sink {
        void accept(int row, Sample s);
    }

    private void collect(String metric, SampleFilter filter, Sink sink) {
        MetricValues values = MetricValues.of(runs, metric);
        Summarizer.RowSelector selector = new Summarizer.RowSelector(runs, filter);
        for (int row = 0; row < runs.rowCount(); row++) {
            if (selector.verdict(row) != Summarizer.RowSelector.Verdict.SELECTED) {
                continue;
            }
            DoubleList buf = new DoubleList();
            if (!values.addTo(row, buf)) {
                continue;
            }
            String f = file == null ? "" : file.getString(row);
            String run = runId != null && !runId.isMissing(row) && !runId.getString(row).isEmpty()
                    ? runId.getString(row) : f;
            for (double v : buf.toArray()) {
                sink.accept(row, new Sample(v, row, run, f, integer(line, row), integer(idx, row)));
            }
        }
    }

    private static int integer(Column<?> c, int row) {
        if (c == null || c.isMissing(row)) {
            return Integer.MIN_VALUE;
        }
        return (int) ((NumericColumn<?>) c).getDouble(row);
    }

    private static Column<?> column(Table t, String name) {
        return t.columnNames().contains(name) ? t.column(name) : null;
    }
}
