package dev.chimera.workbench.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * ECDF (fraction of samples at or below x) and CCDF (fraction at or above x, log y) per group. Each series is
 * decimated to min/max per pixel column before the chart sees it, and drawn as one step path without
 * per-item entities (hover uses {@link Ecdf#nearest} on the full data instead).
 */
public final class EcdfChart {

    private EcdfChart() {
    }

    /**
     * @param ccdf    false: ECDF on a linear y axis 0..1; true: CCDF on a log y axis down to 1/n
     * @param logX    log x axis with ticks at whole exponents
     * @param columns pixel columns the chart will be drawn in (decimation target)
     */
    public static JFreeChart create(String title, String xLabel, List<Ecdf> groups, boolean ccdf, boolean logX,
                                    int columns, ChartTheme theme) {
        DefaultXYDataset data = dataset(groups, ccdf, logX, columns);
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setDefaultShapesVisible(false);
        renderer.setDefaultCreateEntities(false);
        for (int s = 0; s < groups.size(); s++) {
            renderer.setSeriesPaint(s, theme.colour(groups.get(s).group().colourIndex()));
            renderer.setSeriesStroke(s, theme.lineStroke());
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        int maxN = 1;
        for (Ecdf e : groups) {
            double[] xs = e.xs();
            for (double v : xs) {
                if (v > 0 || !logX) {
                    minX = Math.min(minX, v);
                }
            }
            if (xs.length > 0) {
                maxX = Math.max(maxX, xs[xs.length - 1]);
            }
            maxN = Math.max(maxN, e.n());
        }
        ValueAxis x;
        if (logX) {
            x = theme.logAxis(xLabel, minX, maxX);
        } else {
            NumberAxis lin = new NumberAxis(xLabel);
            lin.setAutoRangeIncludesZero(false);
            x = lin;
        }
        ValueAxis y;
        if (ccdf) {
            y = theme.logAxis("fraction ≥ x", 1.0 / maxN, 1.0);
        } else {
            NumberAxis lin = new NumberAxis("fraction ≤ x");
            lin.setRange(0, 1.0);
            y = lin;
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, groups.size() > 1);
        return theme.apply(chart);
    }

    /** One decimated series per group, keyed by the group label. */
    static DefaultXYDataset dataset(List<Ecdf> groups, boolean ccdf, boolean logX, int columns) {
        DefaultXYDataset data = new DefaultXYDataset();
        for (Ecdf e : groups) {
            double[] xs = e.xs();
            double[] ys = e.ys(ccdf);
            int[] keep = Decimator.keep(xs, ys, columns, logX);
            data.addSeries(e.group().label(), Decimator.select(xs, ys, keep));
        }
        return data;
    }
}
