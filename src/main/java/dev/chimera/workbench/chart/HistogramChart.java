package dev.chimera.workbench.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** Histogram per group over shared bins ({@link HistogramBins}); groups overlap translucently. */
public final class HistogramChart {

    private HistogramChart() {
    }

    /**
     * @param title  chart title, or null
     * @param xLabel the metric and its unit, e.g. "latency_ms (ms)"
     */
    public static JFreeChart create(String title, String xLabel, List<SampleGroup> groups, HistogramBins bins,
                                    ChartTheme theme) {
        if (bins.counts().size() != groups.size()) {
            throw new IllegalArgumentException("bins counted over " + bins.counts().size() + " groups, not "
                    + groups.size());
        }
        XYIntervalSeriesCollection data = dataset(groups, bins);
        XYBarRenderer renderer = new XYBarRenderer(0.0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        // Bins are few; entities stay on so a chart panel can report the bin under the mouse.
        for (int s = 0; s < groups.size(); s++) {
            renderer.setSeriesPaint(s, theme.colour(groups.get(s).colourIndex()));
        }
        ValueAxis x;
        if (bins.log()) {
            double[] e = bins.edges();
            x = theme.logAxis(xLabel, e[0], e[e.length - 1]);
        } else {
            NumberAxis lin = new NumberAxis(xLabel);
            lin.setAutoRangeIncludesZero(false);
            x = lin;
        }
        NumberAxis y = new NumberAxis("count");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setForegroundAlpha(groups.size() > 1 ? 0.6f : 0.85f);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, groups.size() > 1);
        return theme.apply(chart);
    }

    /** One series per group (in group order), one item per bin: x = bin centre, y = count. */
    static XYIntervalSeriesCollection dataset(List<SampleGroup> groups, HistogramBins bins) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        double[] e = bins.edges();
        for (int g = 0; g < groups.size(); g++) {
            XYIntervalSeries s = new XYIntervalSeries(groups.get(g).label(), false, true);
            long[] c = bins.counts().get(g);
            for (int b = 0; b < c.length; b++) {
                double centre = bins.log() ? Math.sqrt(e[b] * e[b + 1]) : (e[b] + e[b + 1]) / 2;
                s.add(centre, e[b], e[b + 1], c[b], c[b], c[b]);
            }
            data.addSeries(s);
        }
        return data;
    }
}
