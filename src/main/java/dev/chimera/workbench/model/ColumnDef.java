package dev.chimera.workbench.model;

/** A column of a canonical table: name, storage type, unit ("" if none) and what it means. */
public record ColumnDef(String name, ColumnType type, String unit, String description) {
}
