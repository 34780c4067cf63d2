package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.ColumnType;
import java.util.Arrays;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * A growable typed column filled row by row straight from a parser, turned into a Tablesaw column once at
 * the end. Unset cells hold the type's missing value, so a column that appears half-way through a folder is
 * padded, not shifted.
 */
final class ColumnBuffer {
    private static final byte BOOL_MISSING = -1;

    private final String name;
    private final ColumnType type;
    /** Expected final row count (from the file size), 0 when unknown: growth jumps there instead of by 1.5×. */
    private final int sizeHint;
    private double[] doubles;
    private int[] ints;
    private String[] strings;
    private byte[] bools;
    private int size;

    ColumnBuffer(String name, ColumnType type, int capacity) {
        this(name, type, capacity, 0);
    }

    ColumnBuffer(String name, ColumnType type, int capacity, int sizeHint) {
        this.name = name;
        this.type = type;
        this.sizeHint = sizeHint;
        int cap = Math.max(16, capacity);
        switch (type) {
            case DOUBLE -> doubles = filled(new double[cap], 0, cap);
            case INT -> ints = filled(new int[cap], 0, cap);
            case STRING -> strings = new String[cap];
            case BOOLEAN -> bools = filled(new byte[cap], 0, cap);
            default -> throw new IllegalArgumentException(type.name());
        }
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
                // Parsers hand over a new String per cell; re-use the previous row's instance when equal, so
                // a run-level value repeated on every row is kept once (memory) and hashed once (the Tablesaw
                // dictionary built at the end hashes every instance it sees).
                String previous = row > 0 ? strings[row - 1] : null;
                strings[row] = previous != null && previous.equals(v) ? previous : v;
            }
            case DOUBLE -> setDouble(row, ValueParsers.parseDoubleOrNaN(v));
            case INT -> setInt(row, ValueParsers.parseIntOrMissing(v));
            case BOOLEAN -> setBoolean(row, ValueParsers.parseBooleanOrNull(v));
            default -> throw new IllegalStateException();
        }
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
            return row < size ? strings[row] : null;
        }
        throw new IllegalStateException(name + " is " + type);
    }

    /** Appends all cells of {@code other} (same name, any compatible type) after {@code offset} rows. */
    void appendFrom(ColumnBuffer other, int offset, int otherRows) {
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
                    String v = r < other.size ? other.strings[r] : null;
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
        switch (type) {
            case DOUBLE -> Arrays.fill(doubles, row, size, Double.NaN);
            case INT -> Arrays.fill(ints, row, size, Integer.MIN_VALUE);
            case STRING -> Arrays.fill(strings, row, size, null);
            case BOOLEAN -> Arrays.fill(bools, row, size, BOOL_MISSING);
            default -> throw new IllegalStateException();
        }
        size = row;
    }

    Column<?> toColumn(int rows) {
        ensure(rows - 1);
        return switch (type) {
            // Tablesaw copies the array it is given: no copy of our own.
            case DOUBLE -> DoubleColumn.create(name, doubles.length == rows ? doubles : Arrays.copyOf(doubles, rows));
            case INT -> IntColumn.create(name, ints.length == rows ? ints : Arrays.copyOf(ints, rows));
            case STRING -> {
                String[] values = Arrays.copyOf(strings, rows);
                for (int i = 0; i < rows; i++) {
                    if (values[i] == null) {
                        values[i] = "";
                    }
                }
                yield StringColumn.create(name, values);
            }
            case BOOLEAN -> {
                BooleanColumn c = BooleanColumn.create(name, rows);
                for (int i = 0; i < rows; i++) {
                    if (bools[i] == BOOL_MISSING) {
                        c.setMissing(i);
                    } else {
                        c.set(i, bools[i] == 1);
                    }
                }
                yield c;
            }
        };
    }

    private void ensure(int row) {
        if (row < size) {
            return;
        }
        int needed = row + 1;
        int cap = capacity();
        if (needed > cap) {
            // A large file grows its columns once to about its line count: fewer copies, little slack.
            int newCap = sizeHint > needed && sizeHint - needed > (cap >> 1) ? sizeHint + (sizeHint >> 6)
                    : Math.max(needed, cap + (cap >> 1));
            switch (type) {
                case DOUBLE -> doubles = filled(Arrays.copyOf(doubles, newCap), cap, newCap);
                case INT -> ints = filled(Arrays.copyOf(ints, newCap), cap, newCap);
                case STRING -> strings = Arrays.copyOf(strings, newCap);
                case BOOLEAN -> bools = filled(Arrays.copyOf(bools, newCap), cap, newCap);
                default -> throw new IllegalStateException();
            }
        }
        size = needed;
    }

    private int capacity() {
        return switch (type) {
            case DOUBLE -> doubles.length;
            case INT -> ints.length;
            case STRING -> strings.length;
            case BOOLEAN -> bools.length;
        };
    }

    private static double[] filled(double[] a, int from, int to) {
        Arrays.fill(a, from, to, Double.NaN);
        return a;
    }

    private static int[] filled(int[] a, int from, int to) {
        Arrays.fill(a, from, to, Integer.MIN_VALUE);
        return a;
    }

    private static byte[] filled(byte[] a, int from, int to) {
        Arrays.fill(a, from, to, BOOL_MISSING);
        return a;
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
