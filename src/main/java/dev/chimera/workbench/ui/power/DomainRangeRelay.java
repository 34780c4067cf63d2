package dev.chimera.workbench.ui.power;

import java.awt.geom.Rectangle2D;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.event.AxisChangeListener;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * Forwards a chart's visible domain range to the ViewModel after zooms, pans and auto-range restores: listens to
 * the domain axis' change events and, at most once per {@link #THROTTLE_MS} ms, reports the axis' range (or the
 * whole trace while it auto-ranges) with the plot's width in pixels. A pan drag fires an event per mouse move and
 * JFreeChart redraws on each; swapping the data on each as well would double the redraws, so the data follows a
 * few times a second and after the last move.
 */
final class DomainRangeRelay {
    static final int THROTTLE_MS = 60;

    /** Receives the visible range; {@code -∞, +∞} while the axis auto-ranges (the whole trace). */
    @FunctionalInterface
    interface Target {
        void visibleRangeChanged(double x0, double x1, int pixelWidth);
    }

    private final ChartViewer viewer;
    private final Target target;
    private final PauseTransition throttle = new PauseTransition(Duration.millis(THROTTLE_MS));
    private final AxisChangeListener listener = e -> schedule();
    private ValueAxis axis;

    DomainRangeRelay(ChartViewer viewer, Target target) {
        this.viewer = viewer;
        this.target = target;
        throttle.setOnFinished(e -> forward());
    }

    /** Follows the domain axis of this chart (null: none) instead of the previous one. */
    void attach(JFreeChart chart) {
        if (axis != null) {
            axis.removeChangeListener(listener);
        }
        throttle.stop();
        axis = chart != null && chart.getPlot() instanceof XYPlot plot ? plot.getDomainAxis() : null;
        if (axis != null) {
            axis.addChangeListener(listener);
        }
    }

    private void schedule() {
        if (throttle.getStatus() != Animation.Status.RUNNING) {
            throttle.playFromStart();
        }
    }

    private void forward() {
        if (axis == null) {
            return;
        }
        // An auto-ranging axis is sized to the data it has, which after a zoom is the slice: ask for everything.
        if (axis.isAutoRange()) {
            target.visibleRangeChanged(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, plotWidth());
        } else {
            target.visibleRangeChanged(axis.getLowerBound(), axis.getUpperBound(), plotWidth());
        }
    }

    /** The data area's width from the last drawing, else the viewer's. */
    private int plotWidth() {
        ChartRenderingInfo info = viewer.getRenderingInfo();
        Rectangle2D area = info == null ? null : info.getPlotInfo().getDataArea();
        double w = area != null && area.getWidth() > 0 ? area.getWidth() : viewer.getWidth();
        return (int) Math.max(1, Math.round(w));
    }
}
