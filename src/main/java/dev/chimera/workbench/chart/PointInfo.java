package dev.chimera.workbench.chart;

/**
 * What lies under the mouse: the group, the point's x (the sample value) and y (its fraction or count), and the
 * sample's source, when known.
 */
public record PointInfo(String group, double x, double y, String sourceFile, int sourceLine) {
}
