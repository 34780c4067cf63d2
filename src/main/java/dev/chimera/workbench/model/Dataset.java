package dev.chimera.workbench.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Everything loaded from one folder: the canonical tables, what was found about every file, and
 * folder-level diagnostics (skipped files, symlink loops ...).
 *
 * <p>Treat it as immutable: the tables are built once by the loader and must not be modified afterwards.
 * Analyses that need a changed table work on a copy. This is what lets the UI hand the same dataset to
 * background tasks without locking.
 */
public final class Dataset {
    private final Path root;
    private final List<SourceFile> files;
    private final Map<CanonicalTable, Table> tables;
    private final List<Diagnostic> folderDiagnostics;

    public Dataset(Path root, List<SourceFile> files, Map<CanonicalTable, Table> tables,
                   List<Diagnostic> folderDiagnostics) {
        this.root = root;
        this.files = List.copyOf(files);
        this.tables = Collections.unmodifiableMap(new EnumMap<>(tables));
        this.folderDiagnostics = List.copyOf(folderDiagnostics);
    }

    public Path root() {
        return root;
    }

    public List<SourceFile> files() {
        return files;
    }

    public Table table(CanonicalTable which) {
        return tables.get(which);
    }

    public Map<CanonicalTable, Table> tables() {
        return tables;
    }

    public int rowCount(CanonicalTable which) {
        Table t = tables.get(which);
        return t == null ? 0 : t.rowCount();
    }

    public List<Diagnostic> folderDiagnostics() {
        return folderDiagnostics;
    }

    /** Folder-level diagnostics followed by every file's, in file order. */
    public List<Diagnostic> allDiagnostics() {
        List<Diagnostic> all = new ArrayList<>(folderDiagnostics);
        for (SourceFile f : files) {
            all.addAll(f.diagnostics());
        }
        return all;
    }
}
