package dev.chimera.workbench.ui.data;

import java.util.AbstractList;
import java.util.RandomAccess;

/** A read-only List view of row indices, so a million-row result is not boxed up front. */
final class IntArrayList extends AbstractList<Integer> implements RandomAccess {
    private final int[] values;

    IntArrayList(int[] values) {
        this.values = values;
    }

    @Override
    public Integer get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
