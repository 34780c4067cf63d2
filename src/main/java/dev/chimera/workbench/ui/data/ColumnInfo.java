package dev.chimera.workbench.ui.data;

/** A column of the shown table: its name, position and whether numeric comparisons apply to it. */
public record ColumnInfo(String name, int index, boolean numeric) {
}
