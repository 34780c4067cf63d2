package dev.chimera.workbench.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** An arrow between two data points with a filled head at the second and optional text at the first. */
final class ArrowAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final double HEAD = 8;
    private final double x1;
    private final double y1;
    private final double x2;
    private final double y2;
    private final String text;
    private final Color colour;
    private final Font font;

    ArrowAnnotation(double x1, double y1, double x2, double y2, String text, Color colour, Font font) {
        this.x1 = x1;
        this.y1 = y1;
        this.x2 = x2;
        this.y2 = y2;
        this.text = text;
        this.colour = colour;
        this.font = font;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        PlotOrientation o = plot.getOrientation();
        RectangleEdge de = org.jfree.chart.plot.Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), o);
        RectangleEdge re = org.jfree.chart.plot.Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), o);
        double ax = domainAxis.valueToJava2D(x1, area, de);
        double ay = rangeAxis.valueToJava2D(y1, area, re);
        double bx = domainAxis.valueToJava2D(x2, area, de);
        double by = rangeAxis.valueToJava2D(y2, area, re);
        if (o == PlotOrientation.HORIZONTAL) {
            double t = ax;
            ax = ay;
            ay = t;
            t = bx;
            bx = by;
            by = t;
        }
        if (!Double.isFinite(ax + ay + bx + by)) {
            return;
        }
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(1.5f));
        double angle = Math.atan2(by - ay, bx - ax);
        double baseX = bx - HEAD * Math.cos(angle);
        double baseY = by - HEAD * Math.sin(angle);
        g2.draw(new Line2D.Double(ax, ay, baseX, baseY));
        GeneralPath head = new GeneralPath();
        head.moveTo(bx, by);
        head.lineTo(baseX + HEAD / 2 * Math.sin(angle), baseY - HEAD / 2 * Math.cos(angle));
        head.lineTo(baseX - HEAD / 2 * Math.sin(angle), baseY + HEAD / 2 * Math.cos(angle));
        head.closePath();
        g2.fill(head);
        if (text != null && !text.isBlank()) {
            g2.setFont(font);
            int w = g2.getFontMetrics().stringWidth(text);
            // Text on the side of the tail away from the head.
            double tx = Math.cos(angle) >= 0 ? ax - w - 4 : ax + 4;
            double ty = Math.sin(angle) >= 0 ? ay - 4 : ay + g2.getFontMetrics().getAscent() + 2;
            g2.drawString(text, (float) tx, (float) ty);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
