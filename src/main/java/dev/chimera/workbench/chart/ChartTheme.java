package dev.chimera.workbench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * The one place that decides how charts look: fonts, the group palette, gridlines, antialiasing and
 * background. Every factory ends with {@link #apply}, on screen and in exports alike.
 */
public final class ChartTheme {
    /** The theme of the workbench. */
    public static final ChartTheme STANDARD = new ChartTheme();

    // Okabe–Ito (colour-blind safe) first, then distinct extras; yellow left out (unreadable on white).
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x8C564B), new Color(0x7F7F7F),
        new Color(0xBCBD22), new Color(0x17BECF), new Color(0x332288), new Color(0xAA4499)};

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color GRID = new Color(0xDDE1E6);
    private static final Color AXIS = new Color(0x6B7280);
    private static final Color TEXT = new Color(0x1F2937);

    private ChartTheme() {
    }

    /** The colour of palette slot {@code index} (wraps round after {@link #paletteSize()} groups). */
    public Color colour(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    public int paletteSize() {
        return PALETTE.length;
    }

    /** A line stroke for distribution curves. */
    public BasicStroke lineStroke() {
        return new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Colour of text drawn on the plot (annotations). */
    public Paint textPaint() {
        return TEXT;
    }

    public Font annotationFont() {
        return TICK;
    }

    /** Applies fonts, background, gridlines and antialiasing; returns the chart. */
    public JFreeChart apply(JFreeChart chart) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE);
            title.setPaint(TEXT);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setItemPaint(TEXT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        if (plot instanceof XYPlot xy) {
            grid(xy);
            style(xy.getDomainAxis());
            style(xy.getRangeAxis());
            if (xy instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
                for (XYPlot sub : combined.getSubplots()) {
                    sub.setBackgroundPaint(Color.WHITE);
                    sub.setOutlineVisible(false);
                    grid(sub);
                    style(sub.getRangeAxis());
                }
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
            cat.setRangeGridlineStroke(new BasicStroke(0.8f));
            cat.setDomainGridlinesVisible(false);
            style(cat.getDomainAxis());
            style(cat.getRangeAxis());
        }
        return chart;
    }

    /**
     * A log axis whose range is widened to whole decades and whose ticks sit at whole exponents (10, 100,
     * 1,000 ...) with unlabelled minor ticks at 2–9 × each power, printed as plain numbers.
     */
    public LogAxis logAxis(String label, double minPositive, double max) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        double lo = minPositive > 0 && Double.isFinite(minPositive) ? minPositive : 1;
        double hi = max > lo && Double.isFinite(max) ? max : lo * 10;
        double lower = Math.pow(10, Math.floor(Math.log10(lo) + 1e-9));
        double upper = Math.pow(10, Math.ceil(Math.log10(hi) - 1e-9));
        if (upper <= lower) {
            upper = lower * 10;
        }
        axis.setAutoRange(false);
        axis.setRange(new Range(lower, upper));
        axis.setSmallestValue(lower);
        axis.setAutoTickUnitSelection(false);
        axis.setTickUnit(new NumberTickUnit(1.0, new DecimalFormat("0"), 9));
        axis.setMinorTickMarksVisible(true);
        NumberFormat plain = new DecimalFormat("#,##0.####");
        axis.setNumberFormatOverride(plain);
        return axis;
    }

    private static void grid(XYPlot plot) {
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setDomainMinorGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    private static void style(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
    }
}
