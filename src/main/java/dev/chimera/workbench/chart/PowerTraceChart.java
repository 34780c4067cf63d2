package dev.chimera.workbench.chart;

import dev.chimera.workbench.power.EnergyQuality;
import dev.chimera.workbench.power.EventEnergy;
import dev.chimera.workbench.power.IdleBaseline;
import dev.chimera.workbench.power.PowerTrace;
import dev.chimera.workbench.power.SamplingQuality;
import dev.chimera.workbench.power.TraceAnalysis;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The power trace of one {@link TraceAnalysis}: the samples decimated to {@link #COLUMNS} pixel columns, the idle
 * baseline as a band (mean ± σ) with its mean line, the gaps as interval markers in front of the trace,
 * floor-suspect samples (below 5 W) as their own series, and the event windows shaded behind it, coloured by
 * energy quality. The dt histogram and the temperature chart are in {@link PowerSamplingCharts}.
 * Java2D only: the same chart is shown on screen and exported.
 */
public final class PowerTraceChart {
    /** Pixel columns the trace is decimated to (min/max per column). */
    public static final int COLUMNS = 2000;
    /** Series 0 of the dataset: the decimated trace. */
    public static final int TRACE_SERIES = 0;
    /** Series 1 of the dataset: the floor-suspect samples. */
    public static final int FLOOR_SERIES = 1;
    /** Gap markers drawn at most (a trace with more gaps shows the longest ones). */
    public static final int MAX_GAP_MARKERS = 2000;

    public static final Color GOOD = new Color(0x2E7D32);
    public static final Color GAPPY = new Color(0xE69F00);
    public static final Color NO_DATA = new Color(0x9E9E9E);
    static final Color GAP = new Color(0xC62828);
    static final Color BASELINE = new Color(0x0072B2);
    static final Color FLOOR = new Color(0xD55E00);

    private PowerTraceChart() {
    }

    /** The shading colour of an event window of this quality. */
    public static Color qualityColour(EnergyQuality q) {
        return switch (q) {
            case GOOD -> GOOD;
            case GAPPY -> GAPPY;
            case NO_DATA -> NO_DATA;
        };
    }

    /**
     * @param floorW samples below this are floor suspect (TR122: 5 W)
     */
    public static JFreeChart create(TraceAnalysis a, double floorW, ChartTheme theme) {
        PowerTrace trace = a.trace();
        double[] t = trace.times();
        double[] p = trace.powers();
        return create(a, t, p, Decimator.select(t, p, Decimator.keep(t, p, COLUMNS)), floorW, theme);
    }

    /**
     * The same chart drawn from a pyramid built over the trace's times and powers (the same points: the pyramid
     * keeps what the decimator keeps); the Power tab keeps the pyramid to redraw zoomed views in detail.
     */
    public static JFreeChart create(TraceAnalysis a, DecimationPyramid trace, double floorW, ChartTheme theme) {
        return create(a, trace.x(), trace.y(), trace.select(trace.keep(0, trace.size(), COLUMNS)), floorW, theme);
    }

    /**
     * Swaps the trace series' points (a zoomed or panned view's slice, decimated to the plot's width) and leaves
     * every other series, marker and axis setting as it is. The chart redraws through its dataset change event.
     */
    public static void replaceTrace(JFreeChart chart, double[][] points) {
        DefaultXYDataset data = (DefaultXYDataset) chart.getXYPlot().getDataset();
        data.addSeries(data.getSeriesKey(TRACE_SERIES), points); // same key: replaced in place, index kept
    }

    private static JFreeChart create(TraceAnalysis a, double[] t, double[] p, double[][] kept, double floorW,
                                     ChartTheme theme) {
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("power (W)", kept);
        data.addSeries("floor suspect (< " + fmt(floorW) + " W)", floorSamples(t, p, floorW));

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(TRACE_SERIES, theme.colour(0));
        renderer.setSeriesStroke(TRACE_SERIES, new BasicStroke(1.0f));
        renderer.setSeriesLinesVisible(FLOOR_SERIES, false);
        renderer.setSeriesShapesVisible(FLOOR_SERIES, true);
        renderer.setSeriesShape(FLOOR_SERIES, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(FLOOR_SERIES, FLOOR);
        // Dense line: no per-item entities (they cost a repaint); hover is a JavaFX overlay.
        renderer.setDefaultCreateEntities(false);

        NumberAxis x = new NumberAxis("time from trace start (s)");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("power (W)");
        XYPlot plot = new XYPlot(data, x, y, renderer);
        for (EventEnergy e : a.events()) {
            IntervalMarker m = new IntervalMarker(e.startS(), Math.max(e.endS(), e.startS()));
            m.setPaint(qualityColour(e.quality()));
            m.setAlpha(0.28f);
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        addGaps(plot, a.sampling());
        addBaseline(plot, a.baseline());
        return theme.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }

    /** Samples below the floor, every one (they are few and each matters). */
    static double[][] floorSamples(double[] t, double[] p, double floorW) {
        int n = 0;
        for (double w : p) {
            if (w < floorW) {
                n++;
            }
        }
        double[][] out = new double[2][n];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] < floorW) {
                out[0][k] = t[i];
                out[1][k++] = p[i];
            }
        }
        return out;
    }

    private static void addGaps(XYPlot plot, SamplingQuality q) {
        SamplingQuality.Gap[] gaps = q.gaps().toArray(new SamplingQuality.Gap[0]);
        if (gaps.length > MAX_GAP_MARKERS) {
            Arrays.sort(gaps, (g, h) -> Double.compare(h.lengthS(), g.lengthS()));
            gaps = Arrays.copyOf(gaps, MAX_GAP_MARKERS);
        }
        for (SamplingQuality.Gap g : gaps) {
            IntervalMarker m = new IntervalMarker(g.startS(), g.startS() + g.lengthS());
            m.setPaint(GAP);
            m.setAlpha(0.45f);
            plot.addDomainMarker(m, Layer.FOREGROUND);
        }
    }

    private static void addBaseline(XYPlot plot, IdleBaseline b) {
        if (!b.usable()) {
            return;
        }
        if (Double.isFinite(b.stdW()) && b.stdW() > 0) {
            IntervalMarker band = new IntervalMarker(b.meanW() - b.stdW(), b.meanW() + b.stdW());
            band.setPaint(BASELINE);
            band.setAlpha(0.15f);
            plot.addRangeMarker(band, Layer.BACKGROUND);
        }
        ValueMarker mean = new ValueMarker(b.meanW(), BASELINE, new BasicStroke(1.0f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
        mean.setLabel("idle " + fmt(b.meanW()) + " W");
        mean.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        mean.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        mean.setLabelPaint(BASELINE);
        plot.addRangeMarker(mean, Layer.FOREGROUND);
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.1f", v);
    }
}
