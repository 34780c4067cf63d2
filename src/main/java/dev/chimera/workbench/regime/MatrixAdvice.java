package dev.chimera.workbench.regime;

import java.util.List;

/** One matrix's answer for the inputs: its row (null when none matches) and each tree's path. */
public record MatrixAdvice(RegimeMatrix matrix, RegimeRow row, List<TreeWalk> walks) {

    /** The first complete tree's leaf, else the row's backend cell; "" when neither. */
    public String recommendation() {
        for (TreeWalk w : walks) {
            if (w.complete()) {
                return w.leaf().recommend();
            }
        }
        return row == null ? "" : row.cells().getOrDefault("backend", "");
    }

    /** Backend ids recommended (the first complete leaf's, else the row's). */
    public List<String> backends() {
        for (TreeWalk w : walks) {
            if (w.complete() && !w.leaf().backends().isEmpty()) {
                return w.leaf().backends();
            }
        }
        return row == null ? List.of() : row.backends();
    }
}
