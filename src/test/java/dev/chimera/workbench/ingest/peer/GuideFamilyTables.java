package dev.chimera.workbench.ingest.peer;

import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.CanonicalTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Lookups shared by the GuideLLM / optimum-benchmark / MLPerf reader tests. */
public final class GuideFamilyTables {
    private GuideFamilyTables() {
    }

    /** Summaries rows with this metric, statistic and population (null = any). */
    public static List<Row> summaries(Dataset ds, String metric, String statistic, String population) {
        Table t = ds.table(CanonicalTable.SUMMARIES);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            Row r = new Row(t, i); // Tablesaw's iterator reuses one Row cursor
            if (r.getString("metric").equals(metric) && r.getString("statistic").equals(statistic)
                    && (population == null || r.getString("population").equals(population))) {
                out.add(r);
            }
        }
        return out;
    }

    /** The one summaries row with this metric, statistic and population; fails when there is not exactly one. */
    public static Row summary(Dataset ds, String metric, String statistic, String population) {
        List<Row> rows = summaries(ds, metric, statistic, population);
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows for " + metric + "/" + statistic + "/" + population);
        }
        return rows.get(0);
    }

    /** Index of the runs row with this request id. */
    public static int runRow(Dataset ds, String requestId) {
        Table t = ds.table(CanonicalTable.RUNS);
        return t.stringColumn("request_id").asList().indexOf(requestId);
    }

    public static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }
}
