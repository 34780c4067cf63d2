package dev.chimera.workbench.ingest.tr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.CsvSupport;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;

/**
 * Named access to one TR121 record, whether it is a {@code runs.jsonl} line or a {@code metrics.csv} row, so
 * both files go through one mapping and cannot drift apart.
 */
interface ScalingRecordFields {

    long line();

    boolean has(String field);

    /** Text of the field, null when absent or null. */
    String text(String field);

    /** Number of the field, NaN when absent, null or empty. */
    double number(String field);

    /** Whole number of the field, Integer.MIN_VALUE when absent or not whole. */
    int integer(String field);

    Boolean bool(String field);

    static ScalingRecordFields of(long line, JsonNode node) {
        return new ScalingRecordFields() {
            @Override
            public long line() {
                return line;
            }

            @Override
            public boolean has(String field) {
                return node.has(field);
            }

            @Override
            public String text(String field) {
                return JsonSupport.text(node, field);
            }

            @Override
            public double number(String field) {
                return JsonSupport.number(node, field);
            }

            @Override
            public int integer(String field) {
                return JsonSupport.integer(node, field);
            }

            @Override
            public Boolean bool(String field) {
                return JsonSupport.bool(node, field);
            }
        };
    }

    /** CSV cells; a non-empty cell that is not a number is reported with its line and column. */
    static ScalingRecordFields of(CsvSupport.Row row, ReadContext ctx) {
        return new ScalingRecordFields() {
            @Override
            public long line() {
                return row.line();
            }

            @Override
            public boolean has(String field) {
                return row.has(field);
            }

            @Override
            public String text(String field) {
                return row.get(field);
            }

            @Override
            public double number(String field) {
                return row.has(field) ? row.numberChecked(ctx, field) : Double.NaN;
            }

            @Override
            public int integer(String field) {
                double d = number(field);
                return Double.isNaN(d) || d != Math.rint(d) || Math.abs(d) >= Integer.MAX_VALUE
                        ? Integer.MIN_VALUE : (int) d;
            }

            @Override
            public Boolean bool(String field) {
                return row.bool(field);
            }
        };
    }
}
