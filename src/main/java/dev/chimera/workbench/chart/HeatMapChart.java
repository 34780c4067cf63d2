package dev.chimera.workbench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A labelled grid of values as coloured cells (e.g. the warmup-ratio grid): a sequential colour scale from the
 * smallest to the largest value (log-scaled when the values span more than a decade), the value printed in each
 * cell, and cells above the threshold outlined in red with a "!" after the value.
 */
public final class HeatMapChart {
    static final Color MARK = new Color(0xC62828);
    static final Color MISSING = new Color(0xF1F3F5);

    private HeatMapChart() {
    }

    public static JFreeChart create(String title, String valueLabel, HeatMapData data, ChartTheme theme) {
        int rows = data.rowLabels().size();
        int cols = data.columnLabels().size();
        DefaultXYZDataset xyz = new DefaultXYZDataset();
        xyz.addSeries(valueLabel, dataset(data));
        double[] range = data.finiteRange();
        ColourScale scale = ColourScale.of(range[0], range[1]);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(1.0);
        renderer.setBlockHeight(1.0);
        SymbolAxis x = new SymbolAxis(null, data.columnLabels().toArray(new String[0]));
        x.setGridBandsVisible(false);
        SymbolAxis y = new SymbolAxis(null, data.rowLabels().toArray(new String[0]));
        y.setGridBandsVisible(false);
        y.setInverted(true); // first row on top, as in a table
        x.setRange(-0.5, cols - 0.5);
        y.setRange(-0.5, rows - 0.5);
        XYPlot plot = new XYPlot(xyz, x, y, renderer);
        DecimalFormat fmt = new DecimalFormat("#,##0.0#");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = data.value(r, c);
                if (!Double.isFinite(v)) {
                    continue;
                }
                boolean marked = v > data.threshold();
                XYTextAnnotation text = new XYTextAnnotation(fmt.format(v) + (marked ? " !" : ""), c, r);
                text.setFont(theme.annotationFont());
                text.setPaint(scale.isDark(v) ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(text);
                if (marked) {
                    plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(c - 0.46, r - 0.46, 0.92, 0.92),
                            new BasicStroke(2.5f), MARK));
                }
            }
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        theme.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        NumberAxis legendAxis = new NumberAxis(valueLabel);
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(4, 8, 4, 4);
        chart.addSubtitle(legend);
        return chart;
    }

    /** {xs = column index, ys = row index, zs = value} of every cell, row by row. */
    static double[][] dataset(HeatMapData data) {
        int rows = data.rowLabels().size();
        int cols = data.columnLabels().size();
        double[][] out = new double[3][rows * cols];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[0][k] = c;
                out[1][k] = r;
                out[2][k] = data.value(r, c);
                k++;
            }
        }
        return out;
    }

    /** Light yellow → orange → dark red; log-scaled when the values span more than a decade. */
    static final class ColourScale implements PaintScale {
        private static final Color[] STOPS = {new Color(0xFFF7D6), new Color(0xFDB863), new Color(0xE0592A),
            new Color(0x8E1B10)};
        private final double lower;
        private final double upper;
        private final boolean log;

        private ColourScale(double lower, double upper, boolean log) {
            this.lower = lower;
            this.upper = upper;
            this.log = log;
        }

        static ColourScale of(double min, double max) {
            if (!Double.isFinite(min)) {
                return new ColourScale(0, 1, false);
            }
            double hi = max > min ? max : min + 1;
            boolean log = min > 0 && hi / min > 10;
            return new ColourScale(min, hi, log);
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        /** Position of v on the scale, 0..1. */
        double position(double v) {
            double t = log ? (Math.log(v) - Math.log(lower)) / (Math.log(upper) - Math.log(lower))
                    : (v - lower) / (upper - lower);
            return Math.max(0, Math.min(1, t));
        }

        boolean isDark(double v) {
            return position(v) > 0.6;
        }

        @Override
        public Paint getPaint(double v) {
            if (!Double.isFinite(v)) {
                return MISSING;
            }
            double t = position(v) * (STOPS.length - 1);
            int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
            double f = t - i;
            Color a = STOPS[i];
            Color b = STOPS[i + 1];
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }
}
