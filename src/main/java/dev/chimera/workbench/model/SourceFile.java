package dev.chimera.workbench.model;

import java.util.List;
import java.util.Map;

/**
 * What the loader found out about one file: its detected format, what kind of data it holds, how many records
 * it has, how many rows it added to each canonical table, and its diagnostics.
 *
 * @param path        path relative to the opened folder, with '/' separators
 * @param format      detected format id ("unknown" when nothing recognised it)
 * @param producer    the tool that wrote the file ("vllm", "tr118" ...; "" when unknown)
 * @param formatName  human-readable format name
 * @param kind        what the file contributes
 * @param records     records read from the file (data lines, run records, documents)
 * @param tableRows   rows this file added to each canonical table
 * @param sizeBytes   file size on disk
 * @param note        short remark (e.g. why rows were not added), "" when none
 */
public record SourceFile(String path, String format, String producer, String formatName, FileKind kind, long records,
                         Map<CanonicalTable, Long> tableRows, long sizeBytes, String note,
                         List<Diagnostic> diagnostics) {

    public SourceFile {
        tableRows = Map.copyOf(tableRows);
        diagnostics = List.copyOf(diagnostics);
        note = note == null ? "" : note;
        producer = producer == null ? "" : producer;
    }

    public long rowsIn(CanonicalTable table) {
        return tableRows.getOrDefault(table, 0L);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** The worst severity among the diagnostics, or null when there are none. */
    public Severity worstSeverity() {
        Severity worst = null;
        for (Diagnostic d : diagnostics) {
            if (worst == null || d.severity().compareTo(worst) > 0) {
                worst = d.severity();
            }
        }
        return worst;
    }
}
