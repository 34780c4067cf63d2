package dev.chimera.workbench.analysis;

import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The samples behind {@link Summarizer#summarize}, per group and with their source file and line, for charts
 * that show every sample. Row selection, grouping and group order are the summarizer's, so a chart and the
 * percentile table next to it are always over the same values.
 */
public final class SampleExtractor {

    private SampleExtractor() {
    }

    /**
     * One group's samples (in row order).
     *
     * @param key         group column → value, as in {@link GroupSummary#key()}
     * @param sourceFiles source_file of each value ("" when the table has none)
     * @param sourceLines source_line of each value (0 when unknown)
     */
    public record Group(Map<String, String> key, double[] values, String[] sourceFiles, int[] sourceLines) {
    }

    /** Groups in first-seen row order, including groups whose rows were all excluded (then empty). */
    public static List<Group> extract(Table runs, String metric, List<String> groupBy, SampleFilter filter) {
        MetricValues metricValues = MetricValues.of(runs, metric);
        Summarizer.RowSelector selector = new Summarizer.RowSelector(runs, filter);
        List<Column<?>> keyCols = groupBy.stream().<Column<?>>map(runs::column).toList();
        Column<?> file = runs.columnNames().contains(RunColumns.SOURCE_FILE) ? runs.column(RunColumns.SOURCE_FILE)
                : null;
        Column<?> line = runs.columnNames().contains(RunColumns.SOURCE_LINE) ? runs.column(RunColumns.SOURCE_LINE)
                : null;
        Map<List<String>, Builder> groups = new LinkedHashMap<>();
        for (int row = 0; row < runs.rowCount(); row++) {
            List<String> keyValues = new ArrayList<>(keyCols.size());
            for (Column<?> c : keyCols) {
                keyValues.add(Summarizer.cell(c, row));
            }
            Builder g = groups.computeIfAbsent(keyValues, k -> new Builder(groupBy, k));
            if (selector.verdict(row) != Summarizer.RowSelector.Verdict.SELECTED) {
                continue;
            }
            int before = g.values.size();
            if (metricValues.addTo(row, g.values)) {
                String f = file == null || file.isMissing(row) ? "" : file.getString(row);
                int l = line == null || line.isMissing(row) ? 0
                        : (int) ((tech.tablesaw.api.NumericColumn<?>) line).getDouble(row);
                for (int i = before; i < g.values.size(); i++) {
                    g.files.add(f);
                    g.lines.add(l);
                }
            }
        }
        List<Group> out = new ArrayList<>();
        for (Builder b : groups.values()) {
            out.add(b.build());
        }
        return out;
    }

    private static final class Builder {
        final Map<String, String> key = new LinkedHashMap<>();
        final DoubleList values = new DoubleList();
        final List<String> files = new ArrayList<>();
        final DoubleList lines = new DoubleList();

        Builder(List<String> names, List<String> keyValues) {
            for (int i = 0; i < names.size(); i++) {
                key.put(names.get(i), keyValues.get(i));
            }
        }

        Group build() {
            double[] l = lines.toArray();
            int[] li = new int[l.length];
            Arrays.setAll(li, i -> (int) l[i]);
            return new Group(java.util.Collections.unmodifiableMap(key), values.toArray(),
                    files.toArray(new String[0]), li);
        }
    }
}
