package dev.chimera.workbench.analysis;

import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Cold-start analysis of a runs table: the TR120 per-file table, the overall effect per group (default
 * mode × backend) and the TR121 warmup-ratio grid. Failed rows are left out unless the filter keeps them;
 * warmups stay in (a recorded warmup is the cold start) unless the filter excludes them. The filter's
 * drop-first setting is ignored: the first sample is what is measured here.
 */
public final class ColdStart {

    /** Default grouping of the overall effect. */
    public static final List<String> DEFAULT_GROUP_BY = List.of(RunColumns.MODE, RunColumns.BACKEND);

    private ColdStart() {
    }

    /** Everything the {@code coldstart} command shows. */
    public record Report(String metric, SampleFilter filter, List<String> groupBy, List<ColdStartFile> files,
                         List<ColdStartEffect> effects, WarmupRatioGrid warmupGrid) {
        public Report {
            groupBy = List.copyOf(groupBy);
            files = List.copyOf(files);
            effects = List.copyOf(effects);
        }
    }

    public static Report analyze(Table runs, String metric, SampleFilter filter, List<String> groupBy) {
        for (String g : groupBy) {
            if (!runs.columnNames().contains(g)) {
                throw new IllegalArgumentException("no column '" + g + "' in the runs table");
            }
        }
        SampleFilter f = filter.withDropFirstPerRun(false);
        Map<String, List<Sample>> byRun = SampleCollector.byRun(runs, metric, f);
        List<ColdStartFile> files = new ArrayList<>();
        Map<Map<String, String>, List<ColdStartFile>> groupFiles = new LinkedHashMap<>();
        Map<Map<String, String>, List<double[]>> groupSamples = new LinkedHashMap<>();
        for (Map.Entry<String, List<Sample>> e : byRun.entrySet()) {
            List<Sample> s = e.getValue();
            int row = s.get(0).row();
            ColdStartFile file = ColdStartFile.of(e.getKey(), s.get(0).sourceFile(), text(runs, RunColumns.BACKEND, row),
                    text(runs, RunColumns.MODEL, row), text(runs, RunColumns.SCENARIO, row),
                    text(runs, RunColumns.MODE, row), s.get(0).sourceLine(), Sample.values(s));
            files.add(file);
            Map<String, String> key = new LinkedHashMap<>();
            for (String g : groupBy) {
                key.put(g, text(runs, g, row));
            }
            groupFiles.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
            groupSamples.computeIfAbsent(key, k -> new ArrayList<>()).add(Sample.values(s));
        }
        List<ColdStartEffect> effects = new ArrayList<>();
        groupFiles.forEach((k, fl) -> effects.add(ColdStartEffect.of(k, fl, groupSamples.get(k))));
        return new Report(metric, f, groupBy, files, effects, WarmupRatioGrid.of(runs, metric));
    }

    private static String text(Table runs, String column, int row) {
        if (!runs.columnNames().contains(column)) {
            return "";
        }
        Column<?> c = runs.column(column);
        return Summarizer.cell(c, row);
    }
}
