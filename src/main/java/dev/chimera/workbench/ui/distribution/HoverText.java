package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.chart.BoxPlotChart;
import dev.chimera.workbench.chart.Ecdf;
import dev.chimera.workbench.chart.HistogramBins;
import dev.chimera.workbench.chart.PointInfo;
import dev.chimera.workbench.chart.SampleGroup;
import dev.chimera.workbench.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.statistics.BoxAndWhiskerItem;

/** What the hover label says about the point under the mouse, from the data of a computation. */
final class HoverText {
    private HoverText() {
    }

    static String describe(DistributionResult r, ChartKind kind, double x, double y) {
        return switch (kind) {
            case ECDF, CCDF -> curve(r, kind == ChartKind.CCDF, x, y);
            case HISTOGRAM -> bin(r, x);
            case BOX -> box(r, (int) Math.round(x));
            case ALL -> "";
        };
    }

    /**
     * ECDF / CCDF: of every group's sample nearest x, the one nearest the mouse, measured on the axes' scales
     * (log where the axis is logarithmic) as fractions of the axis spans, with its source file and line.
     */
    static PointInfo nearestPoint(DistributionResult r, boolean ccdf, double x, double y) {
        boolean logX = r.settings().logX();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int maxN = 1;
        for (Ecdf e : r.ecdfs()) {
            double[] xs = e.xs();
            if (xs.length > 0) {
                lo = Math.min(lo, scale(xs[0], logX));
                hi = Math.max(hi, scale(xs[xs.length - 1], logX));
            }
            maxN = Math.max(maxN, e.n());
        }
        double xSpan = hi > lo ? hi - lo : 1;
        double ySpan = ccdf ? Math.max(1, Math.log10(maxN)) : 1;
        PointInfo best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Ecdf e : r.ecdfs()) {
            PointInfo p = e.nearest(x, ccdf);
            if (p == null) {
                continue;
            }
            double dx = (scale(p.x(), logX) - scale(x, logX)) / xSpan;
            double dy = (ccdf ? Math.log10(p.y()) - Math.log10(Math.max(y, 1e-12)) : p.y() - y) / ySpan;
            double d = Math.hypot(dx, dy);
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    private static double scale(double v, boolean log) {
        return log ? Math.log10(Math.max(v, 1e-12)) : v;
    }

    private static String curve(DistributionResult r, boolean ccdf, double x, double y) {
        PointInfo p = nearestPoint(r, ccdf, x, y);
        if (p == null) {
            return "";
        }
        String where = p.sourceFile().isEmpty() ? I18n.tr("dist.hover.noSource")
                : p.sourceLine() > 0 ? I18n.format("dist.hover.source", p.sourceFile(), String.valueOf(p.sourceLine()))
                : p.sourceFile();
        String value = Numbers.compact(p.x());
        String share = Numbers.percent(p.y());
        return ccdf ? I18n.format("dist.hover.ccdf", p.group(), value, share, where)
                : I18n.format("dist.hover.ecdf", p.group(), value, share, where);
    }

    private static String bin(DistributionResult r, double x) {
        HistogramBins bins = r.bins();
        int b = bins.binOf(x);
        if (b < 0) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(I18n.format("dist.hover.bin", Numbers.compact(bins.edges()[b]), Numbers.compact(bins.edges()[b + 1])));
        for (int g = 0; g < r.groups().size(); g++) {
            lines.add(I18n.format("dist.hover.binCount", r.groups().get(g).label(), bins.counts().get(g)[b]));
        }
        return String.join("\n", lines);
    }

    private static String box(DistributionResult r, int index) {
        if (index < 0 || index >= r.groups().size()) {
            return "";
        }
        SampleGroup g = r.groups().get(index);
        BoxAndWhiskerItem item = BoxPlotChart.item(g.values(), r.settings().method());
        return I18n.format("dist.hover.box", g.label(), g.size(), Numbers.compact(item.getQ1().doubleValue()),
                Numbers.compact(item.getMedian().doubleValue()), Numbers.compact(item.getQ3().doubleValue()),
                Numbers.compact(item.getMean().doubleValue()), Numbers.compact(item.getMinRegularValue().doubleValue()),
                Numbers.compact(item.getMaxRegularValue().doubleValue()), item.getOutliers().size(),
                Numbers.compact(item.getMaxOutlier().doubleValue()));
    }
}
