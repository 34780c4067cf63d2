package dev.chimera.workbench.findings;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.SourceFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Splits an opened folder into run folders so a finding is never computed on data pooled across runs.
 *
 * <p>Rule: a folder whose result files all come from one harness (one {@link SourceFile#producer()}: tr118,
 * tr119, vllm, nvidia-smi ...) is one scope. A folder mixing harnesses is split: the result files sitting
 * directly in it form one scope, and each sub-folder is split by the same rule. So {@code sample-data} gives
 * tr118-crossover, tr119-cost, ..., peer-tools/vllm, peer-tools/nvidia-smi; an opened single run folder (e.g.
 * tr118-crossover with one sub-folder per model size) stays one scope. Files that hold no table rows
 * (manifests, configs) and generic producers that any harness may write ({@link #NEUTRAL}) never make a folder
 * mixed.
 */
public final class Scopes {
    /** Producers of generic files (TR stats CSVs, notes) that do not identify a harness. */
    static final Set<String> NEUTRAL = Set.of("", "tr", "doc", "unknown");
    private static final String ROOT = ".";

    private Scopes() {
    }

    /** The run folders of {@code ds}, sorted by path; one scope (the whole dataset) when nothing is mixed. */
    public static List<DatasetScope> split(Dataset ds) {
        List<SourceFile> data = ds.files().stream().filter(Scopes::holdsRows).toList();
        List<String> folders = new ArrayList<>();
        collect("", data, folders);
        if (folders.size() <= 1) {
            return List.of(new DatasetScope(folders.isEmpty() || folders.get(0).isEmpty() ? ROOT : folders.get(0),
                    folders.isEmpty() || folders.get(0).isEmpty() ? ds : restrict(ds, folders.get(0), false)));
        }
        List<DatasetScope> out = new ArrayList<>();
        for (String f : folders) {
            // the root's own scope (a mixed root) holds only the files sitting directly in it
            out.add(new DatasetScope(f.isEmpty() ? ROOT : f, restrict(ds, f, f.isEmpty())));
        }
        return out;
    }

    /** The scope folders under {@code prefix} ("" = root, else "a/b/"), without the trailing '/'. */
    private static void collect(String prefix, List<SourceFile> files, List<String> out) {
        if (files.isEmpty()) {
            return;
        }
        Set<String> producers = new HashSet<>();
        for (SourceFile f : files) {
            if (!NEUTRAL.contains(f.producer())) {
                producers.add(f.producer());
            }
        }
        String self = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
        if (producers.size() <= 1) {
            out.add(self);
            return;
        }
        Map<String, List<SourceFile>> children = new TreeMap<>();
        boolean direct = false;
        for (SourceFile f : files) {
            String rest = f.path().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                direct = true;
            } else {
                children.computeIfAbsent(prefix + rest.substring(0, slash + 1), k -> new ArrayList<>()).add(f);
            }
        }
        if (direct) {
            out.add(self);
        }
        children.forEach((child, list) -> collect(child, list, out));
    }

    private static boolean holdsRows(SourceFile f) {
        for (CanonicalTable t : CanonicalTable.values()) {
            if (f.rowsIn(t) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The dataset restricted to the files under {@code folder} (only those directly in it when {@code directOnly}). */
    static Dataset restrict(Dataset ds, String folder, boolean directOnly) {
        Set<String> paths = new TreeSet<>();
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile f : ds.files()) {
            if (inside(f.path(), folder, directOnly)) {
                paths.add(f.path());
                files.add(f);
            }
        }
        Map<CanonicalTable, Table> tables = new EnumMap<>(CanonicalTable.class);
        ds.tables().forEach((which, t) -> tables.put(which, rowsOf(t, paths)));
        return new Dataset(ds.root(), files, tables, ds.folderDiagnostics());
    }

    static boolean inside(String path, String folder, boolean directOnly) {
        if (folder.isEmpty()) {
            return !directOnly || path.indexOf('/') < 0;
        }
        return path.startsWith(folder + "/");
    }

    private static Table rowsOf(Table t, Set<String> paths) {
        if (t == null || !t.columnNames().contains("source_file")) {
            return t;
        }
        Column<?> src = t.column("source_file");
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (paths.contains(src.getString(i))) {
                keep.add(i);
            }
        }
        if (keep.size() == t.rowCount()) {
            return t;
        }
        if (keep.isEmpty()) {
            return t.emptyCopy();
        }
        return t.rows(keep.stream().mapToInt(Integer::intValue).toArray());
    }
}
