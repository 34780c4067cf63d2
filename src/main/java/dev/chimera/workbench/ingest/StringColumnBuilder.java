package dev.chimera.workbench.ingest;

import it.unimi.dsi.fastutil.bytes.Byte2IntOpenHashMap;
import it.unimi.dsi.fastutil.bytes.Byte2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ByteOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ShortOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2IntOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * Builds the Tablesaw column of a {@link StringCells} column from its codes in one walk, instead of
 * {@code StringColumn.create}'s per-cell appends (a hash lookup, a list append and a count-map update per cell):
 * a cell's key comes from an array indexed by its code, so nothing is hashed per row. The result equals
 * {@code StringColumn.create} of the same cells (null and "" given as ""): values, missing cells, dictionary
 * class, the insertion order of its maps (so {@code unique()} order) and its counts. Runs on the converting
 * thread (columns convert in parallel), never on a reader thread.
 */
final class StringColumnBuilder {
    // Tablesaw's key scheme (0.44.1): the missing value "" has the type's MAX key, new keys count up from
    // MIN + 1, and MIN is the "absent" default of the value-to-key map.
    private static final int BYTE_KEYS = Byte.MAX_VALUE - Byte.MIN_VALUE - 1;
    /** More distinct values: Tablesaw picks an int dictionary or text from the rows, so it builds the column. */
    private static final int SHORT_KEYS = Short.MAX_VALUE - Short.MIN_VALUE - 1;
    private static final int MISSING = -1;
    private static final int UNSEEN = -2;

    private final List<String> cellValues;
    /** keyOf[code]: the code's index in distinct (first appearance by row), MISSING, or UNSEEN so far. */
    private final int[] keyOf;
    /** Distinct non-missing values in order of first appearance by row; a value's key index is its position. */
    private final List<String> distinct = new ArrayList<>();
    /** counts[key + 1] is the number of cells with that key; counts[0] the missing cells. */
    private int[] counts = new int[BYTE_KEYS + 2];
    /** Distinct values seen before the first missing cell (where Tablesaw inserts the missing key), -1: none. */
    private int missingAfter = -1;

    private StringColumnBuilder(List<String> cellValues) {
        this.cellValues = cellValues;
        this.keyOf = new int[cellValues.size() + 1];
        Arrays.fill(keyOf, UNSEEN);
    }

    /**
     * The column of {@code rows} cells: {@code codes[0 .. filled)} (0 = missing, else {@code values.get(code - 1)}),
     * every row from {@code filled} on missing.
     */
    static StringColumn build(String name, int[] codes, List<String> values, int filled, int rows) {
        int n = Math.min(filled, rows);
        if (rows == 0) {
            return StringColumn.create(name, new String[0]);
        }
        StringColumnBuilder b = new StringColumnBuilder(values);
        byte[] bytes = new byte[rows];
        int r = b.walkBytes(codes, n, bytes);
        if (r == n) {
            b.missingTail(n, rows);
            Arrays.fill(bytes, n, rows, Byte.MAX_VALUE);
            return StringColumn.createInternal(name, b.byteMap(bytes));
        }
        // More than a byte dictionary holds: re-key the rows walked so far and go on with short keys.
        b.counts = Arrays.copyOf(b.counts, SHORT_KEYS + 2);
        short[] shorts = new short[rows];
        for (int i = 0; i < r; i++) {
            shorts[i] = bytes[i] == Byte.MAX_VALUE ? Short.MAX_VALUE
                    : (short) (Short.MIN_VALUE + 1 + (bytes[i] - Byte.MIN_VALUE - 1));
        }
        if (!b.walkShorts(codes, r, n, shorts)) {
            String[] cells = new String[n];
            for (int i = 0; i < n; i++) {
                cells[i] = codes[i] == 0 ? null : values.get(codes[i] - 1);
            }
            return plainColumn(name, cells, n, rows);
        }
        b.missingTail(n, rows);
        Arrays.fill(shorts, n, rows, Short.MAX_VALUE);
        return StringColumn.createInternal(name, b.shortMap(shorts));
    }

    /** Keys rows from 0 on; returns the first row whose value does not fit a byte key ({@code n} when all fit). */
    private int walkBytes(int[] codes, int n, byte[] keys) {
        int previous = -1;
        int key = MISSING;
        for (int r = 0; r < n; r++) {
            int code = codes[r];
            if (code != previous) {
                previous = code;
                key = keyOf(code);
                if (key >= BYTE_KEYS) {
                    return r;
                }
            }
            counts[key + 1]++;
            keys[r] = key == MISSING ? Byte.MAX_VALUE : (byte) (Byte.MIN_VALUE + 1 + key);
        }
        return n;
    }

