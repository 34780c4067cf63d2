package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.ColdStart;
import dev.chimera.workbench.analysis.ColdStartEffect;
import dev.chimera.workbench.analysis.ColdStartFile;
import dev.chimera.workbench.analysis.WarmupRatioCell;
import dev.chimera.workbench.analysis.WarmupRatioGrid;
import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.HeatMapChart;
import dev.chimera.workbench.chart.HeatMapData;
import dev.chimera.workbench.ui.I18n;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Worker-side part of the "Cold starts &amp; warmups" sub-view: {@link ColdStart#analyze} over the filtered rows
 * (warmup and failed toggles apply; drop-first does not, the first sample is what is measured) and the
 * warmup-ratio grid laid out as a heat map with rows model · scenario and columns backend · mode.
 */
final class ColdStartComputation {
    /** Separator of the parts of a heat-map label. */
    static final String SEP = " \u00b7 ";

    private ColdStartComputation() {
    }

    static ColdStartResult compute(Table filtered, DistributionSettings s) {
        List<String> groupBy = new ArrayList<>();
        for (String c : ColdStart.DEFAULT_GROUP_BY) {
            if (filtered.columnNames().contains(c)) {
                groupBy.add(c);
            }
        }
        ColdStart.Report report = ColdStart.analyze(filtered, s.metric(), s.sampleFilter(), groupBy);
        WarmupRatioGrid grid = report.warmupGrid();
        List<String> rowLabels = new ArrayList<>(distinct(grid, true));
        List<String> colLabels = new ArrayList<>(distinct(grid, false));
        double[][] values = new double[rowLabels.size()][colLabels.size()];
        WarmupRatioCell[][] cells = new WarmupRatioCell[rowLabels.size()][colLabels.size()];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        for (WarmupRatioCell c : grid.cells()) {
            int r = rowLabels.indexOf(rowLabel(c));
            int k = colLabels.indexOf(columnLabel(c));
            values[r][k] = c.warmupToMeasuredRatio();
            cells[r][k] = c;
        }
        HeatMapData data = new HeatMapData(rowLabels, colLabels, values, grid.alertRatio());
        String note = grid.cells().isEmpty() ? I18n.format("dist.cold.grid.none", grid.note()) : "";
        var chart = grid.cells().isEmpty() ? null
                : HeatMapChart.create(null, I18n.tr("dist.cold.grid.axis"), data, ChartTheme.STANDARD);
        if (chart != null && colLabels.size() > 6) {
            // Long "model · scenario" labels overlap side by side; upright they stay readable.
            ((org.jfree.chart.axis.ValueAxis) chart.getXYPlot().getDomainAxis()).setVerticalTickLabels(true);
        }
        long over2 = report.files().stream().filter(ColdStartFile::firstOver2xRestMedian).count();
        long over3 = report.files().stream().filter(ColdStartFile::firstOver3xRestMedian).count();
        String summary = I18n.format("dist.cold.summary", report.files().size(), over2, over3,
                grid.alerts().size(), s.metric());
        return new ColdStartResult(report.files(), report.effects(), data, cells, chart, note, summary);
    }

    /** "gemma3:270m · medium": the heat-map row of a cell (many short rows read better than many columns). */
    static String rowLabel(WarmupRatioCell c) {
        return part(c.model()) + SEP + part(c.scenario());
    }

    /** "ollama · prefill": the heat-map column of a cell. */
    static String columnLabel(WarmupRatioCell c) {
        return part(c.backend()) + SEP + part(c.mode());
    }

    private static String part(String v) {
        return v.isEmpty() ? I18n.tr("dist.group.none") : v;
    }

    /** Row or column labels in the order of first appearance in the grid (sorted by backend, mode, scenario, model). */
    private static Set<String> distinct(WarmupRatioGrid grid, boolean rows) {
        Set<String> out = new LinkedHashSet<>();
        for (WarmupRatioCell c : grid.cells()) {
            out.add(rows ? rowLabel(c) : columnLabel(c));
        }
        return out;
    }

    /** "&gt; 3×", "&gt; 2×" or "": the TR120 flag of a file's first sample. */
    static String flag(ColdStartFile f) {
        return f.firstOver3xRestMedian() ? "> 3\u00d7" : f.firstOver2xRestMedian() ? "> 2\u00d7" : "";
    }

    /** "e2e_kv · transformers-gpu": the key values of an overall-effect group. */
    static String group(ColdStartEffect e) {
        return String.join(SEP, e.key().values());
    }
}
