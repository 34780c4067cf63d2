package dev.chimera.workbench.chart;

import dev.chimera.workbench.analysis.scaling.CrossoverResult;
import dev.chimera.workbench.analysis.scaling.ModelPoint;
import dev.chimera.workbench.analysis.scaling.ModelSizes;
import dev.chimera.workbench.analysis.scaling.ScalingFit;
import dev.chimera.workbench.regime.RegimeRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Metric vs parameter count, log-log, per backend: measured points, the fitted power law with its bootstrap band
 * over the measured range (dashed where extrapolated), the crossover of the chosen pair with its CI, and the
 * matrix's size tiers shaded behind. A thin strip below shows where each backend wins in the user's data, with
 * the matrix's tier bounds as dashed lines, so a shift is visible at a glance. The x axis spans the model-size
 * slider's range (0.1 M to 1 T) so a slider cursor can sit anywhere on it.
 */
public final class CrossoverChart {
    public static final double X_MIN = 1e5;
    public static final double X_MAX = 1e12;
    /** Index of the main plot among the combined plot's subplots; the strip is 1. */
    public static final int MAIN = 0;
    public static final int STRIP = 1;
    static final int POINTS = 0;
    static final int CURVES = 1;
    static final int EXTRAPOLATED = 2;
    private static final Color[] TIER_TINTS = {new Color(0x2f6fb0), new Color(0x9aa5b1)};
    private static final double MIN_LABELLED_DECADES = 0.6;
    private static final Color CROSSOVER = new Color(0x1F2937);
    private static final Font STRIP_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private CrossoverChart() {
    }

