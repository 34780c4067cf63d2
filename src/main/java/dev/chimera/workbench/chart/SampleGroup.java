package dev.chimera.workbench.chart;

import java.util.Arrays;

/**
 * The samples of one group as the charts need them: a label, a stable colour slot, the values, and for every
 * value the file and line it came from (so hovering a point can name its source).
 *
 * @param label       legend / category text, unique among the groups of one chart
 * @param colourIndex palette slot ({@link ChartTheme#colour}); stable by group order, not by what is shown
 * @param values      the samples (finite values; order is the source order)
 * @param sourceFiles source file of each value (same length as values)
 * @param sourceLines 1-based source line of each value, 0 when unknown
 */
public record SampleGroup(String label, int colourIndex, double[] values, String[] sourceFiles, int[] sourceLines) {

    public SampleGroup {
        if (sourceFiles.length != values.length || sourceLines.length != values.length) {
            throw new IllegalArgumentException("one source per value expected");
        }
    }

    /** A group without source information. */
    public static SampleGroup of(String label, int colourIndex, double... values) {
        String[] files = new String[values.length];
        Arrays.fill(files, "");
        return new SampleGroup(label, colourIndex, values, files, new int[values.length]);
    }

    public int size() {
        return values.length;
    }

    /** Index of the first sample equal to {@code value}, or -1. */
    public int indexOf(double value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
