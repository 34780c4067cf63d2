package dev.chimera.workbench.ingest.peer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** Lookups used by the peer-reader tests. */
public final class PeerTables {
    private PeerTables() {
    }

    /** The only row whose string columns equal the given name/value pairs. */
    public static int onlyRow(Table t, String... columnValuePairs) {
        List<Integer> hits = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            boolean match = true;
            for (int i = 0; i < columnValuePairs.length; i += 2) {
                if (!t.stringColumn(columnValuePairs[i]).get(r).equals(columnValuePairs[i + 1])) {
                    match = false;
                    break;
                }
            }
            if (match) {
                hits.add(r);
            }
        }
        assertThat(hits).as("rows matching %s", List.of(columnValuePairs)).hasSize(1);
        return hits.get(0);
    }

    /** Number of rows whose string columns equal the given pairs. */
    public static int countRows(Table t, String... columnValuePairs) {
        int n = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            boolean match = true;
            for (int i = 0; i < columnValuePairs.length; i += 2) {
                if (!t.stringColumn(columnValuePairs[i]).get(r).equals(columnValuePairs[i + 1])) {
                    match = false;
                    break;
                }
            }
            n += match ? 1 : 0;
        }
        return n;
    }

    public static SourceFile file(Dataset ds, String nameEnd) {
        return ds.files().stream().filter(f -> f.path().endsWith(nameEnd)).findFirst()
                .orElseThrow(() -> new AssertionError("no file ending " + nameEnd + " in " + ds.files()));
    }

    public static List<String> messages(SourceFile f, Severity s) {
        return f.diagnostics().stream().filter(d -> d.severity() == s).map(Diagnostic::message).toList();
    }

    /** The value of a summaries row as a double. */
    public static double value(Table t, int row) {
        return t.doubleColumn("value").getDouble(row);
    }
}