    public static JFreeChart create(CrossoverChartData d, ChartTheme theme) {
        List<String> backends = backends(d);
        LogAxis x = theme.logAxis("parameters", X_MIN, X_MAX);
        x.setNumberFormatOverride(new SizeFormat());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(4);
        combined.add(mainPlot(d, backends, theme), 6);
        combined.add(strip(d, backends, theme), 1);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, !d.fits().isEmpty());
        return theme.apply(chart);
    }

    /** Backends in palette order (sorted), so a backend keeps its colour across modes and metrics. */
    static List<String> backends(CrossoverChartData d) {
        TreeSet<String> names = new TreeSet<>();
        d.fits().forEach(f -> names.add(f.series().backend()));
        return new ArrayList<>(names);
    }

    private static XYPlot mainPlot(CrossoverChartData d, List<String> backends, ChartTheme theme) {
        XYSeriesCollection points = new XYSeriesCollection();
        YIntervalSeriesCollection curves = new YIntervalSeriesCollection();
        XYSeriesCollection extrapolated = new XYSeriesCollection();
        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
        DeviationRenderer curveRenderer = new DeviationRenderer(true, false);
        curveRenderer.setAlpha(0.16f);
        curveRenderer.setDefaultCreateEntities(false);
        XYLineAndShapeRenderer extRenderer = new XYLineAndShapeRenderer(true, false);
        extRenderer.setDefaultCreateEntities(false);
        BasicStroke dashed = new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {5, 4},
                0);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ScalingFit f : d.fits()) {
            String b = f.series().backend();
            Color c = theme.colour(backends.indexOf(b));
            XYSeries s = new XYSeries(b, true, true);
            for (ModelPoint p : f.points()) {
                s.add(p.params(), p.value());
                lo = Math.min(lo, p.value());
                hi = Math.max(hi, p.value());
            }
            pointRenderer.setSeriesPaint(points.getSeriesCount(), c);
            points.addSeries(s);
            FitBand band = d.bands().get(b);
            if (band == null) {
                continue;
            }
            YIntervalSeries ys = new YIntervalSeries(b + " fit", true, true);
            for (int i = 0; i < band.params().length; i++) {
                ys.add(band.params()[i], band.fit()[i], band.lo()[i], band.hi()[i]);
            }
            int k = curves.getSeriesCount();
            curveRenderer.setSeriesPaint(k, c);
            curveRenderer.setSeriesFillPaint(k, c);
            curveRenderer.setSeriesStroke(k, theme.lineStroke());
            curveRenderer.setSeriesVisibleInLegend(k, false);
            curves.addSeries(ys);
            XYSeries ext = new XYSeries(b + " extrapolated", true, true);
            int last = band.params().length - 1;
            ext.add(X_MIN, band.fit()[0] * Math.pow(X_MIN / band.minParams(), slope(band)));
            ext.add(band.minParams(), band.fit()[0]);
            ext.add(Math.sqrt(band.minParams() * band.maxParams()), Double.NaN); // gap over the measured range
            ext.add(band.maxParams(), band.fit()[last]);
            ext.add(X_MAX, band.fit()[last] * Math.pow(X_MAX / band.maxParams(), slope(band)));
            int e = extrapolated.getSeriesCount();
            extRenderer.setSeriesPaint(e, c);
            extRenderer.setSeriesStroke(e, dashed);
            extRenderer.setSeriesVisibleInLegend(e, false);
            extrapolated.addSeries(ext);
        }
        // The y range follows the measured points (widened to whole decades); wide bands are clipped.
        LogAxis y = theme.logAxis(d.yLabel(), lo, hi);
        XYPlot plot = new XYPlot(points, null, y, pointRenderer);
        plot.setDataset(CURVES, curves);
        plot.setRenderer(CURVES, curveRenderer);
        plot.setDataset(EXTRAPOLATED, extrapolated);
        plot.setRenderer(EXTRAPOLATED, extRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // points on top
        tiers(plot, d, true);
        crossover(plot, d.crossover(), theme);
        return plot;
    }

    /** ln-ln slope of a band's fitted curve. */
    private static double slope(FitBand b) {
        int last = b.params().length - 1;
        return Math.log(b.fit()[last] / b.fit()[0]) / Math.log(b.maxParams() / b.minParams());
    }

    /** The matrix's size rows: shaded and labelled behind the main plot, dashed bounds on the strip. */
    private static void tiers(XYPlot plot, CrossoverChartData d, boolean shaded) {
        if (d.matrix() == null) {
            return;
        }
        int i = 0;
        for (RegimeRow r : d.matrix().rows()) {
            double from = Double.isNaN(r.when().min()) ? X_MIN : Math.max(X_MIN, r.when().min());
            double to = Double.isNaN(r.when().max()) ? X_MAX : Math.min(X_MAX, r.when().max());
            if (shaded && from < to) {
                Color tint = TIER_TINTS[i % 2];
                IntervalMarker m = new IntervalMarker(from, to, new Color(tint.getRed(), tint.getGreen(),
                        tint.getBlue(), i % 2 == 0 ? 22 : 34));
                m.setLabel(r.label());
                m.setLabelFont(STRIP_FONT);
                m.setLabelPaint(ChartTheme.STANDARD.mutedTextPaint());
                m.setLabelAnchor(RectangleAnchor.TOP);
                m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                plot.addDomainMarker(m, Layer.BACKGROUND);
            } else if (!shaded && !Double.isNaN(r.when().max()) && r.when().max() < X_MAX) {
                ValueMarker m = new ValueMarker(r.when().max(), new Color(0x6B7280), new BasicStroke(1f,
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {3, 3}, 0));
                plot.addDomainMarker(m, Layer.FOREGROUND);
            }
            i++;
        }
    }

    private static void crossover(XYPlot plot, CrossoverResult c, ChartTheme theme) {
        if (c == null || !Double.isFinite(c.crossoverParams()) || c.crossoverParams() < X_MIN
                || c.crossoverParams() > X_MAX) {
            return;
        }
        if (c.ci() != null && c.ci().isDefined()) {
            IntervalMarker ci = new IntervalMarker(Math.max(X_MIN, c.ci().lo()), Math.min(X_MAX, c.ci().hi()),
                    new Color(31, 41, 55, 40));
            plot.addDomainMarker(ci, Layer.BACKGROUND);
        }
        ValueMarker m = new ValueMarker(c.crossoverParams(), CROSSOVER, new BasicStroke(1.4f));
        m.setLabel(c.backendA() + " = " + c.backendB() + " at " + ModelSizes.format(c.crossoverParams()));
        m.setLabelFont(theme.annotationFont());
        m.setLabelPaint(theme.textPaint());
        m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(m, Layer.FOREGROUND);
    }

    /** Where each backend wins in the user's data, in the backend's colour, labelled. */
    private static XYPlot strip(CrossoverChartData d, List<String> backends, ChartTheme theme) {
        NumberAxis y = new NumberAxis();
        y.setRange(0, 1);
        y.setVisible(false);
        XYPlot strip = new XYPlot(null, null, y, new XYLineAndShapeRenderer(false, false));
        strip.setRangeGridlinesVisible(false);
        for (CrossoverChartData.WinnerBand w : d.dataBands()) {
            int slot = backends.indexOf(w.backend());
            Color c = theme.colour(slot < 0 ? backends.size() : slot);
            IntervalMarker m = new IntervalMarker(Math.max(X_MIN, w.from()), Math.min(X_MAX, w.to()),
                    new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
            if (Math.log10(Math.min(X_MAX, w.to()) / Math.max(X_MIN, w.from())) >= MIN_LABELLED_DECADES) {
                m.setLabel(w.backend()); // narrower bands stay unlabelled (the colour says it; labels would collide)
            }
            m.setLabelFont(STRIP_FONT);
            m.setLabelPaint(theme.textPaint());
            m.setLabelAnchor(RectangleAnchor.CENTER);
            m.setLabelTextAnchor(TextAnchor.CENTER);
            strip.addDomainMarker(m, Layer.BACKGROUND);
        }
        tiers(strip, d, false);
        return strip;
    }
}