    /** Keys rows {@code from .. n); false when there are more distinct values than short keys. */
    private boolean walkShorts(int[] codes, int from, int n, short[] keys) {
        int previous = -1;
        int key = MISSING;
        for (int r = from; r < n; r++) {
            int code = codes[r];
            if (code != previous) {
                previous = code;
                key = keyOf(code);
                if (key >= SHORT_KEYS) {
                    return false;
                }
            }
            counts[key + 1]++;
            keys[r] = key == MISSING ? Short.MAX_VALUE : (short) (Short.MIN_VALUE + 1 + key);
        }
        return true;
    }

    private int keyOf(int code) {
        int key = keyOf[code];
        if (key != UNSEEN) {
            return key;
        }
        String value = code == 0 ? null : cellValues.get(code - 1);
        if (value == null || value.isEmpty()) {
            if (missingAfter < 0) {
                missingAfter = distinct.size();
            }
            key = MISSING;
        } else {
            key = distinct.size();
            distinct.add(value);
        }
        keyOf[code] = key;
        return key;
    }

    private void missingTail(int n, int rows) {
        if (rows > n) {
            if (missingAfter < 0) {
                missingAfter = distinct.size();
            }
            counts[0] += rows - n;
        }
    }

    // The maps get the same insertions in the same order as Tablesaw's appends (the missing key where the first
    // missing cell is), so even their iteration order (unique()) is the same.
    private DictionaryMap byteMap(byte[] keys) {
        Byte2ObjectOpenHashMap<String> keyToValue = new Byte2ObjectOpenHashMap<>();
        Object2ByteOpenHashMap<String> valueToKey = new Object2ByteOpenHashMap<>();
        valueToKey.defaultReturnValue(Byte.MIN_VALUE);
        Byte2IntOpenHashMap keyToCount = new Byte2IntOpenHashMap();
        for (int k = 0; k <= distinct.size(); k++) {
            if (k == missingAfter) {
                keyToValue.put(Byte.MAX_VALUE, "");
                valueToKey.put("", Byte.MAX_VALUE);
                keyToCount.put(Byte.MAX_VALUE, counts[0]);
            }
            if (k < distinct.size()) {
                byte key = (byte) (Byte.MIN_VALUE + 1 + k);
                keyToValue.put(key, distinct.get(k));
                valueToKey.put(distinct.get(k), key);
                keyToCount.put(key, counts[k + 1]);
            }
        }
        return new ByteDictionaryMap.ByteDictionaryBuilder().setNextIndex(Byte.MIN_VALUE + distinct.size())
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(keys)
                .build();
    }

    private DictionaryMap shortMap(short[] keys) {
        Short2ObjectOpenHashMap<String> keyToValue = new Short2ObjectOpenHashMap<>();
        Object2ShortOpenHashMap<String> valueToKey = new Object2ShortOpenHashMap<>();
        valueToKey.defaultReturnValue(Short.MIN_VALUE);
        Short2IntOpenHashMap keyToCount = new Short2IntOpenHashMap();
        for (int k = 0; k <= distinct.size(); k++) {
            if (k == missingAfter) {
                keyToValue.put(Short.MAX_VALUE, "");
                valueToKey.put("", Short.MAX_VALUE);
                keyToCount.put(Short.MAX_VALUE, counts[0]);
            }
            if (k < distinct.size()) {
                short key = (short) (Short.MIN_VALUE + 1 + k);
                keyToValue.put(key, distinct.get(k));
                valueToKey.put(distinct.get(k), key);
                keyToCount.put(key, counts[k + 1]);
            }
        }
        return new ShortDictionaryMap.ShortDictionaryBuilder().setNextIndex(Short.MIN_VALUE + distinct.size())
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(keys)
                .setCanPromoteToText(true).build();
    }

    /**
     * Tablesaw's own path, for columns with more distinct values than a short dictionary holds: {@code cells[0 ..
     * n)} (null = missing), then missing up to {@code rows}.
     */
    static StringColumn plainColumn(String name, String[] cells, int n, int rows) {
        String[] values = new String[rows];
        for (int i = 0; i < n; i++) {
            values[i] = cells[i] == null ? "" : cells[i];
        }
        Arrays.fill(values, n, rows, "");
        return StringColumn.create(name, values);
    }
}
