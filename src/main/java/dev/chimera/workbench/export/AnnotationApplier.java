package dev.chimera.workbench.export;

import dev.chimera.workbench.analysis.scaling.ModelSizes;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Applies annotations to a chart about to be exported (it mutates the chart: hand it a fresh or copied one).
 * User annotations become JFreeChart XYAnnotations and markers on the main XY plot (the first subplot of a
 * combined plot); on a category plot only y ranges apply and the others are reported as skipped.
 *
 * <p>The crossover chart draws the crossover (a foreground ValueMarker on the main plot, its CI an unlabelled
 * background IntervalMarker) and the matrix's size tiers (labelled background IntervalMarkers on the main plot,
 * dashed foreground ValueMarkers on the strip) itself; switching those toggles off removes exactly these.
 */
public final class AnnotationApplier {
    static final Color NOTE = new Color(0x7C2D12);
    static final Color NOTE_FILL = new Color(0xFFF7ED);
    static final Color RANGE_FILL = new Color(245, 158, 11, 45);
    static final Color SLIDER = new Color(0xB45309);
    /** JFreeChart gives marker labels a grey box by default; ours sit on the plot like the other notes. */
    static final Color CLEAR = new Color(0, 0, 0, 0);
    static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font COUNT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font BADGE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    private AnnotationApplier() {
    }

    /**
     * @param counts category → sample count, for the n labels of a box plot (may be empty)
     * @return descriptions of the annotations that could not be placed on this kind of chart
     */
    public static List<String> apply(JFreeChart chart, List<ChartAnnotation> user, AutoAnnotations auto,
                                     Map<String, Integer> counts) {
        List<String> skipped = new ArrayList<>();
        Plot plot = chart.getPlot();
        if (plot instanceof CombinedDomainXYPlot combined) {
            autoCrossover(combined, auto);
        }
        XYPlot xy = mainXy(plot);
        if (xy != null) {
            for (ChartAnnotation a : user) {
                addXy(xy, a);
            }
            if (auto.slider() && Double.isFinite(auto.sliderParams()) && plot instanceof CombinedDomainXYPlot) {
                ValueMarker m = new ValueMarker(auto.sliderParams(), SLIDER, new BasicStroke(1.6f,
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {6, 3}, 0));
                m.setLabel("slider " + ModelSizes.format(auto.sliderParams()));
                m.setLabelFont(BADGE_FONT);
                m.setLabelPaint(SLIDER);
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                m.setLabelOffset(new RectangleInsets(30, 2, 2, 2)); // below the tier labels
                m.setLabelBackgroundColor(CLEAR);
                xy.addDomainMarker(m, Layer.FOREGROUND);
            }
        } else if (plot instanceof CategoryPlot cat) {
            for (ChartAnnotation a : user) {
                if (a instanceof ChartAnnotation.HighlightRange r && r.axis() == ChartAnnotation.Axis.Y) {
                    cat.addRangeMarker(range(r), Layer.BACKGROUND);
                } else {
                    skipped.add(a + " (category chart: only y ranges apply)");
                }
            }
            if (auto.sampleCounts()) {
                sampleCounts(cat, counts);
            }
        }
        if (auto.verdictBadge() && auto.verdict() != null && !auto.verdict().isBlank()) {
            TextTitle badge = new TextTitle(auto.verdict(), BADGE_FONT);
            badge.setPaint(NOTE);
            badge.setBackgroundPaint(NOTE_FILL);
            badge.setFrame(new BlockBorder(NOTE));
            badge.setPadding(new RectangleInsets(3, 6, 3, 6));
            badge.setMargin(new RectangleInsets(2, 2, 4, 2));
            badge.setPosition(RectangleEdge.TOP);
            badge.setHorizontalAlignment(HorizontalAlignment.RIGHT);
            chart.addSubtitle(badge);
        }
        return skipped;
    }

