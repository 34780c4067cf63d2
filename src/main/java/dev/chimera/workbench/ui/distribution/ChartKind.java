package dev.chimera.workbench.ui.distribution;

/** Which distribution chart is shown; {@link #ALL} shows the four in a 2 × 2 grid. */
public enum ChartKind {
    HISTOGRAM, ECDF, CCDF, BOX, ALL
}
