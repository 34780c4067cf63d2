package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.ColumnType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * {@link ColumnBuffer} writes the missing value lazily (only rows skipped by a later set, and the tail when a
 * column is converted) and allocates nothing for a column no row sets; every cell not set must still read as
 * missing. Expected cells are written out by hand from the sets each test makes.
 */
class ColumnBufferTest {

    @Test
    void columnSetOnlyAtRowFiveOfTenIsMissingEverywhereElse() {
        ColumnBuffer d = new ColumnBuffer("d", ColumnType.DOUBLE, 16);
        ColumnBuffer i = new ColumnBuffer("i", ColumnType.INT, 16);
        ColumnBuffer s = new ColumnBuffer("s", ColumnType.STRING, 16);
        ColumnBuffer b = new ColumnBuffer("b", ColumnType.BOOLEAN, 16);
        d.setDouble(5, 2.5);
        i.setInt(5, 7);
        s.setString(5, "x");
        b.setBoolean(5, false);

        assertThat(d.getDouble(4)).isNaN();
        assertThat(d.getDouble(5)).isEqualTo(2.5);
        assertThat(d.getDouble(9)).isNaN();
        assertThat(i.getDouble(0)).isNaN();
        assertThat(i.getDouble(5)).isEqualTo(7.0);
        assertThat(s.getString(4)).isNull();
        assertThat(s.getString(5)).isEqualTo("x");
        assertThat(s.getString(6)).isNull();

        assertThat(doubles(d.toColumn(10))).containsExactly(null, null, null, null, null, 2.5, null, null, null, null);
        assertThat(ints(i.toColumn(10))).containsExactly(null, null, null, null, null, 7, null, null, null, null);
        assertThat(((StringColumn) s.toColumn(10)).asList()).containsExactly("", "", "", "", "", "x", "", "", "", "");
        BooleanColumn bools = (BooleanColumn) b.toColumn(10);
        assertThat(bools.size()).isEqualTo(10);
        assertThat(bools.countMissing()).isEqualTo(9); // all but row 5
        assertThat(bools.isMissing(5)).isFalse();
        assertThat(bools.get(5)).isFalse();
    }

    @Test
    void neverSetColumnOfEachTypeIsAllMissing() {
        int rows = 1_000;
        Column<?> d = new ColumnBuffer("d", ColumnType.DOUBLE, 64, rows).toColumn(rows);
        Column<?> i = new ColumnBuffer("i", ColumnType.INT, 64, rows).toColumn(rows);
        Column<?> s = new ColumnBuffer("s", ColumnType.STRING, 64, rows).toColumn(rows);
        Column<?> b = new ColumnBuffer("b", ColumnType.BOOLEAN, 64, rows).toColumn(rows);
        assertThat(d).isInstanceOf(DoubleColumn.class);
        assertThat(i).isInstanceOf(IntColumn.class);
        assertThat(s).isInstanceOf(StringColumn.class);
        assertThat(b).isInstanceOf(BooleanColumn.class);
        for (Column<?> c : List.of(d, i, s, b)) {
            assertThat(c.size()).as(c.name()).isEqualTo(rows);
            assertThat(c.countMissing()).as(c.name()).isEqualTo(rows);
        }
        // Still an ordinary growable column afterwards.
        ((DoubleColumn) d).append(1.5);
        assertThat(((DoubleColumn) d).get(rows)).isEqualTo(1.5);
        ColumnBuffer unset = new ColumnBuffer("d", ColumnType.DOUBLE, 64);
        assertThat(unset.getDouble(0)).isNaN();
        assertThat(unset.toColumn(0).size()).isZero();
    }

    @Test
    void clearFromThenSetAgainShowsNoStaleCell() {
        ColumnBuffer d = new ColumnBuffer("d", ColumnType.DOUBLE, 16);
        ColumnBuffer i = new ColumnBuffer("i", ColumnType.INT, 16);
        ColumnBuffer s = new ColumnBuffer("s", ColumnType.STRING, 16);
        ColumnBuffer b = new ColumnBuffer("b", ColumnType.BOOLEAN, 16);
        for (int r = 0; r < 10; r++) {
            d.setDouble(r, r);
            i.setInt(r, r * 10);
            s.setString(r, "v" + r);
            b.setBoolean(r, true);
        }
        for (ColumnBuffer c : List.of(d, i, s, b)) {
            c.clearFrom(3);
        }
        // Rows 3..9 were cleared; now only row 7 is set again: 3..6 and 8..9 must be missing, not the old values.
        d.setDouble(7, 70.5);
        i.setInt(7, 700);
        s.setString(7, "again");
        b.setBoolean(7, false);

        assertThat(d.getDouble(5)).isNaN();
        assertThat(d.getDouble(8)).isNaN();
        assertThat(doubles(d.toColumn(10))).containsExactly(0.0, 1.0, 2.0, null, null, null,
                null, 70.5, null, null);
        assertThat(ints(i.toColumn(10))).containsExactly(0, 10, 20, null, null, null, null, 700, null, null);
        assertThat(((StringColumn) s.toColumn(10)).asList())
                .containsExactly("v0", "v1", "v2", "", "", "", "", "again", "", "");
        assertThat(s.getString(4)).isNull();
        BooleanColumn bools = (BooleanColumn) b.toColumn(10);
        assertThat(bools.countMissing()).isEqualTo(6); // rows 3, 4, 5, 6, 8, 9
        assertThat(bools.get(2)).isTrue();
        assertThat(bools.get(7)).isFalse();

        // Cleared to row 0 and never set again: every cell missing although the arrays still hold old values.
        d.clearFrom(0);
        assertThat(d.getDouble(1)).isNaN();
        assertThat(d.toColumn(10).countMissing()).isEqualTo(10);
    }

