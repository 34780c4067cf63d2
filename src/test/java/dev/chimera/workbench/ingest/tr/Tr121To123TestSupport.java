package dev.chimera.workbench.ingest.tr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** Small helpers shared by the TR121–TR123 reader tests. */
final class Tr121To123TestSupport {
    private Tr121To123TestSupport() {
    }

    static SourceFile file(Dataset ds, String relativePath) {
        return ds.files().stream().filter(f -> f.path().equals(relativePath)).findFirst()
                .orElseThrow(() -> new AssertionError("no file " + relativePath + " in " + ds.files()));
    }

    /** Row indices of {@code table} whose source_file and source_line match. */
    static List<Integer> rowsAt(Dataset ds, CanonicalTable table, String file, int line) {
        Table t = ds.table(table);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.stringColumn("source_file").get(i).equals(file) && t.intColumn("source_line").getInt(i) == line) {
                out.add(i);
            }
        }
        return out;
    }

    static int onlyRowAt(Dataset ds, CanonicalTable table, String file, int line) {
        List<Integer> rows = rowsAt(ds, table, file, line);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static List<String> messages(SourceFile f) {
        return f.diagnostics().stream().map(Diagnostic::format).toList();
    }
}
