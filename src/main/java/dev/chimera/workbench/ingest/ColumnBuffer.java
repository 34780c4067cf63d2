package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.ColumnType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.columns.Column;

/**
 * A growable typed column filled row by row straight from a parser, turned into a Tablesaw column once at
 * the end. Unset cells are the type's missing value, so a column that appears half-way through a folder is
 * padded, not shifted. The missing value is written lazily: cells {@code [0, size)} are valid (set or filled
 * with missing when a later row was set), cells from {@code size} on are missing whatever the array holds;
 * the array itself is allocated on the first set, so a column no row sets costs nothing until converted.
 */
final class ColumnBuffer {
    private static final byte BOOL_MISSING = -1;

    private final String name;
    private final ColumnType type;
    /** Expected final row count (from the file size), 0 when unknown: growth jumps there instead of by 1.5×. */
    private final int sizeHint;
    private final int initialCapacity;
    private double[] doubles;
    private int[] ints;
    private StringCells strings;
    private byte[] bools;
    /** High-water mark: every cell below it is valid, every cell from it on is missing. */
    private int size;

    ColumnBuffer(String name, ColumnType type, int capacity) {
        this(name, type, capacity, 0);
    }

    ColumnBuffer(String name, ColumnType type, int capacity, int sizeHint) {
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.sizeHint = sizeHint;
        // Allocated on the first set: a column no row sets (a canonical column this format lacks) stays empty.
        this.initialCapacity = Math.max(16, capacity);
    }

    String name() {
        return name;
    }

    ColumnType type() {
        return type;
    }

    void setDouble(int row, double v) {
        switch (type) {
            case DOUBLE -> {
                ensure(row);
                doubles[row] = v;
            }
            case INT -> setInt(row, Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < Integer.MAX_VALUE
                    ? (int) v : Integer.MIN_VALUE);
            case STRING -> setString(row, Double.isNaN(v) ? null : formatNumber(v));
            case BOOLEAN -> setBoolean(row, Double.isNaN(v) ? null : v != 0.0);
            default -> throw new IllegalStateException();
        }
    }

    void setInt(int row, int v) {
        switch (type) {
            case INT -> {
                ensure(row);
                ints[row] = v;
            }
            case DOUBLE -> setDouble(row, v == Integer.MIN_VALUE ? Double.NaN : v);
            case STRING -> setString(row, v == Integer.MIN_VALUE ? null : Integer.toString(v));
            case BOOLEAN -> setBoolean(row, v == Integer.MIN_VALUE ? null : v != 0);
            default -> throw new IllegalStateException();
        }
    }

    void setString(int row, String v) {
        switch (type) {
            case STRING -> {
                ensure(row);
                strings.set(row, v);
            }
            case DOUBLE -> setDouble(row, ValueParsers.parseDoubleOrNaN(v));
            case INT -> setInt(row, ValueParsers.parseIntOrMissing(v));
            case BOOLEAN -> setBoolean(row, ValueParsers.parseBooleanOrNull(v));
            default -> throw new IllegalStateException();
        }
    }

    /** Sets cells {@code [from, to)} to {@code v}, converted like {@link #setString}. */
    void fillString(int from, int to, String v) {
        if (from >= to) {
            return;
        }
        if (type != ColumnType.STRING) {
            for (int r = from; r < to; r++) {
                setString(r, v);
            }
            return;
        }
        ensure(to - 1);
        strings.fill(from, to, v);
    }

    void setBoolean(int row, Boolean v) {
        switch (type) {
            case BOOLEAN -> {
                ensure(row);
                bools[row] = v == null ? BOOL_MISSING : (byte) (v ? 1 : 0);
            }
            case STRING -> setString(row, v == null ? null : v.toString());
            case INT -> setInt(row, v == null ? Integer.MIN_VALUE : (v ? 1 : 0));
            case DOUBLE -> setDouble(row, v == null ? Double.NaN : (v ? 1 : 0));
            default -> throw new IllegalStateException();
        }
    }

    double getDouble(int row) {
        if (type == ColumnType.DOUBLE) {
            return row < size ? doubles[row] : Double.NaN;
        }
        if (type == ColumnType.INT) {
            int v = row < size ? ints[row] : Integer.MIN_VALUE;
            return v == Integer.MIN_VALUE ? Double.NaN : v;
        }
        throw new IllegalStateException(name + " is " + type);
    }

    String getString(int row) {
        if (type == ColumnType.STRING) {
            return row < size ? strings.get(row) : null;
        }
        throw new IllegalStateException(name + " is " + type);
    }

