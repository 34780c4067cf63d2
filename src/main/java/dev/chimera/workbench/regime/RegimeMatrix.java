package dev.chimera.workbench.regime;

import java.util.List;
import java.util.Map;

/**
 * A regime matrix as data (schema {@code chimera.regime-matrix}, docs/regime-schema.md).
 *
 * @param axis       "size" (rows are parameter bands) or "workload" (rows are workload classes)
 * @param conclusive true when the matrix is the Conclusive report's own; false for the seed summary or a
 *                   user's matrix
 * @param provenance where the rows come from and what is not the source's own
 */
public record RegimeMatrix(String id, String title, String source, boolean conclusive, String provenance,
                           String axis, List<String> columns, List<RegimeRow> rows, List<DecisionTree> trees,
                           List<String> notes) {

    public static final String SIZE = "size";
    public static final String WORKLOAD = "workload";

    /** The row for the inputs: by size band, or by the workload input; null when none matches. */
    public RegimeRow rowFor(RegimeInputs in) {
        for (RegimeRow r : rows) {
            if (axis.equals(SIZE) ? r.when().matchesSize(in.params()) : r.when().matchesValue(in.answer(axis))) {
                return r;
            }
        }
        return null;
    }

    /** The first workload row whose trigger matches measured workload figures (gen_tokens, batch_size ...). */
    public RegimeRow classify(Map<String, Double> measures) {
        for (RegimeRow r : rows) {
            if (r.trigger() != null && r.trigger().matches(measures)) {
                return r;
            }
        }
        return null;
    }
}