    @Test
    void appendFromPartiallyFilledBuffers() {
        // a: 5 rows of which only 0..2 set; b: 4 rows of which only row 1 set.
        ColumnBuffer a = new ColumnBuffer("d", ColumnType.DOUBLE, 16);
        a.setDouble(0, 1.0);
        a.setDouble(1, 2.0);
        a.setDouble(2, 3.0);
        ColumnBuffer b = new ColumnBuffer("d", ColumnType.DOUBLE, 16);
        b.setDouble(1, 20.0);
        ColumnBuffer all = new ColumnBuffer("d", ColumnType.DOUBLE, 9);
        all.appendFrom(a, 0, 5);
        all.appendFrom(b, 5, 4);
        assertThat(doubles(all.toColumn(9))).containsExactly(1.0, 2.0, 3.0, null, null, null,
                20.0, null, null);

        // A part cleared after rows were set: the cleared cells (still in its array) are not copied.
        ColumnBuffer cleared = new ColumnBuffer("i", ColumnType.INT, 16);
        for (int r = 0; r < 5; r++) {
            cleared.setInt(r, r + 1);
        }
        cleared.clearFrom(2);
        ColumnBuffer ints = new ColumnBuffer("i", ColumnType.INT, 16);
        ints.setInt(0, 99);
        ints.appendFrom(cleared, 3, 5);
        assertThat(ints(ints.toColumn(8))).containsExactly(99, null, null, 1, 2, null, null, null);

        // Into rows already set further down (cell by cell: only the part's set cells overwrite): the part's
        // rows 0..3 land on 2..5; its row 1 is unset, so row 3's "kept" stays.
        ColumnBuffer strings = new ColumnBuffer("s", ColumnType.STRING, 16);
        strings.setString(3, "kept");
        ColumnBuffer part = new ColumnBuffer("s", ColumnType.STRING, 16);
        part.setString(0, "p0");
        part.setString(2, "p2");
        strings.appendFrom(part, 2, 4);
        assertThat(((StringColumn) strings.toColumn(6)).asList()).containsExactly("", "", "p0", "kept", "p2", "");

        // Another type is converted cell by cell: ints 5, missing, 6 into a double column after 1 row.
        ColumnBuffer intPart = new ColumnBuffer("d", ColumnType.INT, 16);
        intPart.setInt(0, 5);
        intPart.setInt(2, 6);
        ColumnBuffer mixed = new ColumnBuffer("d", ColumnType.DOUBLE, 16);
        mixed.setDouble(0, 0.5);
        mixed.appendFrom(intPart, 1, 3);
        assertThat(doubles(mixed.toColumn(4))).containsExactly(0.5, 5.0, null, 6.0);
    }

    @Test
    void appendedStringsShareTheEqualPreviousRowInstance() {
        ColumnBuffer first = new ColumnBuffer("s", ColumnType.STRING, 16);
        first.setString(0, new String("same"));
        ColumnBuffer second = new ColumnBuffer("s", ColumnType.STRING, 16);
        second.setString(0, new String("same"));
        second.setString(1, new String("same"));
        second.setString(2, "other");
        ColumnBuffer all = new ColumnBuffer("s", ColumnType.STRING, 16);
        all.appendFrom(first, 0, 1);
        all.appendFrom(second, 1, 3);
        assertThat(all.getString(1)).isSameAs(all.getString(0));
        assertThat(all.getString(2)).isSameAs(all.getString(0));
        assertThat(((StringColumn) all.toColumn(4)).asList()).containsExactly("same", "same", "same", "other");
    }

    @Test
    void growthAcrossTheSizeHintKeepsEverySetCell() {
        // Initial capacity 16, size hint 1,000: rows 0, 500 and 1,200 (past the hint) set, the rest missing.
        ColumnBuffer d = new ColumnBuffer("d", ColumnType.DOUBLE, 16, 1_000);
        d.setDouble(0, 1.0);
        d.setDouble(500, 2.0);
        d.setDouble(1_200, 3.0);
        DoubleColumn c = (DoubleColumn) d.toColumn(1_300);
        assertThat(c.size()).isEqualTo(1_300);
        assertThat(c.countMissing()).isEqualTo(1_297);
        assertThat(c.get(0)).isEqualTo(1.0);
        assertThat(c.get(500)).isEqualTo(2.0);
        assertThat(c.get(1_200)).isEqualTo(3.0);
    }

    @Test
    void conversionWithExactCapacityFillsOnlyTheTailAndCanBeRepeated() {
        // Capacity 20 = rows: the buffer's own array goes to Tablesaw (which copies it); rows 10..19 missing.
        ColumnBuffer d = new ColumnBuffer("d", ColumnType.DOUBLE, 20);
        for (int r = 0; r < 10; r++) {
            d.setDouble(r, r + 0.5);
        }
        DoubleColumn first = (DoubleColumn) d.toColumn(20);
        assertThat(first.countMissing()).isEqualTo(10);
        assertThat(first.get(9)).isEqualTo(9.5);
        d.setDouble(12, 12.5);
        DoubleColumn second = (DoubleColumn) d.toColumn(20);
        assertThat(second.countMissing()).isEqualTo(9); // 10..19 without 12
        assertThat(second.get(12)).isEqualTo(12.5);
        assertThat(first.isMissing(12)).isTrue(); // the first column is Tablesaw's own copy
    }

    /** Tablesaw's list of the cells: missing as null. */
    private static List<Double> doubles(Column<?> c) {
        return ((DoubleColumn) c).asList();
    }

    /** Int cells, missing as null. */
    private static List<Integer> ints(Column<?> c) {
        IntColumn ic = (IntColumn) c;
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < ic.size(); r++) {
            out.add(ic.isMissing(r) ? null : ic.getInt(r));
        }
        return out;
    }
}
