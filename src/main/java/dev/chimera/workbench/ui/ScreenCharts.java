package dev.chimera.workbench.ui;

import dev.chimera.workbench.chart.ChartTheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Shows charts on screen in the current theme. Charts are built in the light {@link ChartTheme#STANDARD} by the
 * background computations (and exported that way); every view hands its chart to {@link #show}, which
 * re-colours it for the window's theme, and a theme switch re-colours the charts already on screen. FX thread
 * only.
 */
public final class ScreenCharts {
    private static final Set<ChartViewer> VIEWERS = Collections.newSetFromMap(new WeakHashMap<>());
    private static ChartTheme current = ChartTheme.STANDARD;

    private ScreenCharts() {
    }

    /** Re-colours the chart for the current theme and shows it in the viewer. */
    public static void show(ChartViewer viewer, JFreeChart chart) {
        VIEWERS.add(viewer);
        if (chart != null) {
            current.recolour(chart);
        }
        viewer.setChart(chart);
    }

    /** Switches the theme of every chart shown through {@link #show}, now and later. */
    public static void use(ChartTheme theme) {
        current = theme;
        for (ChartViewer viewer : new ArrayList<>(VIEWERS)) {
            JFreeChart chart = viewer.getChart();
            if (chart != null) {
                theme.recolour(chart);
            }
        }
    }

    public static ChartTheme current() {
        return current;
    }
}
