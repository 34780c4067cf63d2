package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The per-row column caches ({@link TableBuffer} setters and {@link CsvSupport.Row#get(String)} remember the order
 * of the previous row) must put every value in the column it names when the order changes, a column is skipped,
 * a name arrives as a different String instance or a new extra column appears half-way.
 */
class ColumnOrderCacheTest {
    @TempDir
    Path dir;

    @Test
    void tableBufferValuesLandInTheirColumnsWhateverTheOrder() {
        TableBuffer b = new TableBuffer(CanonicalTable.RUNS);
        for (int i = 0; i < 6; i++) {
            b.addRow();
            if (i % 2 == 0) {
                b.set(RunColumns.BACKEND, "b" + i).set(RunColumns.LATENCY_MS, i * 1.5);
            } else {
                // Reversed order, and the model column only on odd rows.
                b.set(RunColumns.LATENCY_MS, i * 1.5).set(RunColumns.MODEL, "m" + i)
                        .set(new String(RunColumns.BACKEND.toCharArray()), "b" + i);
            }
            if (i >= 3) {
                b.set("extra_" + "col", i);
            }
        }
        Table t = b.toTable();
        for (int i = 0; i < 6; i++) {
            assertThat(t.stringColumn(RunColumns.BACKEND).get(i)).isEqualTo("b" + i);
            assertThat(t.doubleColumn(RunColumns.LATENCY_MS).get(i)).isEqualTo(i * 1.5);
            assertThat(t.stringColumn(RunColumns.MODEL).get(i)).isEqualTo(i % 2 == 1 ? "m" + i : "");
            assertThat(t.intColumn("extra_col").isMissing(i)).isEqualTo(i < 3);
        }
        assertThat(t.intColumn("extra_col").get(5)).isEqualTo(5);
    }

    @Test
    void csvRowGetReturnsTheNamedCellWhateverTheOrder() throws Exception {
        Path f = Files.writeString(dir.resolve("x.csv"), "a,b,c\n1,2,3\n4,5,6\n7,8,9\n");
        ReadContext ctx = new ReadContext(FileProbe.of(f, "x.csv"), "test", CancellationToken.none());
        List<String> seen = new ArrayList<>();
        CsvSupport.forEachRow(ctx, row -> {
            if (row.line() == 3) {
                seen.add(row.get("c") + row.get("missing") + row.get("a"));
            } else {
                seen.add(row.get("a") + row.get("b") + row.get(new String("c".toCharArray())));
            }
        });
        // Row 2 (line 3) asks in another order and for an absent column (null).
        assertThat(seen).containsExactly("123", "6null4", "789");
    }
}
