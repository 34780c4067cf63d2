package dev.chimera.workbench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;

/**
 * JFreeChart's box-and-whisker renderer draws the mean and outliers as circles sized from the box width (huge
 * on a wide chart). This one draws one box per category in the group's colour, a dark median line, the mean
 * as a small white diamond, whiskers with caps, and outliers as small hollow circles.
 */
final class CompactBoxRenderer extends BoxAndWhiskerRenderer {
    private static final double OUTLIER_RADIUS = 2.5;
    private static final double MEAN_SIZE = 5;
    private static final Color INK = new Color(0x1F2937);
    private final List<Paint> paints;

    CompactBoxRenderer(List<Paint> paints) {
        this.paints = List.copyOf(paints);
        setMeanVisible(true);
        setMedianVisible(true);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return column < paints.size() ? paints.get(column) : super.getItemPaint(row, column);
    }

    @Override
    public void drawVerticalItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                                 CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
                                 CategoryDataset dataset, int row, int column) {
        BoxAndWhiskerCategoryDataset data = (BoxAndWhiskerCategoryDataset) dataset;
        if (data.getQ1Value(row, column) == null) {
            return;
        }
        RectangleEdge edge = plot.getRangeAxisEdge();
        double width = state.getBarWidth();
        double start = domainAxis.getCategoryStart(column, dataset.getColumnCount(), dataArea,
                plot.getDomainAxisEdge());
        double end = domainAxis.getCategoryEnd(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
        double x = start + (end - start - width) / 2;
        double mid = x + width / 2;
        double q1 = rangeAxis.valueToJava2D(data.getQ1Value(row, column).doubleValue(), dataArea, edge);
        double q3 = rangeAxis.valueToJava2D(data.getQ3Value(row, column).doubleValue(), dataArea, edge);
        double lo = rangeAxis.valueToJava2D(data.getMinRegularValue(row, column).doubleValue(), dataArea, edge);
        double hi = rangeAxis.valueToJava2D(data.getMaxRegularValue(row, column).doubleValue(), dataArea, edge);
        Paint fill = getItemPaint(row, column);

        g2.setStroke(new BasicStroke(1.2f));
        g2.setPaint(INK);
        g2.draw(new Line2D.Double(mid, hi, mid, Math.min(q1, q3)));
        g2.draw(new Line2D.Double(mid, lo, mid, Math.max(q1, q3)));
        g2.draw(new Line2D.Double(mid - width / 4, hi, mid + width / 4, hi));
        g2.draw(new Line2D.Double(mid - width / 4, lo, mid + width / 4, lo));
        Rectangle2D box = new Rectangle2D.Double(x, Math.min(q1, q3), width, Math.abs(q1 - q3));
        g2.setPaint(fill);
        g2.fill(box);
        g2.setPaint(INK);
        g2.draw(box);
        if (data.getMedianValue(row, column) != null) {
            double m = rangeAxis.valueToJava2D(data.getMedianValue(row, column).doubleValue(), dataArea, edge);
            g2.setStroke(new BasicStroke(2.2f));
            g2.draw(new Line2D.Double(x, m, x + width, m));
        }
        if (data.getMeanValue(row, column) != null) {
            double m = rangeAxis.valueToJava2D(data.getMeanValue(row, column).doubleValue(), dataArea, edge);
            Path2D diamond = new Path2D.Double();
            diamond.moveTo(mid, m - MEAN_SIZE);
            diamond.lineTo(mid + MEAN_SIZE, m);
            diamond.lineTo(mid, m + MEAN_SIZE);
            diamond.lineTo(mid - MEAN_SIZE, m);
            diamond.closePath();
            g2.setPaint(Color.WHITE);
            g2.fill(diamond);
            g2.setStroke(new BasicStroke(1.2f));
            g2.setPaint(INK);
            g2.draw(diamond);
        }
        g2.setStroke(new BasicStroke(1f));
        g2.setPaint(fill);
        List<?> outliers = data.getOutliers(row, column);
        if (outliers != null) {
            for (Object o : outliers) {
                double y = rangeAxis.valueToJava2D(((Number) o).doubleValue(), dataArea, edge);
                g2.draw(new Ellipse2D.Double(mid - OUTLIER_RADIUS, y - OUTLIER_RADIUS, 2 * OUTLIER_RADIUS,
                        2 * OUTLIER_RADIUS));
            }
        }
        EntityCollection entities = state.getEntityCollection();
        if (entities != null) {
            addItemEntity(entities, dataset, row, column, box);
        }
    }
}
