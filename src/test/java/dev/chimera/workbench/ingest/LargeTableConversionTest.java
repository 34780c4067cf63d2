package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * A table over the parallel-conversion threshold (100,000 rows) keeps its column order and every cell: the
 * columns are converted on the common pool, each into its own slot.
 */
class LargeTableConversionTest {
    private static final int ROWS = 150_000;

    @Test
    void parallelConversionKeepsOrderAndValues() {
        TableBuffer b = new TableBuffer(CanonicalTable.RUNS);
        for (int i = 0; i < ROWS; i++) {
            b.addRow();
            b.set(RunColumns.BACKEND, "backend-" + (i % 7));
            b.set(RunColumns.LATENCY_MS, i * 0.5);
            b.set(RunColumns.SAMPLE_IDX, i);
            b.set(RunColumns.IS_WARMUP, i % 3 == 0);
            if (i % 2 == 0) {
                b.set("extra_text", "x" + i);
            }
        }
        List<String> namesBefore = b.columnNames();
        Table t = TableBuffer.concatReleasing(CanonicalTable.RUNS, List.of(b));

        assertThat(t.columnNames()).isEqualTo(namesBefore);
        assertThat(t.rowCount()).isEqualTo(ROWS);
        for (int i : new int[] {0, 1, 99_999, 100_000, ROWS - 1}) {
            assertThat(t.stringColumn(RunColumns.BACKEND).get(i)).isEqualTo("backend-" + (i % 7));
            assertThat(t.doubleColumn(RunColumns.LATENCY_MS).get(i)).isEqualTo(i * 0.5);
            assertThat(t.intColumn(RunColumns.SAMPLE_IDX).get(i)).isEqualTo(i);
            assertThat(t.booleanColumn(RunColumns.IS_WARMUP).get(i)).isEqualTo(i % 3 == 0);
            assertThat(t.stringColumn("extra_text").get(i)).isEqualTo(i % 2 == 0 ? "x" + i : "");
            // A canonical column never set stays missing.
            assertThat(t.doubleColumn(RunColumns.TTFT_MS).isMissing(i)).isTrue();
        }
        // 7 backends cycle through the rows; 75,000 of the extra cells are set (even rows), the rest "".
        assertThat(t.stringColumn(RunColumns.BACKEND).countUnique()).isEqualTo(7);
        assertThat(t.stringColumn("extra_text").countUnique()).isEqualTo(75_001);
    }
}
