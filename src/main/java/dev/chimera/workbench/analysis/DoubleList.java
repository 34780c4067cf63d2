package dev.chimera.workbench.analysis;

import java.util.Arrays;

/** A growable primitive double array (no boxing in the hot loops). */
final class DoubleList {
    private double[] data = new double[16];
    private int size;

    void add(double v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = v;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
