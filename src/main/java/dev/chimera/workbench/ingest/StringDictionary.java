package dev.chimera.workbench.ingest;

import it.unimi.dsi.fastutil.bytes.Byte2IntOpenHashMap;
import it.unimi.dsi.fastutil.bytes.Byte2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ByteOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
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
 * A string column's distinct values with int codes (first-seen order), so the Tablesaw column can be built
 * from the codes: each distinct value is hashed once per load instead of every cell again in
 * {@code StringColumn.create}. Code {@link #NONE} is an unset cell; "" is an ordinary value here and becomes
 * Tablesaw's missing value when the column is built.
 */
final class StringDictionary {
    static final int NONE = -1;

    // Tablesaw's key scheme (0.44.1): the missing value "" has the type's MAX key, new keys count up from
    // MIN + 1, and MIN is the "absent" default of the value-to-key map.
    private static final int BYTE_CAPACITY = Byte.MAX_VALUE - Byte.MIN_VALUE - 1;
    /**
     * More distinct values than a short dictionary holds: Tablesaw then decides between an int dictionary and
     * plain text from the rows seen so far, so such a column is left to {@code StringColumn.create}.
     */
    static final int MAX_CODES = Short.MAX_VALUE - Short.MIN_VALUE - 1;

    private final Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();
    private final List<String> values = new ArrayList<>();

    StringDictionary() {
        index.defaultReturnValue(NONE);
    }

    /** The code of {@code v} (a new one when not seen yet); {@link #NONE} for null. */
    int codeOf(String v) {
        if (v == null) {
            return NONE;
        }
        int code = index.getInt(v);
        if (code == NONE) {
            code = values.size();
            index.put(v, code);
            values.add(v);
        }
        return code;
    }

    String value(int code) {
        return code == NONE ? null : values.get(code);
    }

    int size() {
        return values.size();
    }

    /** Codes of {@code other}'s values in this dictionary (each distinct value looked up once). */
    int[] remapFrom(StringDictionary other) {
        int[] map = new int[other.values.size()];
        for (int i = 0; i < map.length; i++) {
            map[i] = codeOf(other.values.get(i));
        }
        return map;
    }

    /**
     * The Tablesaw column of the first {@code rows} codes. Keys are renumbered in order of first appearance
     * in the rows (overwritten cells may leave codes unused), which is the order {@code StringColumn.create}
     * assigns them in; unset cells and "" are missing.
     */
    StringColumn toColumn(String name, int[] codes, int rows) {
        int[] keyOf = new int[values.size()];
        Arrays.fill(keyOf, NONE);
        List<String> distinct = new ArrayList<>();
        int[] dense = new int[rows];
        int missing = 0;
        int missingAfter = 0;
        for (int r = 0; r < rows; r++) {
            int c = codes[r];
            if (c == NONE || values.get(c).isEmpty()) {
                dense[r] = NONE;
                if (missing++ == 0) {
                    missingAfter = distinct.size();
                }
                continue;
            }
            int k = keyOf[c];
            if (k == NONE) {
                k = distinct.size();
                keyOf[c] = k;
                distinct.add(values.get(c));
            }
            dense[r] = k;
        }
        int[] counts = new int[distinct.size()];
        for (int r = 0; r < rows; r++) {
            if (dense[r] != NONE) {
                counts[dense[r]]++;
            }
        }
        // The maps get the same insertions in the same order as Tablesaw's appends (the missing key where the first
        // missing cell is), so even their iteration order (unique()) is the same.
        DictionaryMap map = distinct.size() <= BYTE_CAPACITY ? byteMap(dense, distinct, counts, missing, missingAfter)
                : shortMap(dense, distinct, counts, missing, missingAfter);
        return StringColumn.createInternal(name, map);
    }

    private static DictionaryMap byteMap(int[] dense, List<String> distinct, int[] counts, int missing,
            int missingAfter) {
        Byte2ObjectOpenHashMap<String> keyToValue = new Byte2ObjectOpenHashMap<>();
        Object2ByteOpenHashMap<String> valueToKey = new Object2ByteOpenHashMap<>();
        valueToKey.defaultReturnValue(Byte.MIN_VALUE);
        Byte2IntOpenHashMap keyToCount = new Byte2IntOpenHashMap();
        keyToCount.defaultReturnValue(0);
        for (int k = 0; k <= distinct.size(); k++) {
            if (missing > 0 && k == missingAfter) {
                keyToValue.put(Byte.MAX_VALUE, "");
                valueToKey.put("", Byte.MAX_VALUE);
                keyToCount.put(Byte.MAX_VALUE, missing);
            }
            if (k == distinct.size()) {
                break;
            }
            byte key = (byte) (Byte.MIN_VALUE + 1 + k);
            keyToValue.put(key, distinct.get(k));
            valueToKey.put(distinct.get(k), key);
            keyToCount.put(key, counts[k]);
        }
        byte[] keys = new byte[dense.length];
        for (int r = 0; r < dense.length; r++) {
            keys[r] = dense[r] == NONE ? Byte.MAX_VALUE : (byte) (Byte.MIN_VALUE + 1 + dense[r]);
        }
        return new ByteDictionaryMap.ByteDictionaryBuilder().setNextIndex(Byte.MIN_VALUE + distinct.size())
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(keys)
                .build();
    }

    private static DictionaryMap shortMap(int[] dense, List<String> distinct, int[] counts, int missing,
            int missingAfter) {
        Short2ObjectOpenHashMap<String> keyToValue = new Short2ObjectOpenHashMap<>();
        Object2ShortOpenHashMap<String> valueToKey = new Object2ShortOpenHashMap<>();
        valueToKey.defaultReturnValue(Short.MIN_VALUE);
        Short2IntOpenHashMap keyToCount = new Short2IntOpenHashMap();
        keyToCount.defaultReturnValue(0);
        for (int k = 0; k <= distinct.size(); k++) {
            if (missing > 0 && k == missingAfter) {
                keyToValue.put(Short.MAX_VALUE, "");
                valueToKey.put("", Short.MAX_VALUE);
                keyToCount.put(Short.MAX_VALUE, missing);
            }
            if (k == distinct.size()) {
                break;
            }
            short key = (short) (Short.MIN_VALUE + 1 + k);
            keyToValue.put(key, distinct.get(k));
            valueToKey.put(distinct.get(k), key);
            keyToCount.put(key, counts[k]);
        }
        short[] keys = new short[dense.length];
        for (int r = 0; r < dense.length; r++) {
            keys[r] = dense[r] == NONE ? Short.MAX_VALUE : (short) (Short.MIN_VALUE + 1 + dense[r]);
        }
        return new ShortDictionaryMap.ShortDictionaryBuilder().setNextIndex(Short.MIN_VALUE + distinct.size())
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(keys)
                .setCanPromoteToText(true).build();
    }
}
