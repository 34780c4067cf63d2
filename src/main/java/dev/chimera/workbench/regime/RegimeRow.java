package dev.chimera.workbench.regime;

import java.util.List;
import java.util.Map;

/**
 * One row of a regime matrix.
 *
 * @param when     size band (size axis) or input values (workload axis)
 * @param trigger  the row's measurable trigger, e.g. gen_tokens ≥ 64 or decode_fraction > 0.9 (may be null)
 * @param cells    column → text, in the matrix's column order
 * @param backends backend ids (as the harnesses write them) the row recommends, for comparing with data
 */
public record RegimeRow(String id, String label, RegimeCondition when, Trigger trigger, Map<String, String> cells,
                        List<String> backends, String note) {

    /**
     * A workload trigger: matches when any (or all) of its threshold tests hold.
     *
     * @param text  as the report states it
     * @param any   true: any test suffices; false: all must hold
     * @param tests field op value, e.g. gen_tokens >= 64
     */
    public record Trigger(String text, boolean any, List<Threshold> tests) {
        public boolean matches(Map<String, Double> measures) {
            if (tests.isEmpty()) {
                return true;
            }
            for (Threshold t : tests) {
                boolean ok = t.holds(measures.get(t.field()));
                if (any && ok) {
                    return true;
                }
                if (!any && !ok) {
                    return false;
                }
            }
            return !any;
        }
    }

    /** field op value with op one of {@code > >= < <= ==}. */
    public record Threshold(String field, String op, double value) {
        boolean holds(Double x) {
            if (x == null || x.isNaN()) {
                return false;
            }
            return switch (op) {
                case ">" -> x > value;
                case ">=" -> x >= value;
                case "<" -> x < value;
                case "<=" -> x <= value;
                default -> x == value;
            };
        }
    }
}
