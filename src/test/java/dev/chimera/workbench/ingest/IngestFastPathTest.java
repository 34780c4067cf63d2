package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The ingest speed-ups (issue 10) keep the values: number fast paths, string re-use, one-file tables. */
class IngestFastPathTest {

    @Test
    void numberFastPathGivesTheSameValuesAsTheGeneralPath() {
        // Expected values are the cells read by hand; the general path (missing tokens, trimming) still applies.
        assertThat(ValueParsers.parseDoubleOrNaN("12.5")).isEqualTo(12.5);
        assertThat(ValueParsers.parseDoubleOrNaN(" 12.5 ")).isEqualTo(12.5);
        assertThat(ValueParsers.parseDoubleOrNaN("1e3")).isEqualTo(1000.0);
        assertThat(ValueParsers.parseDoubleOrNaN("-0.25")).isEqualTo(-0.25);
        assertThat(ValueParsers.parseDoubleOrNaN("12 W")).isNaN();
        assertThat(ValueParsers.parseDoubleOrNaN("1e999")).isNaN();
        assertThat(ValueParsers.parseDoubleOrNaN("-nan")).isNaN();
        assertThat(ValueParsers.parseDoubleOrNaN("-")).isNaN();
        assertThat(ValueParsers.parseIntOrMissing("42")).isEqualTo(42);
        assertThat(ValueParsers.parseIntOrMissing("-7")).isEqualTo(-7);
        assertThat(ValueParsers.parseIntOrMissing("3.0")).isEqualTo(3);
        assertThat(ValueParsers.parseIntOrMissing(" 5 ")).isEqualTo(5);
        // 2^31 does not fit an int: missing, as before.
        assertThat(ValueParsers.parseIntOrMissing("2147483648")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ValueParsers.parseIntOrMissing("999999999")).isEqualTo(999_999_999);
        assertThat(ValueParsers.parseIntOrMissing("-")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ValueParsers.isPlainInt("1234567890")).isFalse();
        assertThat(ValueParsers.isPlainInt("-")).isFalse();
        assertThat(ValueParsers.startsLikeNumber("-x")).isFalse();
    }

    @Test
    void equalStringsShareOneInstanceAndKeepTheirValues() {
        TableBuffer b = new TableBuffer(CanonicalTable.RUNS);
        String[] cells = {"ollama", "ollama", "onnx", "ollama"};
        for (String c : cells) {
            b.addRow();
            b.set(RunColumns.BACKEND, new String(c.toCharArray()));
        }
        assertThat(b.getString(1, RunColumns.BACKEND)).isSameAs(b.getString(0, RunColumns.BACKEND));
        // Not only neighbours: the column keeps each distinct value once (StringCells' value list).
        assertThat(b.getString(3, RunColumns.BACKEND)).isSameAs(b.getString(0, RunColumns.BACKEND));
        assertThat(b.getString(2, RunColumns.BACKEND)).isEqualTo("onnx");
        Table t = b.toTable();
        assertThat(t.stringColumn(RunColumns.BACKEND).asList()).containsExactly("ollama", "ollama", "onnx", "ollama");
    }

    @Test
    void oneFileTableEqualsTheConcatenationOfItsPartsPath() {
        TableBuffer one = new TableBuffer(CanonicalTable.RUNS);
        for (int i = 0; i < 50; i++) {
            one.addRow();
            one.set(RunColumns.LATENCY_MS, i * 1.5).set(RunColumns.SAMPLE_IDX, i).set("extra", "x" + (i % 3));
        }
        Table single = TableBuffer.concat(CanonicalTable.RUNS, List.of(one));
        TableBuffer empty = new TableBuffer(CanonicalTable.RUNS);
        Table viaTwo = TableBuffer.concat(CanonicalTable.RUNS, List.of(one, empty));
        assertThat(single.columnNames()).isEqualTo(viaTwo.columnNames());
        assertThat(single.rowCount()).isEqualTo(50);
        for (String c : single.columnNames()) {
            assertThat(single.column(c).asList()).as(c).isEqualTo(viaTwo.column(c).asList());
        }
        // 49 × 1.5, by hand.
        assertThat(single.doubleColumn(RunColumns.LATENCY_MS).get(49)).isEqualTo(73.5);
    }

    @Test
    void releasingConcatenationGivesTheSameTableAsTheKeepingOne() {
        List<Table> tables = new java.util.ArrayList<>();
        for (boolean release : new boolean[] {false, true}) {
            TableBuffer a = new TableBuffer(CanonicalTable.POWER);
            TableBuffer b = new TableBuffer(CanonicalTable.POWER);
            for (int i = 0; i < 30; i++) {
                a.addRow();
                a.set("t_s", i * 0.1).set("gpu", "0");
                b.addRow();
                b.set("t_s", 10 + i * 0.1).set("gpu", "1").set("read_ok", i % 2 == 0);
            }
            tables.add(release ? TableBuffer.concatReleasing(CanonicalTable.POWER, List.of(a, b))
                    : TableBuffer.concat(CanonicalTable.POWER, List.of(a, b)));
        }
        Table kept = tables.get(0);
        Table released = tables.get(1);
        assertThat(released.rowCount()).isEqualTo(60);
        assertThat(released.columnNames()).isEqualTo(kept.columnNames());
        for (String c : kept.columnNames()) {
            assertThat(released.column(c).asList()).as(c).isEqualTo(kept.column(c).asList());
        }
        // Row 45 is b's row 15: t_s = 10 + 1.5, read_ok false (15 is odd); a's rows never set read_ok.
        assertThat(released.doubleColumn("t_s").get(45)).isEqualTo(11.5);
        assertThat(released.booleanColumn("read_ok").get(45)).isFalse();
        assertThat(released.booleanColumn("read_ok").isMissing(3)).isTrue();
    }

    @Test
    void bufferSizeHintComesFromTheFileSizeAndTheHeadsLineLength(@org.junit.jupiter.api.io.TempDir
                                                                java.nio.file.Path dir) throws Exception {
        // 10,000 lines of 20 bytes = 200,000 bytes. The 64 KiB head holds 3,276 newlines (65,536 / 20, floor),
        // so the estimate is 200,000 × 3,276 / 65,536 + 1 = 9,998 (integer division), within 0.02 % of 10,000.
        java.nio.file.Path f = dir.resolve("trace.csv");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "%019d%n", i));
        }
        java.nio.file.Files.writeString(f, sb);
        ReadContext ctx = new ReadContext(FileProbe.of(f, "trace.csv"), "x", CancellationToken.none());
        assertThat(ctx.estimatedLines()).isEqualTo(9_998);
        // A buffer growing past the hint keeps every value.
        TableBuffer b = new TableBuffer(CanonicalTable.POWER, 16, 100);
        for (int i = 0; i < 1000; i++) {
            b.addRow();
            b.set("t_s", i);
        }
        assertThat(b.toTable().doubleColumn("t_s").sum()).isEqualTo(499_500.0); // 0 + … + 999
        // A small file (all in the head): no hint.
        java.nio.file.Path small = dir.resolve("small.csv");
        java.nio.file.Files.writeString(small, "a,b\n1,2\n");
        assertThat(new ReadContext(FileProbe.of(small, "small.csv"), "x", CancellationToken.none())
                .estimatedLines()).isZero();
    }
}
