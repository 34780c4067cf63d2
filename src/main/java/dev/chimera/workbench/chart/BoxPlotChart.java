package dev.chimera.workbench.chart;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.Stats;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * A box per group: quartiles with the chosen percentile method (so the median matches the percentile table),
 * whiskers at the most extreme samples within 1.5 IQR of the box (Tukey), every sample beyond drawn as an
 * outlier (the most extreme {@value #MAX_OUTLIERS} when there are more), and the mean as a marker.
 */
public final class BoxPlotChart {
    static final String SERIES = "samples";
    static final int MAX_OUTLIERS = 400;

    private BoxPlotChart() {
    }

    public static JFreeChart create(String title, String valueLabel, List<SampleGroup> groups,
                                    PercentileMethod method, boolean logY, ChartTheme theme) {
        DefaultBoxAndWhiskerCategoryDataset data = dataset(groups, method);
        List<Paint> paints = new ArrayList<>();
        for (SampleGroup g : groups) {
            paints.add(theme.colour(g.colourIndex()));
        }
        BoxAndWhiskerRenderer renderer = new CompactBoxRenderer(paints);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultCreateEntities(groups.size() <= 50);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (SampleGroup g : groups) {
            for (double v : g.values()) {
                if (v > 0 || !logY) {
                    min = Math.min(min, v);
                }
                max = Math.max(max, v);
            }
        }
        ValueAxis y;
        if (logY) {
            y = theme.logAxis(valueLabel, min, max);
        } else {
            NumberAxis lin = new NumberAxis(valueLabel);
            lin.setAutoRangeIncludesZero(false);
            if (max >= min) {
                // JFreeChart's auto range stops at the whiskers; the outliers (cold starts) must stay in view.
                double pad = max > min ? (max - min) * 0.04 : Math.max(1, Math.abs(max) * 0.04);
                lin.setRange(min - pad, max + pad);
            }
            y = lin;
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return theme.apply(chart);
    }

    /** One row ({@value #SERIES}), one column per group, in group order. */
    static DefaultBoxAndWhiskerCategoryDataset dataset(List<SampleGroup> groups, PercentileMethod method) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        for (SampleGroup g : groups) {
            data.add(item(g.values(), method), SERIES, g.label());
        }
        return data;
    }

    /** The box of one sample. */
    public static BoxAndWhiskerItem item(double[] values, PercentileMethod method) {
        double[] s = Stats.sortedFinite(values);
        int n = s.length;
        if (n == 0) {
            return new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, List.of());
        }
        double q1 = method.of(s, n, 0.25);
        double median = method.of(s, n, 0.50);
        double q3 = method.of(s, n, 0.75);
        double iqr = q3 - q1;
        double lowFence = q1 - 1.5 * iqr;
        double highFence = q3 + 1.5 * iqr;
        double sum = 0;
        double minRegular = Double.NaN;
        double maxRegular = Double.NaN;
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (double v : s) {
            sum += v;
            if (v < lowFence) {
                low.add(v);
            } else if (v > highFence) {
                high.add(v);
            } else {
                if (Double.isNaN(minRegular)) {
                    minRegular = v;
                }
                maxRegular = v;
            }
        }
        List<Double> outliers = new ArrayList<>();
        int keepLow = Math.min(low.size(), MAX_OUTLIERS / 2);
        int keepHigh = Math.min(high.size(), MAX_OUTLIERS - keepLow);
        outliers.addAll(low.subList(0, keepLow));
        outliers.addAll(high.subList(high.size() - keepHigh, high.size()));
        return new BoxAndWhiskerItem(sum / n, median, q1, q3, minRegular, maxRegular, s[0], s[n - 1], outliers);
    }
}
