package dev.chimera.workbench.ingest;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.StringColumn;

/**
 * The cells of a string {@link ColumnBuffer}. While the column has at most {@link #MAX_CODED} distinct values, a
 * cell is an int code into this column's own list of values (0: missing). Why not a {@code String[]}: a 1 M-row
 * reference array is born in the old generation (a G1 humongous object), and every young collection rescans each
 * card of it that points at a young string, also for the dead arrays of earlier loads until those strings are
 * tenured. Measured on the 1 M-row CSV loaded eight times in one {@code -Xms3g} JVM: young pauses grew from 15 to
 * 135 ms and a load from 0.8 to 1.8 s. An int array holds no references and a dead one is reclaimed at the next
 * young collection. Beyond the limit Tablesaw builds the column from plain strings anyway (an int dictionary or
 * text), so the cells turn into references ({@link #toPlain}).
 *
 * <p>Equal values share one instance (the list's), so a run-level value repeated on every row is kept once. A
 * value equal to the last one set takes its code without hashing: parsers hand over a new String per cell.
 */
final class StringCells {
    /** As many distinct values as a Tablesaw short dictionary holds. */
    static final int MAX_CODED = Short.MAX_VALUE - Short.MIN_VALUE - 1;
    private static final int FULL = -1;

    private final Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>(); // value -> code, 0 absent
    /** values.get(code - 1) is the value of a code. */
    private final List<String> values = new ArrayList<>();
    private int[] codes = new int[0];
    /** Non-null once the column has more distinct values than {@link #MAX_CODED}; then codes is unused. */
    private String[] plain;
    private String lastValue;
    private int lastCode;

    int capacity() {
        return plain != null ? plain.length : codes.length;
    }

    /** Reallocates to {@code newCapacity} cells, keeping {@code [0, valid)}. */
    void grow(int newCapacity, int valid) {
        if (plain != null) {
            plain = Arrays.copyOf(plain, newCapacity);
            Arrays.fill(plain, Math.min(valid, newCapacity), newCapacity, null);
        } else {
            int[] grown = new int[newCapacity];
            System.arraycopy(codes, 0, grown, 0, Math.min(valid, Math.min(codes.length, newCapacity)));
            codes = grown;
        }
    }

    void set(int row, String v) {
        if (plain == null) {
            int code = codeOf(v);
            if (code != FULL) {
                codes[row] = code;
                return;
            }
            toPlain();
        }
        if (v != null && v != lastValue) {
            if (v.equals(lastValue)) {
                v = lastValue;
            } else {
                lastValue = v;
            }
        }
        plain[row] = v;
    }

    String get(int row) {
        if (plain != null) {
            return plain[row];
        }
        int code = codes[row];
        return code == 0 ? null : values.get(code - 1);
    }

    /** Sets cells {@code [from, to)} (within capacity) to {@code v}. */
    void fill(int from, int to, String v) {
        if (plain == null) {
            int code = codeOf(v);
            if (code != FULL) {
                Arrays.fill(codes, from, to, code);
                return;
            }
            toPlain();
        }
        Arrays.fill(plain, from, to, v);
    }

    void fillMissing(int from, int to) {
        if (plain != null) {
            Arrays.fill(plain, from, to, null);
        } else {
            Arrays.fill(codes, from, to, 0);
        }
    }

    /** Copies {@code other}'s cells {@code [0, count)} to {@code [offset, offset + count)} (capacity ensured). */
    void copyFrom(StringCells other, int offset, int count) {
        if (plain == null && other.plain == null) {
            // Translate the other list's codes once; each row is then an array lookup.
            int[] translation = new int[other.values.size() + 1];
            boolean fits = true;
            for (int k = 0; k < other.values.size() && fits; k++) {
                translation[k + 1] = codeOf(other.values.get(k));
                fits = translation[k + 1] != FULL;
            }
            if (fits) {
                for (int r = 0; r < count; r++) {
                    codes[offset + r] = translation[other.codes[r]];
                }
                return;
            }
        }
        for (int r = 0; r < count; r++) {
            set(offset + r, other.get(r));
        }
    }

    /** The Tablesaw column of {@code rows} cells: the first {@code n} of these, then missing. */
    StringColumn toColumn(String name, int n, int rows) {
        if (plain != null) {
            return StringColumnBuilder.plainColumn(name, plain, n, rows);
        }
        return StringColumnBuilder.build(name, codes, values, n, rows);
    }

    /** The code of {@code v} (added when new), 0 for null, {@link #FULL} when the list holds no more values. */
    private int codeOf(String v) {
        if (v == null) {
            return 0;
        }
        if (v == lastValue || v.equals(lastValue)) {
            return lastCode;
        }
        int code = index.getInt(v);
        if (code == 0) {
            if (values.size() == MAX_CODED) {
                return FULL;
            }
            values.add(v);
            code = values.size();
            index.put(v, code);
        }
        lastValue = values.get(code - 1);
        lastCode = code;
        return code;
    }

    private void toPlain() {
        String[] cells = new String[codes.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = codes[i] == 0 ? null : values.get(codes[i] - 1);
        }
        plain = cells;
        codes = new int[0];
        values.clear();
        index.clear();
        lastValue = null;
    }
}
