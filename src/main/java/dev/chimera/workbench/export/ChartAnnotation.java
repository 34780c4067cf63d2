package dev.chimera.workbench.export;

/**
 * A note the user adds to a chart, in data coordinates (the values on the axes, not pixels), so it stays on the
 * point it annotates whatever the export size.
 */
public sealed interface ChartAnnotation {

    /** Which axis a highlighted range spans. */
    enum Axis { X, Y }

    /** Text in a box at (x, y). */
    record Callout(double x, double y, String text) implements ChartAnnotation {
    }

    /** An arrow from (x1, y1) to the point (x2, y2) it points at, with optional text at its tail. */
    record Arrow(double x1, double y1, double x2, double y2, String text) implements ChartAnnotation {
    }

    /** A shaded interval [from, to] of the x or y axis with an optional label. */
    record HighlightRange(Axis axis, double from, double to, String label) implements ChartAnnotation {
        public HighlightRange {
            if (from > to) {
                double t = from;
                from = to;
                to = t;
            }
        }
    }
}
