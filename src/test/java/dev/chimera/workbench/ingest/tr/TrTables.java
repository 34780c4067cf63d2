package dev.chimera.workbench.ingest.tr;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/** Small lookups over loaded tables for the reader tests. */
final class TrTables {
    private TrTables() {
    }

    static List<Integer> rows(Table t, IntPredicate keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (keep.test(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Rows of {@code file} (relative path) at {@code line}, in table order. */
    static List<Integer> rowsAt(Table t, String file, int line) {
        return rows(t, i -> str(t, "source_file", i).equals(file) && t.intColumn("source_line").getInt(i) == line);
    }

    static String str(Table t, String col, int row) {
        return t.stringColumn(col).get(row);
    }

    static double num(Table t, String col, int row) {
        return t.doubleColumn(col).getDouble(row);
    }

    static int integer(Table t, String col, int row) {
        return t.intColumn(col).getInt(row);
    }

    static Boolean bool(Table t, String col, int row) {
        return t.booleanColumn(col).get(row);
    }

    static SourceFile file(Dataset ds, String rel) {
        return ds.files().stream().filter(f -> f.path().equals(rel)).findFirst()
                .orElseThrow(() -> new AssertionError("no file " + rel));
    }

    /** Files whose name matches the regex, by relative path. */
    static Map<String, SourceFile> filesNamed(Dataset ds, String nameRegex) {
        return ds.files().stream()
                .filter(f -> f.path().substring(f.path().lastIndexOf('/') + 1).matches(nameRegex))
                .collect(Collectors.toMap(SourceFile::path, f -> f));
    }

    /** Warnings and errors of a file, formatted, for readable assertion failures. */
    static List<String> problems(SourceFile f) {
        return f.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).map(Diagnostic::format)
                .toList();
    }

    static long rowsWithFormat(Dataset ds, CanonicalTable table, String format) {
        Table t = ds.table(table);
        return rows(t, i -> str(t, "format", i).equals(format)).size();
    }
}
