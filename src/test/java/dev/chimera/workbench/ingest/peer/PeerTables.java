package dev.chimera.workbench.ingest.peer;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import tech.tablesaw.api.Table;

/** Lookups over loaded tables for the peer-format reader tests. */
public final class PeerTables {
    private PeerTables() {
    }

    public static SourceFile file(Dataset ds, String rel) {
        return ds.files().stream().filter(f -> f.path().equals(rel)).findFirst()
                .orElseThrow(() -> new AssertionError("no file " + rel + " in " + ds.files().stream()
                        .map(SourceFile::path).toList()));
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