    /** The plot user annotations go on: the XY plot, or the main subplot of a combined one; null otherwise. */
    static XYPlot mainXy(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            List<XYPlot> subs = combined.getSubplots();
            return subs.isEmpty() ? null : subs.get(0);
        }
        return plot instanceof XYPlot xy ? xy : null;
    }

    private static void addXy(XYPlot plot, ChartAnnotation a) {
        if (a instanceof ChartAnnotation.Callout c) {
            XYTextAnnotation t = new XYTextAnnotation(c.text(), c.x(), c.y());
            t.setFont(NOTE_FONT);
            t.setPaint(NOTE);
            t.setBackgroundPaint(NOTE_FILL);
            t.setOutlineVisible(true);
            t.setOutlinePaint(NOTE);
            t.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(t, false);
        } else if (a instanceof ChartAnnotation.Arrow r) {
            plot.addAnnotation(new ArrowAnnotation(r.x1(), r.y1(), r.x2(), r.y2(), r.text(), NOTE, NOTE_FONT),
                    false);
        } else if (a instanceof ChartAnnotation.HighlightRange r) {
            if (r.axis() == ChartAnnotation.Axis.X) {
                plot.addDomainMarker(range(r), Layer.BACKGROUND);
            } else {
                plot.addRangeMarker(range(r), Layer.BACKGROUND);
            }
        }
    }

    private static IntervalMarker range(ChartAnnotation.HighlightRange r) {
        IntervalMarker m = new IntervalMarker(r.from(), r.to(), RANGE_FILL);
        if (r.label() != null && !r.label().isBlank()) {
            m.setLabel(r.label());
            m.setLabelFont(NOTE_FONT);
            m.setLabelPaint(NOTE);
            m.setLabelAnchor(r.axis() == ChartAnnotation.Axis.X ? RectangleAnchor.TOP : RectangleAnchor.LEFT);
            m.setLabelTextAnchor(r.axis() == ChartAnnotation.Axis.X ? TextAnchor.TOP_CENTER
                    : TextAnchor.CENTER_LEFT);
            m.setLabelOffset(new RectangleInsets(16, 4, 4, 4));
            m.setLabelBackgroundColor(CLEAR);
        }
        return m;
    }

    private static void autoCrossover(CombinedDomainXYPlot combined, AutoAnnotations auto) {
        List<XYPlot> subs = combined.getSubplots();
        if (subs.isEmpty()) {
            return;
        }
        XYPlot main = subs.get(0);
        for (Marker m : copy(main.getDomainMarkers(Layer.BACKGROUND))) {
            boolean tier = m instanceof IntervalMarker && m.getLabel() != null;
            boolean ci = m instanceof IntervalMarker && m.getLabel() == null;
            if ((tier && !auto.regimeBands()) || (ci && !auto.crossover())) {
                main.removeDomainMarker(0, m, Layer.BACKGROUND, false);
            }
        }
        if (!auto.crossover()) {
            for (Marker m : copy(main.getDomainMarkers(Layer.FOREGROUND))) {
                main.removeDomainMarker(0, m, Layer.FOREGROUND, false);
            }
        }
        if (!auto.regimeBands() && subs.size() > 1) {
            XYPlot strip = subs.get(1);
            for (Marker m : copy(strip.getDomainMarkers(Layer.FOREGROUND))) {
                strip.removeDomainMarker(0, m, Layer.FOREGROUND, false);
            }
        }
    }

    private static List<Marker> copy(Collection<?> markers) {
        List<Marker> out = new ArrayList<>();
        if (markers != null) {
            for (Object o : markers) {
                out.add((Marker) o);
            }
        }
        return out;
    }

    private static void sampleCounts(CategoryPlot cat, Map<String, Integer> counts) {
        if (counts.isEmpty() || cat.getDataset() == null) {
            return;
        }
        double top = cat.getRangeAxis().getUpperBound();
        double bottom = cat.getRangeAxis().getLowerBound();
        double y = top - (top - bottom) * 0.02;
        if (cat.getRangeAxis() instanceof org.jfree.chart.axis.LogAxis) {
            y = Math.pow(10, Math.log10(top) - (Math.log10(top) - Math.log10(bottom)) * 0.02);
        }
        double y2 = top - (top - bottom) * 0.055;
        boolean stagger = cat.getDataset().getColumnCount() > 8; // narrow columns: alternate two rows
        int i = 0;
        for (Object key : cat.getDataset().getColumnKeys()) {
            Integer n = counts.get(key.toString());
            boolean low = stagger && i++ % 2 == 1;
            if (n == null) {
                continue;
            }
            CategoryTextAnnotation t = new CategoryTextAnnotation("n=" + String.format("%,d", n),
                    (Comparable<?>) key, low && !(cat.getRangeAxis() instanceof org.jfree.chart.axis.LogAxis) ? y2 : y);
            t.setFont(COUNT_FONT);
            t.setPaint(new Color(0x374151));
            t.setTextAnchor(TextAnchor.TOP_CENTER);
            cat.addAnnotation(t, false);
        }
    }
}
