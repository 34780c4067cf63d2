package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.ColumnType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * String columns built by {@link StringColumnBuilder} (through {@link ColumnBuffer#toColumn}) equal the column
 * Tablesaw's {@code StringColumn.create} builds from the same cells (null cells given as ""): values, missing
 * cells, distinct values in order, counts, and the column still accepts appends afterwards. The expected column
 * is Tablesaw's own, computed independently from a plain String array. (Taken over from the reverted experiment
 * 5f8a46b, whose codes were computed on the reader thread; the new cases cover the one-walk builder.)
 */
class StringColumnBuilderTest {

    @Test
    void fewValuesWithMissingCellsMatchTablesaw() {
        String[] cells = {"a", "a", null, "b", "", "a", "c", "c", null, "b"};
        StringColumn built = build(cells);
        assertSameAs(built, expected(cells));
        assertThat(built.countMissing()).isEqualTo(3); // two nulls and one "" counted by hand
        assertThat(built.countUnique()).isEqualTo(4); // a, b, c and the missing value
    }

    @Test
    void byteShortAndIntDictionariesMatchTablesaw() {
        // 200 distinct values fit a byte dictionary (254 keys), 40,000 a short one (65,534), 70,000 need ints.
        for (int distinct : new int[] {200, 40_000, 70_000}) {
            String[] cells = new String[distinct * 2 + 7];
            for (int i = 0; i < cells.length; i++) {
                // every 7th cell missing (null or ""), the rest cycles through `distinct` values, runs of two
                cells[i] = i % 7 == 0 ? (i % 14 == 0 ? null : "") : "v" + ((i / 2) % distinct);
            }
            StringColumn built = build(cells);
            StringColumn expected = expected(cells);
            assertSameAs(built, expected);
        }
    }

    @Test
    void dictionaryTypeFollowsTheDistinctCount() {
        // Tablesaw's thresholds: 254 keys in a byte dictionary, 65,534 in a short one; beyond that an int
        // dictionary or plain text, decided from the rows seen so far (left to Tablesaw itself).
        assertThat(build(values(254)).getDictionary()).isInstanceOf(ByteDictionaryMap.class);
        assertThat(build(values(255)).getDictionary()).isInstanceOf(ShortDictionaryMap.class);
        assertThat(build(values(65_534)).getDictionary()).isInstanceOf(ShortDictionaryMap.class);
        for (int repeats : new int[] {1, 3}) {
            String[] cells = new String[70_000 * repeats];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = "w" + (i % 70_000);
            }
            assertThat(build(cells).getDictionary().getClass())
                    .isEqualTo(expected(cells).getDictionary().getClass());
        }
        assertThat(expected(values(70_000)).getDictionary()).isNotInstanceOf(IntDictionaryMap.class);
    }

    @Test
    void concatenationOverTheCodeLimitMatchesTablesaw() {
        String[] first = new String[40_000];
        String[] second = new String[40_000];
        for (int i = 0; i < first.length; i++) {
            first[i] = "f" + i;
            second[i] = i % 5 == 0 ? null : (i % 2 == 0 ? "f" + i : "s" + i);
        }
        ColumnBuffer all = new ColumnBuffer("s", ColumnType.STRING, 16);
        all.appendFrom(buffer(first), 0, first.length);
        all.appendFrom(buffer(second), first.length, second.length);
        List<String> both = new ArrayList<>(Arrays.asList(first));
        both.addAll(Arrays.asList(second));
        assertSameAs((StringColumn) all.toColumn(both.size()), expected(both.toArray(new String[0])));
    }

    @Test
    void appendsAfterBuildingKeepWorking() {
        for (int distinct : new int[] {254, 65_534, 70_000}) {
            String[] cells = values(distinct);
            StringColumn built = build(cells);
            StringColumn expected = expected(cells);
            // a full byte/short dictionary must promote itself on the next new value, as Tablesaw's would
            for (String extra : new String[] {"new-1", "", "v3", "new-2"}) {
                built.append(extra);
                expected.append(extra);
            }
            assertSameAs(built, expected);
        }
    }

    @Test
    void overwrittenCellsLeaveNoUnusedValue() {
        ColumnBuffer b = new ColumnBuffer("s", ColumnType.STRING, 4);
        b.setString(0, "x");
        b.setString(1, "gone");
        b.setString(1, "y");
        b.setString(2, "x");
        StringColumn built = (StringColumn) b.toColumn(3);
        assertSameAs(built, expected(new String[] {"x", "y", "x"}));
        assertThat(built.unique().asList()).containsExactly("x", "y");
    }

    @Test
    void concatenatedBuffersMergeTheirDictionaries() {
        String[] first = {"b", "a", null, "a", "z"};
        String[] second = {"a", "c", "", "b", "c", "d"};
        ColumnBuffer one = buffer(first);
        ColumnBuffer two = buffer(second);
        ColumnBuffer all = new ColumnBuffer("s", ColumnType.STRING, 16);
        all.appendFrom(one, 0, first.length);
        all.appendFrom(two, first.length, second.length);
        List<String> both = new ArrayList<>(Arrays.asList(first));
        both.addAll(Arrays.asList(second));
        StringColumn built = (StringColumn) all.toColumn(both.size());
        assertSameAs(built, expected(both.toArray(new String[0])));
        assertThat(all.getString(5)).isEqualTo("a");
        assertThat(all.getString(2)).isNull();
    }

    @Test
    void trailingUnsetRowsAreMissing() {
        ColumnBuffer b = buffer(new String[] {"p", "q"});
        StringColumn built = (StringColumn) b.toColumn(5);
        assertSameAs(built, expected(new String[] {"p", "q", null, null, null}));
    }

    @Test
    void equalValuesInDifferentInstancesGetOneKey() {
        // "a" set as three different instances, not on neighbouring rows (no last-value shortcut for rows 2, 4).
        String[] cells = {new String("a"), "b", new String("a"), null, new String("a"), ""};
        StringColumn built = build(cells);
        assertSameAs(built, expected(cells));
        assertThat(built.countOccurrences("a")).isEqualTo(3); // rows 0, 2 and 4, by hand
        // (the order of unique() is the maps' hash order; assertSameAs checks it equals Tablesaw's)
        assertThat(built.unique().asList()).containsExactlyInAnyOrder("a", "b", "");
    }

    @Test
    void firstMissingCellAfterTheByteLimitMatchesTablesaw() {
        // 300 distinct values first (the walk switches to short keys at the 255th), then the first missing cells,
        // then a value seen before the switch and one after it.
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            cells.add("v" + i);
        }
        cells.addAll(Arrays.asList(null, "", "v3", "v299", null));
        String[] array = cells.toArray(new String[0]);
        StringColumn built = build(array);
        assertSameAs(built, expected(array));
        assertThat(built.getDictionary()).isInstanceOf(ShortDictionaryMap.class);
        assertThat(built.countMissing()).isEqualTo(3); // the two nulls and the "" appended after v299
    }

    @Test
    void missingCellsFirstAndOnlyMissingCellsMatchTablesaw() {
        String[] leading = {null, null, "", "x", "y", "x"};
        assertSameAs(build(leading), expected(leading));
        String[] none = {null, "", null};
        StringColumn allMissing = build(none);
        assertSameAs(allMissing, expected(none));
        assertThat(allMissing.countMissing()).isEqualTo(3);
        // A buffer never set: all 4 rows missing, as Tablesaw's column of four "".
        StringColumn neverSet = (StringColumn) new ColumnBuffer("s", ColumnType.STRING, 16).toColumn(4);
        assertSameAs(neverSet, expected(new String[] {null, null, null, null}));
        assertSameAs((StringColumn) new ColumnBuffer("s", ColumnType.STRING, 16).toColumn(0), expected(new String[0]));
    }

    @Test
    void smallColumnWithMissingCellsAcceptsAppendsAsTablesawsDoes() {
        String[] cells = {"a", null, "b", "a", ""};
        StringColumn built = build(cells);
        StringColumn expected = expected(cells);
        for (String extra : new String[] {"c", "", "a", null, "d"}) {
            built.append(extra);
            expected.append(extra);
        }
        assertSameAs(built, expected);
        built.set(0, "z");
        expected.set(0, "z");
        assertSameAs(built, expected);
        // a, b, c, d, z and the missing value, counted by hand
        assertThat(built.countUnique()).isEqualTo(6);
    }

    private static String[] values(int distinct) {
        String[] cells = new String[distinct + 3];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = "v" + (i % distinct);
        }
        return cells;
    }

    private static ColumnBuffer buffer(String[] cells) {
        ColumnBuffer b = new ColumnBuffer("s", ColumnType.STRING, 16);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                b.setString(i, cells[i]);
            }
        }
        return b;
    }

    private static StringColumn build(String[] cells) {
        return (StringColumn) buffer(cells).toColumn(cells.length);
    }

    private static StringColumn expected(String[] cells) {
        String[] copy = cells.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                copy[i] = "";
            }
        }
        return StringColumn.create("s", copy);
    }

    private static void assertSameAs(StringColumn built, StringColumn expected) {
        assertThat(built.size()).isEqualTo(expected.size());
        assertThat(built.asList()).isEqualTo(expected.asList());
        assertThat(built.countMissing()).isEqualTo(expected.countMissing());
        assertThat(built.countUnique()).isEqualTo(expected.countUnique());
        assertThat(built.unique().asList()).isEqualTo(expected.unique().asList());
        assertThat(built.isMissing().toArray()).isEqualTo(expected.isMissing().toArray());
        String probe = expected.isEmpty() ? "" : expected.get(expected.size() - 1);
        assertThat(built.isEqualTo(probe).toArray()).isEqualTo(expected.isEqualTo(probe).toArray());
        assertThat(built.countOccurrences(probe)).isEqualTo(expected.countOccurrences(probe));
        assertThat(built.getDictionary().getClass()).isEqualTo(expected.getDictionary().getClass());
        if (!(expected.getDictionary() instanceof tech.tablesaw.columns.strings.NullDictionaryMap)) {
            assertThat(built.countByCategory().rowCount()).isEqualTo(expected.countByCategory().rowCount());
            for (int c = 0; c < 2; c++) {
                assertThat(built.countByCategory().column(c).asList())
                        .isEqualTo(expected.countByCategory().column(c).asList());
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            assertThat(built.isMissing(i)).isEqualTo(expected.isMissing(i));
        }
    }
}
