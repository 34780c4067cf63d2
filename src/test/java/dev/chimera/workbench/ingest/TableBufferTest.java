package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.ColumnType;
import dev.chimera.workbench.model.RunColumns;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TableBufferTest {

    @Test
    void canonicalColumnsComeFirstAndUnsetCellsAreMissing() {
        TableBuffer b = new TableBuffer(CanonicalTable.RUNS);
        b.addRow();
        b.set(RunColumns.LATENCY_MS, 12.5).set(RunColumns.BACKEND, "onnxruntime-cpu");
        b.addRow();
        b.set(RunColumns.IS_WARMUP, true);
        Table t = b.toTable();

        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.columnNames().subList(0, RunColumns.COLUMNS.size()))
                .containsExactlyElementsOf(RunColumns.COLUMNS.stream().map(c -> c.name()).toList());
        assertThat(t.doubleColumn(RunColumns.LATENCY_MS).get(0)).isEqualTo(12.5);
        assertThat(t.doubleColumn(RunColumns.LATENCY_MS).isMissing(1)).isTrue();
        assertThat(t.stringColumn(RunColumns.BACKEND).get(1)).isEmpty();
        assertThat(t.booleanColumn(RunColumns.IS_WARMUP).isMissing(0)).isTrue();
        assertThat(t.booleanColumn(RunColumns.IS_WARMUP).get(1)).isTrue();
        assertThat(t.intColumn(RunColumns.BATCH_SIZE).isMissing(0)).isTrue();
    }

    @Test
    void extraColumnAppearingLaterIsPaddedNotShifted() {
        TableBuffer b = new TableBuffer(CanonicalTable.POWER);
        for (int i = 0; i < 100; i++) {
            b.addRow();
            b.set("t_s", i * 0.1);
            if (i >= 60) {
                b.set("mem_clock_mhz", 9000.0 + i);
            }
        }
        Table t = b.toTable();
        assertThat(t.doubleColumn("mem_clock_mhz").isMissing(59)).isTrue();
        assertThat(t.doubleColumn("mem_clock_mhz").get(60)).isEqualTo(9060.0);
        assertThat(t.doubleColumn("t_s").get(99)).isEqualTo(9.9, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void concatUnionsExtraColumnsAcrossFilesInOrder() {
        TableBuffer a = new TableBuffer(CanonicalTable.RUNS);
        a.addRow();
        a.set(RunColumns.SOURCE_FILE, "a.csv").set("quantization", "fp32");
        TableBuffer b = new TableBuffer(CanonicalTable.RUNS);
        b.addRow();
        b.set(RunColumns.SOURCE_FILE, "b.jsonl").set("seq_len", 128);
        b.addRow();
        b.set(RunColumns.SOURCE_FILE, "b.jsonl").set("seq_len", 256);

        Table t = TableBuffer.concat(CanonicalTable.RUNS, List.of(a, b));

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.stringColumn("quantization").asList()).containsExactly("fp32", "", "");
        assertThat(t.intColumn("seq_len").isMissing(0)).isTrue();
        assertThat(t.intColumn("seq_len").get(2)).isEqualTo(256);
        assertThat(t.stringColumn(RunColumns.SOURCE_FILE).asList()).containsExactly("a.csv", "b.jsonl", "b.jsonl");
    }

    @Test
    void valueOfAnotherTypeIsConvertedIntoTheDeclaredColumnType() {
        TableBuffer b = new TableBuffer(CanonicalTable.RUNS);
        b.addRow();
        b.set("rep", 3);
        b.addRow();
        b.set("rep", "4");
        b.addRow();
        b.set("rep", 2.5); // not an int: missing rather than truncated
        Table t = b.toTable();
        assertThat(t.intColumn("rep").get(0)).isEqualTo(3);
        assertThat(t.intColumn("rep").get(1)).isEqualTo(4);
        assertThat(t.intColumn("rep").isMissing(2)).isTrue();
    }

    @Test
    void cellWritersSetTheCurrentRowLikeTheNamedSetters() {
        TableBuffer named = new TableBuffer(CanonicalTable.RUNS);
        TableBuffer written = new TableBuffer(CanonicalTable.RUNS);
        TableBuffer.CellWriter backend = written.writer(RunColumns.BACKEND, ColumnType.STRING);
        TableBuffer.CellWriter latency = written.writer(RunColumns.LATENCY_MS, ColumnType.DOUBLE);
        TableBuffer.CellWriter extra = written.writer("extra", ColumnType.INT);
        named.declare("extra", ColumnType.INT);
        for (int i = 0; i < 4; i++) {
            named.addRow();
            written.addRow();
            named.set(RunColumns.BACKEND, "b" + i % 2).set(RunColumns.LATENCY_MS, "1." + i);
            backend.set("b" + i % 2);
            latency.set("1." + i); // text into a double column is parsed, as by set(String, String)
            if (i != 2) {
                named.set("extra", i * 2.0);
                extra.set(i * 2.0);
            }
        }
        Table a = named.toTable();
        Table b = written.toTable();
        assertThat(b.columnNames()).isEqualTo(a.columnNames());
        for (String c : List.of(RunColumns.BACKEND, RunColumns.LATENCY_MS, "extra")) {
            assertThat(b.column(c).asList()).as(c).isEqualTo(a.column(c).asList());
        }
        assertThat(b.intColumn("extra").asList()).containsExactly(0, 2, null, 6);
        assertThat(b.doubleColumn(RunColumns.LATENCY_MS).asList()).containsExactly(1.0, 1.1, 1.2, 1.3);
    }

    @Test
    void fillStringSetsEveryRowAddedSoFar() {
        TableBuffer b = new TableBuffer(CanonicalTable.RUNS);
        for (int i = 0; i < 3; i++) {
            b.addRow();
            b.set(RunColumns.SAMPLE_IDX, i);
        }
        b.fillString(RunColumns.SOURCE_FILE, "runs/a.csv");
        b.fillString(RunColumns.SAMPLE_IDX, "7"); // converted into the int column
        Table t = b.toTable();
        assertThat(t.stringColumn(RunColumns.SOURCE_FILE).asList()).containsExactly("runs/a.csv", "runs/a.csv",
                "runs/a.csv");
        assertThat(t.intColumn(RunColumns.SAMPLE_IDX).asList()).containsExactly(7, 7, 7);
        assertThat(new TableBuffer(CanonicalTable.RUNS).toTable().rowCount()).isZero();
    }

    @Test
    void truncateDropsRowsAndClearsTheirCells() {
        TableBuffer b = new TableBuffer(CanonicalTable.RUNS);
        b.addRow();
        b.set(RunColumns.LATENCY_MS, 1.0);
        b.addRow();
        b.set(RunColumns.LATENCY_MS, 2.0);
        b.truncate(1);
        b.addRow();
        Table t = b.toTable();
        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.doubleColumn(RunColumns.LATENCY_MS).isMissing(1)).isTrue();
    }
}
