package dev.chimera.workbench.ui.data;

/**
 * A column of the shown table: its name, position, whether numeric comparisons apply to it, and the width of
 * its typical text in characters (header and first rows).
 */
public record ColumnInfo(String name, int index, boolean numeric, int typicalChars) {
}
