package dev.chimera.workbench.session;

import java.util.List;
import java.util.Locale;

/**
 * A user annotation on a chart, in the chart's data coordinates. Generic on purpose: the export feature maps
 * it onto JFreeChart annotations.
 *
 * @param chart       the chart's id (e.g. "distribution.ecdf", "regime.crossover")
 * @param coordinates text: [x, y]; arrow: [x1, y1, x2, y2] (tail to head); range: [from, to] on the x axis
 * @param text        the label (may be empty for arrows and ranges)
 */
public record Annotation(String chart, Type type, List<Double> coordinates, String text) {
    public static final int MAX_TEXT = 10_000;

    /** The kinds of annotation and how many coordinates each takes. */
    public enum Type {
        TEXT(2), ARROW(4), RANGE(2);

        private final int coordinates;

        Type(int coordinates) {
            this.coordinates = coordinates;
        }

        public int coordinates() {
            return coordinates;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** "text", "arrow" or "range" (any case). */
        public static Type parse(String s) {
            for (Type t : values()) {
                if (t.id().equalsIgnoreCase(s)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("type must be text, arrow or range, not \"" + s + "\"");
        }
    }

    public Annotation {
        if (chart == null || chart.isBlank()) {
            throw new IllegalArgumentException("chart is empty");
        }
        if (type == null) {
            throw new IllegalArgumentException("type is missing");
        }
        coordinates = List.copyOf(coordinates);
        if (coordinates.size() != type.coordinates()) {
            throw new IllegalArgumentException("a " + type.id() + " annotation takes " + type.coordinates()
                    + " coordinates, not " + coordinates.size());
        }
        for (Double c : coordinates) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("coordinates must be finite numbers");
            }
        }
        text = text == null ? "" : text;
        if (text.length() > MAX_TEXT || text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("text must be at most " + MAX_TEXT + " characters without NUL");
        }
    }
}
