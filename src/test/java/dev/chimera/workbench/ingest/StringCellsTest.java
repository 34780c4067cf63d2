package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.ColumnType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;

/**
 * String cells kept as codes until the column has more distinct values than a short dictionary holds, then as
 * references: every cell reads back as set across that switch, copies between coded and plain buffers keep
 * every cell, and the built column equals Tablesaw's own {@code StringColumn.create} of the same cells.
 */
class StringCellsTest {
    private static final int OVER = StringCells.MAX_CODED + 10;

    @Test
    void cellsReadBackAcrossTheSwitchToPlainReferences() {
        ColumnBuffer b = new ColumnBuffer("s", ColumnType.STRING, 16);
        String[] expected = new String[OVER + 5];
        for (int r = 0; r < expected.length; r++) {
            expected[r] = r % 7 == 3 ? null : r % 11 == 0 ? "" : "v" + (r % OVER);
            if (expected[r] != null) {
                b.setString(r, expected[r]);
            }
        }
        for (int r : new int[] {0, 3, 11, 1000, StringCells.MAX_CODED - 1, StringCells.MAX_CODED + 3, OVER + 4}) {
            assertThat(b.getString(r)).as("row %d", r).isEqualTo(expected[r]);
        }
        assertSameAs((StringColumn) b.toColumn(expected.length), expected);
    }

    @Test
    void equalValuesShareOneInstanceInBothForms() {
        ColumnBuffer coded = new ColumnBuffer("s", ColumnType.STRING, 16);
        coded.setString(0, new String("run-1"));
        coded.setString(1, "other");
        coded.setString(2, new String("run-1"));
        assertThat(coded.getString(2)).isSameAs(coded.getString(0));
        ColumnBuffer plain = distinctValues(OVER);
        plain.setString(OVER, new String("tail"));
        plain.setString(OVER + 1, new String("tail"));
        assertThat(plain.getString(OVER + 1)).isSameAs(plain.getString(OVER));
    }

    @Test
    void copiesBetweenCodedAndPlainBuffersKeepEveryCell() {
        ColumnBuffer small = new ColumnBuffer("s", ColumnType.STRING, 16);
        String[] smallCells = {"a", null, "b", "", "a"};
        for (int r = 0; r < smallCells.length; r++) {
            if (smallCells[r] != null) {
                small.setString(r, smallCells[r]);
            }
        }
        ColumnBuffer big = distinctValues(OVER);

        ColumnBuffer codedThenPlain = new ColumnBuffer("s", ColumnType.STRING, 16);
        codedThenPlain.appendFrom(small, 0, smallCells.length);
        codedThenPlain.appendFrom(big, smallCells.length, OVER);
        String[] expected = new String[smallCells.length + OVER];
        System.arraycopy(smallCells, 0, expected, 0, smallCells.length);
        for (int r = 0; r < OVER; r++) {
            expected[smallCells.length + r] = "d" + r;
        }
        assertSameAs((StringColumn) codedThenPlain.toColumn(expected.length), expected);

        ColumnBuffer plainThenCoded = distinctValues(OVER);
        plainThenCoded.appendFrom(small, OVER, smallCells.length);
        String[] expected2 = new String[OVER + smallCells.length];
        for (int r = 0; r < OVER; r++) {
            expected2[r] = "d" + r;
        }
        System.arraycopy(smallCells, 0, expected2, OVER, smallCells.length);
        assertSameAs((StringColumn) plainThenCoded.toColumn(expected2.length), expected2);
        assertThat(plainThenCoded.getString(OVER + 2)).isEqualTo("b");
    }

    @Test
    void clearedRowsAreMissingInBothForms() {
        ColumnBuffer coded = new ColumnBuffer("s", ColumnType.STRING, 16);
        coded.setString(0, "x");
        coded.setString(1, "half-written");
        coded.clearFrom(1);
        coded.setString(2, "y");
        assertSameAs((StringColumn) coded.toColumn(3), new String[] {"x", null, "y"});

        ColumnBuffer plain = distinctValues(OVER);
        plain.clearFrom(OVER - 1);
        assertThat(plain.getString(OVER - 1)).isNull();
        String[] expected = new String[OVER];
        for (int r = 0; r < OVER - 1; r++) {
            expected[r] = "d" + r;
        }
        assertSameAs((StringColumn) plain.toColumn(OVER), expected);
    }

    private static ColumnBuffer distinctValues(int n) {
        ColumnBuffer b = new ColumnBuffer("s", ColumnType.STRING, 16);
        for (int r = 0; r < n; r++) {
            b.setString(r, "d" + r);
        }
        return b;
    }

    private static void assertSameAs(StringColumn built, String[] cells) {
        String[] copy = cells.clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] = copy[i] == null ? "" : copy[i];
        }
        StringColumn expected = StringColumn.create("s", copy);
        assertThat(built.asList()).isEqualTo(expected.asList());
        assertThat(built.countMissing()).isEqualTo(expected.countMissing());
        assertThat(built.unique().asList()).isEqualTo(expected.unique().asList());
        assertThat(built.getDictionary().getClass()).isEqualTo(expected.getDictionary().getClass());
    }
}
