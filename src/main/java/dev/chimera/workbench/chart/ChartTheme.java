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
 * background. Every factory ends with {@link #apply}, on screen and in exports alike. {@link #DARK} is the
 * on-screen dark theme: the UI re-colours a finished chart with {@link #recolour} (paints only, so switching
 * back and forth is lossless).
 */
public final class ChartTheme {
    /** The theme of the workbench (light; exports always use it). */
    public static final ChartTheme STANDARD = new ChartTheme(Color.WHITE, new Color(0x1F2937), new Color(0xDDE1E6),
            new Color(0x6B7280), new Color(0x4B5563));
    /** Dark background, light text: matches workbench-dark.css. */
    public static final ChartTheme DARK = new ChartTheme(new Color(0x1F2227), new Color(0xE5E7EB),
            new Color(0x3A3F47), new Color(0x9CA3AF), new Color(0xB8BFCA));

    // Okabe–Ito (colour-blind safe) first, then distinct extras; yellow left out (unreadable on white).
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x8C564B), new Color(0x7F7F7F),
        new Color(0xBCBD22), new Color(0x17BECF), new Color(0x332288), new Color(0xAA4499)};

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private final Color background;
    private final Color text;
    private final Color grid;
    private final Color axis;
    private final Color mutedText;

    private ChartTheme(Color background, Color text, Color grid, Color axis, Color mutedText) {
        this.background = background;
        this.text = text;
        this.grid = grid;
        this.axis = axis;
        this.mutedText = mutedText;
    }

    /** Background of the chart and plot. */
    public Color background() {
        return background;
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
        return text;
    }

    /** Colour of secondary labels (e.g. a marker naming a published value). */
    public Paint mutedTextPaint() {
        return mutedText;
    }

    /**
     * Re-colours a finished chart for this theme: backgrounds, titles, legends, axes, gridlines, and the
     * labels and text annotations drawn in a theme's text colour. Series colours, fonts and data stay as the
     * factory made them.
     */
    public JFreeChart recolour(JFreeChart chart) {
        new ChartRecolourer(background, text, grid, axis, mutedText).recolour(chart);
        return chart;
    }

    public Font annotationFont() {
        return TICK;
    }

    /** Applies fonts, background, gridlines and antialiasing; returns the chart. */
    public JFreeChart apply(JFreeChart chart) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.setBackgroundPaint(background);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE);
            title.setPaint(text);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setItemPaint(text);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(background);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(background);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        if (plot instanceof XYPlot xy) {
            grid(xy, grid);
            style(xy.getDomainAxis(), text, axis);
            style(xy.getRangeAxis(), text, axis);
            if (xy instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
                for (XYPlot sub : combined.getSubplots()) {
                    sub.setBackgroundPaint(background);
                    sub.setOutlineVisible(false);
                    grid(sub, grid);
                    style(sub.getRangeAxis(), text, axis);
                }
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(grid);
            cat.setRangeGridlineStroke(new BasicStroke(0.8f));
            cat.setDomainGridlinesVisible(false);
            style(cat.getDomainAxis(), text, axis);
            style(cat.getRangeAxis(), text, axis);
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

    private static void grid(XYPlot plot, Color grid) {
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setDomainMinorGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    private static void style(Axis axis, Color text, Color line) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        paint(axis, text, line);
    }

    private static void paint(Axis axis, Color text, Color line) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(text);
        axis.setTickLabelPaint(text);
        axis.setAxisLinePaint(line);
        axis.setTickMarkPaint(line);
    }
}
