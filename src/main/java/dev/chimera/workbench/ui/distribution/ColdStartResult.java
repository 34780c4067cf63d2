package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.ColdStartEffect;
import dev.chimera.workbench.analysis.ColdStartFile;
import dev.chimera.workbench.analysis.WarmupRatioCell;
import dev.chimera.workbench.chart.HeatMapData;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The "Cold starts &amp; warmups" sub-view of one computation: the TR120 per-file table, the overall effect per
 * mode × backend and the TR121 warmup-ratio grid with its heat map. Immutable once handed to the UI thread.
 *
 * @param gridCells  cell of each heat-map position, [row][column] (null where no cell exists)
 * @param gridChart  the heat map, null when the folder records no warmups
 * @param gridNote   why there is no grid ("" when there is one)
 * @param summary    one line: files, files over 2× / 3×, alert cells
 */
public record ColdStartResult(List<ColdStartFile> files, List<ColdStartEffect> effects, HeatMapData grid,
                              WarmupRatioCell[][] gridCells, JFreeChart gridChart, String gridNote,
                              String summary) {

    public ColdStartResult {
        files = List.copyOf(files);
        effects = List.copyOf(effects);
    }

    /** The grid cell at heat-map row / column, or null. */
    public WarmupRatioCell cell(int row, int column) {
        if (gridCells == null || row < 0 || row >= gridCells.length || column < 0
                || column >= gridCells[row].length) {
            return null;
        }
        return gridCells[row][column];
    }

    /** Cells above the alert ratio. */
    public List<WarmupRatioCell> alerts() {
        List<WarmupRatioCell> out = new java.util.ArrayList<>();
        if (gridCells != null) {
            for (WarmupRatioCell[] row : gridCells) {
                for (WarmupRatioCell c : row) {
                    if (c != null && c.alert()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
