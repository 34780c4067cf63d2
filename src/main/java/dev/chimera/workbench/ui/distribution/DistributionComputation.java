package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.GroupSummary;
import dev.chimera.workbench.analysis.SampleExtractor;
import dev.chimera.workbench.analysis.Stats;
import dev.chimera.workbench.analysis.SummaryOptions;
import dev.chimera.workbench.analysis.SummaryResult;
import dev.chimera.workbench.analysis.Summarizer;
import dev.chimera.workbench.chart.BoxPlotChart;
import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.Ecdf;
import dev.chimera.workbench.chart.EcdfChart;
import dev.chimera.workbench.chart.HistogramBins;
import dev.chimera.workbench.chart.HistogramChart;
import dev.chimera.workbench.chart.SampleGroup;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.ui.I18n;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Runs on a worker: filters the runs table, summarises it with {@link Summarizer} (the percentile table),
 * extracts the same samples with their sources ({@link SampleExtractor}), builds the four charts, the cold-start
 * sub-view ({@link ColdStartComputation}) and the paradox notes ({@link ParadoxNotes}). Touches no
 * JavaFX state; reads the table only.
 */
public final class DistributionComputation {
    static final String WARMUP_SUFFIX = " \u00b7 warmup";

    private DistributionComputation() {
    }

    public static DistributionResult compute(Table runs, DistributionSettings s) {
        Table table = filtered(runs, s.valueFilters());
        List<String> groupBy = groupColumns(runs, s);
        SummaryResult summary = Summarizer.summarize(table, s.metric(), groupBy, s.sampleFilter(), s.method());
        boolean ci = s.ci() && summary.groups().stream().allMatch(g -> g.stats().n() <= DistributionSettings.CI_MAX_N);
        if (ci) {
            // Same groups and samples, plus seeded bootstrap CIs of mean, p50, p95, p99.
            summary = Summarizer.summarize(table, s.metric(), groupBy, s.sampleFilter(), s.method(),
                    new SummaryOptions(DistributionSettings.CI_BOOTSTRAP, Double.NaN, false));
        }
        List<SampleExtractor.Group> extracted = SampleExtractor.extract(table, s.metric(), groupBy,
                s.sampleFilter());
        Map<String, Integer> colours = colourSlots(runs, s.groupBy());
        Map<String, SampleExtractor.Group> byLabel = new HashMap<>();
        for (SampleExtractor.Group g : extracted) {
            byLabel.put(label(g.key(), s.groupBy()), g);
        }
        List<SampleGroup> groups = new ArrayList<>();
        List<PercentileRow> rows = new ArrayList<>();
        long failed = 0;
        long warm = 0;
        long first = 0;
        // Groups in palette order (sorted values), so legend, boxes and table rows line up.
        List<GroupSummary> ordered = new ArrayList<>(summary.groups());
        ordered.sort(java.util.Comparator.<GroupSummary>comparingInt(g -> colour(colours, g.key(), s.groupBy()))
                .thenComparing(g -> label(g.key(), s.groupBy())));
        for (GroupSummary gs : ordered) {
            String label = label(gs.key(), s.groupBy());
            int colour = colour(colours, gs.key(), s.groupBy());
            rows.add(row(label, colour, gs));
            failed += gs.failedExcluded();
            warm += gs.warmupExcluded();
            first += gs.firstDropped();
            SampleExtractor.Group g = byLabel.get(label);
            if (g != null && g.values().length > 0) {
                groups.add(new SampleGroup(label, colour, g.values(), g.sourceFiles(), g.sourceLines()));
            }
        }
        List<Ecdf> ecdfs = groups.stream().map(Ecdf::of).toList();
        HistogramBins bins = HistogramBins.of(groups, s.logX(), HistogramBins.MAX_BINS);
        String axis = axisLabel(summary);
        ChartTheme theme = ChartTheme.STANDARD;
        int samples = groups.stream().mapToInt(SampleGroup::size).sum();
        String status = I18n.format("dist.status", samples, groups.size(), failed, warm, first,
                s.sampleFilter().includeFailed() ? I18n.tr("dist.status.failedIn") : "")
                + (s.ci() && !ci ? " " + I18n.format("dist.status.ciSkipped", DistributionSettings.CI_MAX_N) : "");
        return new DistributionResult(s, summary, groups, ecdfs, bins,
                HistogramChart.create(null, axis, groups, bins, theme),
                EcdfChart.create(null, axis, ecdfs, false, s.logX(), s.columns(), theme),
                EcdfChart.create(null, axis, ecdfs, true, s.logX(), s.columns(), theme),
                BoxPlotChart.create(null, axis, groups, s.method(), s.logX(), theme), rows, status,
                ColdStartComputation.compute(table, s), ParadoxNotes.of(groups, summary.unit()));
    }

