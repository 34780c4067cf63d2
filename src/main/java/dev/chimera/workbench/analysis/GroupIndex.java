package dev.chimera.workbench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense group numbers of the rows of a table grouped by several key columns, in first-seen order: the primitive
 * kernel behind {@link Summarizer}. Each key column is coded to small ints once (a string column hands out the
 * same instance for equal values, so an identity check skips the hash lookup on runs of equal keys), the codes
 * are combined in mixed radix, and the combinations are renumbered in order of first appearance. No per-row
 * key strings, no boxing.
 */
final class GroupIndex {
    private final int[] groupOfRow;
    private final List<Map<String, String>> keys;

    private GroupIndex(int[] groupOfRow, List<Map<String, String>> keys) {
        this.groupOfRow = groupOfRow;
        this.keys = keys;
    }

    /**
     * @param names  key names, in order
     * @param cells  per key, the cell text of every row ("" for missing)
     * @param rows   number of rows
     */
    static GroupIndex of(List<String> names, List<String[]> cells, int rows) {
        int k = names.size();
        int[][] codes = new int[k][];
        List<List<String>> values = new ArrayList<>();
        long radix = 1;
        for (int j = 0; j < k; j++) {
            List<String> distinct = new ArrayList<>();
            codes[j] = code(cells.get(j), rows, distinct);
            values.add(distinct);
            radix *= Math.max(1, distinct.size());
        }
        int[] group = new int[rows];
        List<Map<String, String>> keys = new ArrayList<>();
        if (radix <= 1L << 22) {
            int[] dense = new int[(int) radix];
            Arrays.fill(dense, -1);
            for (int r = 0; r < rows; r++) {
                int c = combined(codes, r, values);
                if (dense[c] < 0) {
                    dense[c] = keys.size();
                    keys.add(keyMap(names, codes, values, r));
                }
                group[r] = dense[c];
            }
        } else {
            // Very many combinations: a map over the combined code (rare; never on the hot path of a view).
            Map<Long, Integer> dense = new HashMap<>();
            for (int r = 0; r < rows; r++) {
                long c = 0;
                for (int j = 0; j < k; j++) {
                    c = c * values.get(j).size() + codes[j][r];
                }
                Integer g = dense.get(c);
                if (g == null) {
                    g = keys.size();
                    dense.put(c, g);
                    keys.add(keyMap(names, codes, values, r));
                }
                group[r] = g;
            }
        }
        return new GroupIndex(group, keys);
    }

    int groupOf(int row) {
        return groupOfRow[row];
    }

    int groupCount() {
        return keys.size();
    }

    /** The key (name → value, in key order) of group {@code g}. */
    Map<String, String> key(int g) {
        return keys.get(g);
    }

    private static int combined(int[][] codes, int r, List<List<String>> values) {
        int c = 0;
        for (int j = 0; j < codes.length; j++) {
            c = c * values.get(j).size() + codes[j][r];
        }
        return c;
    }

    private static int[] code(String[] cells, int rows, List<String> distinct) {
        int[] out = new int[rows];
        Map<String, Integer> index = new HashMap<>();
        String last = null;
        int lastCode = -1;
        for (int r = 0; r < rows; r++) {
            String v = cells[r];
            if (v != last) {
                Integer c = index.get(v);
                if (c == null) {
                    c = distinct.size();
                    index.put(v, c);
                    distinct.add(v);
                }
                last = v;
                lastCode = c;
            }
            out[r] = lastCode;
        }
        return out;
    }

    private static Map<String, String> keyMap(List<String> names, int[][] codes, List<List<String>> values, int r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int j = 0; j < names.size(); j++) {
            m.put(names.get(j), values.get(j).get(codes[j][r]));
        }
        return m;
    }
}
