package dev.chimera.workbench.ingest.peer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
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

    public static List<Integer> rows(Table t, IntPredicate keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (keep.test(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Rows of a canonical table that came from {@code file}. */
    public static List<Integer> rowsOf(Dataset ds, CanonicalTable table, String file) {
        Table t = ds.table(table);
        return rows(t, i -> t.stringColumn("source_file").get(i).equals(file));
    }

    /** The one summaries row of {@code file} with this metric, statistic and population. */
    public static int summary(Dataset ds, String file, String metric, String statistic, String population) {
        Table t = ds.table(CanonicalTable.SUMMARIES);
        List<Integer> hits = rows(t, i -> t.stringColumn("source_file").get(i).equals(file)
                && t.stringColumn("metric").get(i).equals(metric)
                && t.stringColumn("statistic").get(i).equals(statistic)
                && t.stringColumn("population").get(i).equals(population));
        if (hits.size() != 1) {
            throw new AssertionError(hits.size() + " summaries rows for " + file + " " + metric + " " + statistic
                    + " " + population);
        }
        return hits.get(0);
    }

    public static String str(Dataset ds, CanonicalTable table, String col, int row) {
        return ds.table(table).stringColumn(col).get(row);
    }

    public static double num(Dataset ds, CanonicalTable table, String col, int row) {
        return ds.table(table).doubleColumn(col).getDouble(row);
    }

    public static int integer(Dataset ds, CanonicalTable table, String col, int row) {
        return ds.table(table).intColumn(col).getInt(row);
    }

    /** Messages of the file's info diagnostics. */
    public static List<String> infos(SourceFile f) {
        return f.diagnostics().stream().filter(d -> d.severity() == Severity.INFO).map(Diagnostic::message).toList();
    }
}