    /** Appends all cells of {@code other} (same name, any compatible type) after {@code offset} rows. */
    void appendFrom(ColumnBuffer other, int offset, int otherRows) {
        int copied = Math.min(otherRows, other.size);
        if (other.type == type && offset >= size) {
            // No row from offset on was set here: a block copy (missing cells copied as missing) gives the same
            // cells as setting the non-missing ones one by one.
            copyBlock(other, offset, copied);
            return;
        }
        for (int r = 0; r < otherRows; r++) {
            int target = offset + r;
            switch (other.type) {
                case DOUBLE -> {
                    double v = r < other.size ? other.doubles[r] : Double.NaN;
                    if (!Double.isNaN(v)) {
                        setDouble(target, v);
                    }
                }
                case INT -> {
                    int v = r < other.size ? other.ints[r] : Integer.MIN_VALUE;
                    if (v != Integer.MIN_VALUE) {
                        setInt(target, v);
                    }
                }
                case STRING -> {
                    String v = r < other.size ? other.strings.get(r) : null;
                    if (v != null) {
                        setString(target, v);
                    }
                }
                case BOOLEAN -> {
                    byte v = r < other.size ? other.bools[r] : BOOL_MISSING;
                    if (v != BOOL_MISSING) {
                        setBoolean(target, v == 1);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    private void copyBlock(ColumnBuffer other, int offset, int copied) {
        if (copied <= 0) {
            return;
        }
        int end = offset + copied;
        if (end > capacity()) {
            grow(end);
        }
        fillMissing(size, offset);
        switch (type) {
            case DOUBLE -> System.arraycopy(other.doubles, 0, doubles, offset, copied);
            case INT -> System.arraycopy(other.ints, 0, ints, offset, copied);
            case STRING -> strings.copyFrom(other.strings, offset, copied);
            case BOOLEAN -> System.arraycopy(other.bools, 0, bools, offset, copied);
            default -> throw new IllegalStateException();
        }
        size = end;
    }

    /** Drops the cell arrays once they were copied into a table (the buffer is unusable afterwards). */
    void release() {
        doubles = null;
        ints = null;
        strings = null;
        bools = null;
        size = 0;
    }

    /** Resets every cell from {@code row} on to missing. */
    void clearFrom(int row) {
        if (row >= size) {
            return;
        }
        if (type == ColumnType.STRING && strings != null) {
            strings.fillMissing(row, size); // no stale references kept alive; numbers need no write
        }
        size = row;
    }

    Column<?> toColumn(int rows) {
        int n = Math.min(size, rows);
        return switch (type) {
            // Tablesaw copies the array it is given: the buffer's own one when it has exactly `rows` cells.
            case DOUBLE -> DoubleColumn.create(name, doubleCells(n, rows));
            case INT -> IntColumn.create(name, intCells(n, rows));
            case STRING -> strings == null ? StringColumnBuilder.build(name, new int[0], List.of(), 0, rows)
                    : strings.toColumn(name, n, rows);
            case BOOLEAN -> {
                BooleanColumn c = BooleanColumn.create(name, rows); // every cell missing
                for (int i = 0; i < n; i++) {
                    if (bools[i] != BOOL_MISSING) {
                        c.set(i, bools[i] == 1);
                    }
                }
                yield c;
            }
        };
    }

    /** {@code rows} cells: the first {@code n} of this buffer, then missing. */
    private double[] doubleCells(int n, int rows) {
        double[] a = doubles != null && doubles.length == rows ? doubles : new double[rows];
        if (a != doubles && n > 0) {
            System.arraycopy(doubles, 0, a, 0, n);
        }
        Arrays.fill(a, n, rows, Double.NaN);
        return a;
    }

    private int[] intCells(int n, int rows) {
        int[] a = ints != null && ints.length == rows ? ints : new int[rows];
        if (a != ints && n > 0) {
            System.arraycopy(ints, 0, a, 0, n);
        }
        Arrays.fill(a, n, rows, Integer.MIN_VALUE);
        return a;
    }

    /** Makes {@code row} a valid cell: grows the array, and marks the rows skipped since the last set missing. */
    private void ensure(int row) {
        if (row < size) {
            return;
        }
        int needed = row + 1;
        if (needed > capacity()) {
            grow(needed);
        }
        fillMissing(size, row);
        size = needed;
    }

    private void grow(int needed) {
        int cap = capacity();
        int newCap;
        if (cap == 0 && needed <= initialCapacity) {
            newCap = initialCapacity;
        } else {
            // A large file grows its columns once to about its line count: fewer copies, little slack. The hint is
            // estimated from the mean line length of the file's head, which is often a few % short (6 % on the
            // 1 M-row benchmark CSV), so an eighth of slack: one more growth would copy and reallocate the column.
            int base = Math.max(cap, initialCapacity);
            newCap = sizeHint > needed && sizeHint - needed > (base >> 1) ? sizeHint + (sizeHint >> 3)
                    : Math.max(needed, base + (base >> 1));
        }
        // Only the valid cells [0, size) are copied; the rest is never read before it is written.
        switch (type) {
            case DOUBLE -> doubles = copyOf(doubles, new double[newCap]);
            case INT -> ints = copyOf(ints, new int[newCap]);
            case STRING -> {
                if (strings == null) {
                    strings = new StringCells();
                }
                strings.grow(newCap, size);
            }
            case BOOLEAN -> bools = copyOf(bools, new byte[newCap]);
            default -> throw new IllegalStateException();
        }
    }

    private <A> A copyOf(A from, A to) {
        if (from != null && size > 0) {
            System.arraycopy(from, 0, to, 0, size);
        }
        return to;
    }

    private int capacity() {
        return switch (type) {
            case DOUBLE -> doubles == null ? 0 : doubles.length;
            case INT -> ints == null ? 0 : ints.length;
            case STRING -> strings == null ? 0 : strings.capacity();
            case BOOLEAN -> bools == null ? 0 : bools.length;
        };
    }

    /** Writes the missing value into {@code [from, to)} (rows skipped by a set further down). */
    private void fillMissing(int from, int to) {
        if (from >= to) {
            return;
        }
        switch (type) {
            case DOUBLE -> Arrays.fill(doubles, from, to, Double.NaN);
            case INT -> Arrays.fill(ints, from, to, Integer.MIN_VALUE);
            case STRING -> strings.fillMissing(from, to);
            case BOOLEAN -> Arrays.fill(bools, from, to, BOOL_MISSING);
            default -> throw new IllegalStateException();
        }
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
