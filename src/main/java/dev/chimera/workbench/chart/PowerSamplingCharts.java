package dev.chimera.workbench.chart;

import dev.chimera.workbench.power.HeatSoak;
import dev.chimera.workbench.power.PowerTrace;
import dev.chimera.workbench.power.TraceAnalysis;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The sampling and heat-soak charts of one trace: the histogram of inter-sample intervals (dt, ms) with the gap
 * threshold as a line, and temperature over time with the rolling 5-minute slope on a second axis and the
 * equilibrium time as a marker. Java2D only.
 */
public final class PowerSamplingCharts {
    /** Bins of the dt histogram (linear, 0 to the largest dt). */
    public static final int DT_BINS = 80;
    /** Dataset index of the rolling slope in the temperature chart (temperature is 0). */
    public static final int SLOPE_DATASET = 1;
    static final Color THRESHOLD = new Color(0xC62828);
    static final Color EQUILIBRIUM = new Color(0x2E7D32);

    private PowerSamplingCharts() {
    }

    /** The inter-sample intervals of a trace, in ms. */
    public static double[] dtMs(PowerTrace trace) {
        double[] dt = new double[Math.max(0, trace.size() - 1)];
        for (int i = 1; i < trace.size(); i++) {
            dt[i - 1] = (trace.t(i) - trace.t(i - 1)) * 1000.0;
        }
        return dt;
    }

    /** Histogram of dt (ms) on a log count axis (the tail of long gaps is a handful against thousands). */
    public static JFreeChart dtHistogram(TraceAnalysis a, ChartTheme theme) {
        double[] dt = dtMs(a.trace());
        double thresholdMs = a.sampling().gapThresholdS() * 1000.0;
        double max = thresholdMs;
        for (double d : dt) {
            max = Math.max(max, d);
        }
        max *= 1.02;
        long[] counts = new long[DT_BINS];
        double width = max / DT_BINS;
        for (double d : dt) {
            counts[Math.max(0, Math.min(DT_BINS - 1, (int) Math.floor(d / width)))]++;
        }
        XYIntervalSeries s = new XYIntervalSeries("intervals", false, true);
        long top = 1;
        for (int b = 0; b < DT_BINS; b++) {
            if (counts[b] > 0) {
                s.add((b + 0.5) * width, b * width, (b + 1) * width, counts[b], counts[b], counts[b]);
                top = Math.max(top, counts[b]);
            }
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        XYBarRenderer renderer = new XYBarRenderer(0.0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, theme.colour(0));
        // A log count axis starts at 1: a bar is drawn from the axis floor, and every drawn bin has ≥ 1.
        renderer.setUseYInterval(false);
        renderer.setBase(1);
        NumberAxis x = new NumberAxis("dt between samples (ms)");
        x.setRange(0, max);
        LogAxis y = theme.logAxis("count", 1, top);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ValueMarker threshold = new ValueMarker(thresholdMs, THRESHOLD, new BasicStroke(1.5f));
        threshold.setLabel("gap threshold " + PowerTraceChart.fmt(thresholdMs) + " ms");
        threshold.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        threshold.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        threshold.setLabelPaint(THRESHOLD);
        plot.addDomainMarker(threshold, Layer.FOREGROUND);
        return theme.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
    }

    /**
     * Temperature (decimated like the power trace) on the left axis, the rolling slope (°C/min) on the right
     * axis with the equilibrium limits (± threshold), and a vertical marker at the equilibrium time; null when
     * the trace has no temperature.
     */
    public static JFreeChart temperature(TraceAnalysis a, ChartTheme theme) {
        PowerTrace trace = a.trace();
        double[] t = trace.times();
        double[] temp = trace.temps();
        int n = 0;
        for (double v : temp) {
            if (Double.isFinite(v)) {
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double[][] finite = new double[2][n];
        int k = 0;
        for (int i = 0; i < temp.length; i++) {
            if (Double.isFinite(temp[i])) {
                finite[0][k] = t[i];
                finite[1][k++] = temp[i];
            }
        }
        DefaultXYDataset temps = new DefaultXYDataset();
        temps.addSeries("temperature (\u00b0C)", Decimator.select(finite[0], finite[1],
                Decimator.keep(finite[0], finite[1], PowerTraceChart.COLUMNS)));
        HeatSoak h = a.heatSoak();
        List<HeatSoak.SlopePoint> sp = h.slopes();
        double[][] slope = new double[2][sp.size()];
        for (int i = 0; i < sp.size(); i++) {
            slope[0][i] = sp.get(i).tS();
            slope[1][i] = sp.get(i).slopeCPerMin();
        }
        DefaultXYDataset slopes = new DefaultXYDataset();
        slopes.addSeries("rolling " + PowerTraceChart.fmt(h.windowS() / 60) + "-min slope (\u00b0C/min)", slope);

        NumberAxis x = new NumberAxis("time from trace start (s)");
        x.setAutoRangeIncludesZero(false);
        NumberAxis yTemp = new NumberAxis("temperature (\u00b0C)");
        yTemp.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer tempRenderer = new XYLineAndShapeRenderer(true, false);
        tempRenderer.setSeriesPaint(0, theme.colour(1));
        tempRenderer.setSeriesStroke(0, theme.lineStroke());
        tempRenderer.setDefaultCreateEntities(false);
        XYPlot plot = new XYPlot(temps, x, yTemp, tempRenderer);

        NumberAxis ySlope = new NumberAxis("slope (\u00b0C/min)");
        ySlope.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer slopeRenderer = new XYLineAndShapeRenderer(true, false);
        slopeRenderer.setSeriesPaint(0, theme.colour(0));
        slopeRenderer.setSeriesStroke(0, new BasicStroke(1.2f));
        slopeRenderer.setDefaultCreateEntities(false);
        plot.setRangeAxis(SLOPE_DATASET, ySlope);
        plot.setRangeAxisLocation(SLOPE_DATASET, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(SLOPE_DATASET, slopes);
        plot.setRenderer(SLOPE_DATASET, slopeRenderer);
        plot.mapDatasetToRangeAxis(SLOPE_DATASET, SLOPE_DATASET);
        BasicStroke dashed = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                new float[] {4f, 3f}, 0f);
        for (double lim : new double[] {h.thresholdCPerMin(), -h.thresholdCPerMin()}) {
            plot.addRangeMarker(SLOPE_DATASET, new ValueMarker(lim, theme.colour(0), dashed), Layer.BACKGROUND,
                    false);
        }
        if (h.reachedEquilibrium()) {
            ValueMarker eq = new ValueMarker(h.equilibriumAtS(), EQUILIBRIUM, new BasicStroke(1.8f));
            eq.setLabel("equilibrium " + PowerTraceChart.fmt(h.equilibriumS()) + " s after load start");
            eq.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            eq.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            eq.setLabelPaint(EQUILIBRIUM);
            plot.addDomainMarker(eq, Layer.FOREGROUND);
        }
        return theme.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }
}
