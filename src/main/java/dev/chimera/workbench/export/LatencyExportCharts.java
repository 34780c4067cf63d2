package dev.chimera.workbench.export;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.SampleExtractor;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.analysis.Summarizer;
import dev.chimera.workbench.chart.BoxPlotChart;
import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.Ecdf;
import dev.chimera.workbench.chart.EcdfChart;
import dev.chimera.workbench.chart.HistogramBins;
import dev.chimera.workbench.chart.HistogramChart;
import dev.chimera.workbench.chart.SampleGroup;
import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The Distributions tab's default charts, built as its computation builds them: the first metric of
 * {@link Summarizer#METRICS} that has values, grouped by backend (colour slots by sorted backend), linear
 * percentiles, as ECDF, histogram and box plot.
 */
final class LatencyExportCharts {
    /** Pixel columns the ECDF curves are decimated to (the on-screen view uses the same order of magnitude). */
    static final int COLUMNS = 1200;

    private LatencyExportCharts() {
    }

    static List<ExportChart> build(Table runs, SampleFilter filter) {
        String metric = firstMetric(runs);
        if (metric == null) {
            return List.of();
        }
        String groupBy = runs.columnNames().contains(RunColumns.BACKEND) ? RunColumns.BACKEND : RunColumns.MODEL;
        if (!runs.columnNames().contains(groupBy)) {
            return List.of();
        }
        List<SampleExtractor.Group> extracted = SampleExtractor.extract(runs, metric, List.of(groupBy), filter);
        List<String> order = new ArrayList<>(sortedValues(runs, groupBy));
        List<SampleGroup> groups = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        extracted.sort(java.util.Comparator.comparingInt(g -> order.indexOf(g.key().getOrDefault(groupBy, ""))));
        for (SampleExtractor.Group g : extracted) {
            if (g.values().length == 0) {
                continue;
            }
            String v = g.key().getOrDefault(groupBy, "");
            String label = v.isEmpty() ? "(none)" : v;
            groups.add(new SampleGroup(label, order.indexOf(v), g.values(), g.sourceFiles(), g.sourceLines()));
            counts.put(label, g.values().length);
        }
        if (groups.isEmpty()) {
            return List.of();
        }
        String unit = metric.endsWith("_ms") ? "ms" : metric.equals(RunColumns.TOKENS_PER_S) ? "tokens/s" : "";
        String axis = unit.isEmpty() ? metric : metric + " (" + unit + ")";
        ChartTheme theme = ChartTheme.STANDARD;
        List<Ecdf> ecdfs = groups.stream().map(Ecdf::of).toList();
        HistogramBins bins = HistogramBins.of(groups, false, HistogramBins.MAX_BINS);
        String by = " by " + groupBy;
        return List.of(
                new ExportChart("latency-ecdf-" + metric, "ECDF of " + metric + by, "latency",
                        EcdfChart.create(null, axis, ecdfs, false, false, COLUMNS, theme)),
                new ExportChart("latency-histogram-" + metric, "Histogram of " + metric + by, "latency",
                        HistogramChart.create(null, axis, groups, bins, theme)),
                new ExportChart("latency-box-" + metric, "Box plot of " + metric + by, "latency",
                        BoxPlotChart.create(null, axis, groups, PercentileMethod.LINEAR, false, theme), counts,
                        null));
    }

    static String firstMetric(Table runs) {
        for (String m : Summarizer.METRICS) {
            if (runs.columnNames().contains(m) && runs.column(m) instanceof NumberColumn<?, ?> c
                    && c.countMissing() < c.size()) {
                return m;
            }
        }
        return null;
    }

    private static TreeSet<String> sortedValues(Table runs, String col) {
        TreeSet<String> values = new TreeSet<>();
        Column<?> c = runs.column(col);
        for (int i = 0; i < c.size(); i++) {
            values.add(c.isMissing(i) ? "" : c.getString(i));
        }
        return values;
    }
}
