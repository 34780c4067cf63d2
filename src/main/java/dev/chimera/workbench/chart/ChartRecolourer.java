package dev.chimera.workbench.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.Collection;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * Switches a finished chart between the light and dark themes by replacing paints only. Text drawn in either
 * theme's text colour (titles, labels, annotations, marker labels) takes this theme's text colour; either
 * theme's muted colour takes this theme's muted colour; anything else (series, bands, heat-map cells) is kept.
 */
final class ChartRecolourer {
    private static final Set<Color> TEXTS = Set.of((Color) ChartTheme.STANDARD.textPaint(),
            (Color) ChartTheme.DARK.textPaint());
    private static final Set<Color> MUTED = Set.of((Color) ChartTheme.STANDARD.mutedTextPaint(),
            (Color) ChartTheme.DARK.mutedTextPaint());

    private final Color background;
    private final Color text;
    private final Color grid;
    private final Color axis;
    private final Color muted;

    ChartRecolourer(Color background, Color text, Color grid, Color axis, Color muted) {
        this.background = background;
        this.text = text;
        this.grid = grid;
        this.axis = axis;
        this.muted = muted;
    }

    void recolour(JFreeChart chart) {
        chart.setBackgroundPaint(background);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            title(chart.getSubtitle(i));
        }
        title(chart.getTitle());
        plot(chart.getPlot());
    }

    private void title(Title t) {
        if (t instanceof TextTitle tt) {
            tt.setPaint(swap(tt.getPaint()));
        } else if (t instanceof LegendTitle legend) {
            legend.setItemPaint(text);
            legend.setBackgroundPaint(background);
        }
    }

    private void plot(Plot plot) {
        if (plot == null) {
            return;
        }
        plot.setBackgroundPaint(background);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
            for (XYAnnotation a : xy.getAnnotations()) {
                if (a instanceof XYTextAnnotation t) {
                    t.setPaint(swap(t.getPaint()));
                }
            }
            markers(xy.getDomainMarkers(Layer.FOREGROUND));
            markers(xy.getDomainMarkers(Layer.BACKGROUND));
            markers(xy.getRangeMarkers(Layer.FOREGROUND));
            markers(xy.getRangeMarkers(Layer.BACKGROUND));
            if (xy instanceof CombinedDomainXYPlot combined) {
                combined.getSubplots().forEach(this::plot);
            } else if (xy instanceof CombinedRangeXYPlot combined) {
                combined.getSubplots().forEach(this::plot);
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(grid);
            cat.setDomainGridlinePaint(grid);
            for (int i = 0; i < cat.getDomainAxisCount(); i++) {
                axis(cat.getDomainAxis(i));
            }
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                axis(cat.getRangeAxis(i));
            }
            for (Object a : cat.getAnnotations()) {
                if (a instanceof CategoryTextAnnotation t) {
                    t.setPaint(swap(t.getPaint()));
                }
            }
            markers(cat.getRangeMarkers(Layer.FOREGROUND));
            markers(cat.getRangeMarkers(Layer.BACKGROUND));
        }
    }

    private void axis(Axis a) {
        if (a == null) {
            return;
        }
        // JFreeChart's default axis text is dark grey; an axis the theme never styled still becomes readable.
        a.setLabelPaint(Color.DARK_GRAY.equals(a.getLabelPaint()) ? text : swap(a.getLabelPaint()));
        a.setTickLabelPaint(Color.DARK_GRAY.equals(a.getTickLabelPaint()) ? text : swap(a.getTickLabelPaint()));
        a.setAxisLinePaint(axis);
        a.setTickMarkPaint(axis);
    }

    private void markers(Collection<?> markers) {
        if (markers == null) {
            return;
        }
        for (Object o : markers) {
            if (o instanceof Marker m) {
                m.setLabelPaint(swap(m.getLabelPaint()));
            }
        }
    }

    /** A theme text colour becomes ours; anything else (a series-coloured label) stays. */
    private Paint swap(Paint p) {
        if (TEXTS.contains(p)) {
            return text;
        }
        if (MUTED.contains(p)) {
            return muted;
        }
        return p;
    }
}
