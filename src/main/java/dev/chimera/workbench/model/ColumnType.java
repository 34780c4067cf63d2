package dev.chimera.workbench.model;

/** Storage type of a canonical column. Missing values: NaN, Integer.MIN_VALUE, "" and a missing boolean. */
public enum ColumnType {
    STRING, DOUBLE, INT, BOOLEAN
}
