package dev.chimera.workbench.ui.power;

/**
 * The trace chart's points for the visible x-range: samples {@code [from, to)} of the trace (the range plus the
 * nearest sample beyond each end) decimated to {@code columns} pixel columns; {@code t} and {@code watts} are the
 * kept samples' coordinates, ascending in time.
 */
public record VisibleTrace(int from, int to, int columns, double[] t, double[] watts) {

    /** The points as a JFreeChart series: {@code {t, watts}}. */
    public double[][] series() {
        return new double[][] {t, watts};
    }
}
