package dev.chimera.workbench.ui.sources;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * One entry of the Sources tree as plain data: a folder (with children) or a file. Folder counts are the sums
 * over their files, and a folder's worst severity is the worst of its files.
 *
 * @param name          last path component
 * @param path          path relative to the opened folder ("" for the root), '/' separated
 * @param folder        true for folders
 * @param formatId      detected format id ("" for folders)
 * @param formatName    human-readable format name ("" for folders)
 * @param kind          what the file contributes (null for folders)
 * @param records       data records read
 * @param rows          rows added to the canonical tables
 * @param tableRows     rows added per canonical table (empty for folders)
 * @param diagnostics   number of diagnostics
 * @param worstSeverity worst diagnostic severity, or null when there are none
 * @param note          the loader's remark about the file, "" when none
 * @param children      child nodes, folders first, each group by name
 */
public record SourceNode(String name, String path, boolean folder, String formatId, String formatName,
                         FileKind kind, long records, long rows, Map<CanonicalTable, Long> tableRows,
                         int diagnostics, Severity worstSeverity, String note, List<SourceNode> children) {

    public SourceNode {
        tableRows = Map.copyOf(tableRows);
        children = List.copyOf(children);
    }

    static SourceNode ofFile(String name, SourceFile f) {
        long rows = f.tableRows().values().stream().mapToLong(Long::longValue).sum();
        return new SourceNode(name, f.path(), false, f.format(), f.formatName(), f.kind(), f.records(), rows,
                f.tableRows(), f.diagnostics().size(), f.worstSeverity(), f.note(), List.of());
    }

    static SourceNode ofFolder(String name, String path, List<SourceNode> children) {
        long records = 0;
        long rows = 0;
        int diags = 0;
        Severity worst = null;
        for (SourceNode c : children) {
            records += c.records;
            rows += c.rows;
            diags += c.diagnostics;
            if (c.worstSeverity != null && (worst == null || c.worstSeverity.compareTo(worst) > 0)) {
                worst = c.worstSeverity;
            }
        }
        return new SourceNode(name, path, true, "", "", null, records, rows, Map.of(), diags, worst, "", children);
    }

    /** The canonical table this file added most rows to, or null when it added none. */
    public CanonicalTable mainTable() {
        CanonicalTable best = null;
        long bestRows = 0;
        for (CanonicalTable t : CanonicalTable.values()) {
            long n = tableRows.getOrDefault(t, 0L);
            if (n > bestRows) {
                best = t;
                bestRows = n;
            }
        }
        return best;
    }
}
