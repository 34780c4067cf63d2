package dev.chimera.workbench.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A rows × columns grid of values with labels (e.g. the warmup ratio per backend × scenario), and the
 * threshold above which a cell is marked (e.g. 10× for TR121's warmup alert). NaN = no value.
 */
public record HeatMapData(List<String> rowLabels, List<String> columnLabels, double[][] values, double threshold) {

    public HeatMapData {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException("one value row per row label expected");
        }
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columnLabels.size()) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values, expected "
                        + columnLabels.size());
            }
            copy[r] = values[r].clone();
        }
        values = copy;
    }

    public double value(int row, int column) {
        return values[row][column];
    }

    /** Cells whose value is above the threshold, as {row, column}, row by row. */
    public List<int[]> markedCells() {
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                if (values[r][c] > threshold) {
                    out.add(new int[] {r, c});
                }
            }
        }
        return out;
    }

    /** Smallest and largest finite value: {min, max}; {NaN, NaN} when there is none. */
    public double[] finiteRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min > max ? new double[] {Double.NaN, Double.NaN} : new double[] {min, max};
    }
}