    /** The group columns: the chosen one, plus is_warmup when warmups form their own groups. */
    static List<String> groupColumns(Table runs, DistributionSettings s) {
        List<String> cols = new ArrayList<>();
        cols.add(s.groupBy());
        if (s.warmupsAsGroup() && !s.sampleFilter().excludeWarmup()
                && runs.columnNames().contains(RunColumns.IS_WARMUP)) {
            cols.add(RunColumns.IS_WARMUP);
        }
        return cols;
    }

    /** "transformers-gpu", or "transformers-gpu · warmup" for its warmup group; "(none)" for an empty value. */
    static String label(Map<String, String> key, String groupBy) {
        String v = key.getOrDefault(groupBy, "");
        String base = v.isEmpty() ? I18n.tr("dist.group.none") : v;
        return "true".equals(key.get(RunColumns.IS_WARMUP)) ? base + WARMUP_SUFFIX : base;
    }

    /**
     * Palette slots by the sorted values of the group column over the whole (unfiltered) table, so a group
     * keeps its colour while filters and toggles change; warmup groups take the slots after the steady ones.
     */
    static Map<String, Integer> colourSlots(Table runs, String groupBy) {
        Set<String> values = new TreeSet<>();
        if (runs.columnNames().contains(groupBy)) {
            Column<?> c = runs.column(groupBy);
            for (int i = 0; i < c.size(); i++) {
                values.add(c.isMissing(i) ? "" : c.getString(i));
            }
        }
        Map<String, Integer> slots = new HashMap<>();
        for (String v : values) {
            slots.put(v, slots.size());
        }
        return slots;
    }

    private static int colour(Map<String, Integer> slots, Map<String, String> key, String groupBy) {
        int base = slots.getOrDefault(key.getOrDefault(groupBy, ""), slots.size());
        return "true".equals(key.get(RunColumns.IS_WARMUP)) ? base + slots.size() : base;
    }

    private static PercentileRow row(String label, int colour, GroupSummary g) {
        Stats st = g.stats();
        List<String> parts = new ArrayList<>();
        if (g.failedExcluded() > 0) {
            parts.add(I18n.format("dist.excluded.failed", g.failedExcluded()));
        }
        if (g.warmupExcluded() > 0) {
            parts.add(I18n.format("dist.excluded.warmup", g.warmupExcluded()));
        }
        if (g.firstDropped() > 0) {
            parts.add(I18n.format("dist.excluded.first", g.firstDropped()));
        }
        if (g.missingValue() > 0) {
            parts.add(I18n.format("dist.excluded.missing", g.missingValue()));
        }
        return new PercentileRow(label, colour, st.n(), st.mean(), st.std(), st.p50(), st.p90(), st.p95(), st.p99(),
                st.p999(), st.max(), String.join(" \u00b7 ", parts), String.join("; ", g.warnings()), g.intervals());
    }

    private static String axisLabel(SummaryResult r) {
        return r.unit().isEmpty() ? r.metric() : r.metric() + " (" + r.unit() + ")";
    }

    /** Rows whose value in every filtered column is one of the kept values. */
    static Table filtered(Table runs, Map<String, Set<String>> filters) {
        List<Column<?>> cols = new ArrayList<>();
        List<Set<String>> kept = new ArrayList<>();
        filters.forEach((name, values) -> {
            if (runs.columnNames().contains(name)) {
                cols.add(runs.column(name));
                kept.add(values);
            }
        });
        if (cols.isEmpty()) {
            return runs;
        }
        Selection sel = new BitmapBackedSelection();
        rows:
        for (int i = 0; i < runs.rowCount(); i++) {
            for (int c = 0; c < cols.size(); c++) {
                Column<?> col = cols.get(c);
                if (!kept.get(c).contains(col.isMissing(i) ? "" : col.getString(i))) {
                    continue rows;
                }
            }
            sel.add(i);
        }
        return runs.where(sel);
    }
}
