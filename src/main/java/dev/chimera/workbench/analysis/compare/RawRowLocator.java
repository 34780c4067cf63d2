package dev.chimera.workbench.analysis.compare;

import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.model.SummaryColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Finds the raw rows behind a tool aggregate: the file's own rows, else the rows under its folder, else —
 * climbing only out of analysis-output folders — the rows of the enclosing run folder; then narrowed to the
 * aggregate's group and population.
 */
final class RawRowLocator {
    private final Table runs;
    private final Table summaries;
    private final Map<String, List<Integer>> rowsByFile = new LinkedHashMap<>();

    RawRowLocator(Table runs, Table summaries) {
        this.runs = runs;
        this.summaries = summaries;
        Column<?> files = runs.column(RunColumns.SOURCE_FILE);
        for (int i = 0; i < runs.rowCount(); i++) {
            rowsByFile.computeIfAbsent(files.getString(i), f -> new ArrayList<>()).add(i);
        }
    }

    /** The raw rows an aggregate summarises, or null when none can be found. */
    Candidates locate(String file, int s) {
        List<Integer> own = rowsByFile.get(file);
        List<Integer> base;
        String from;
        if (own != null) {
            base = own;
            from = file;
        } else {
            String dir = parent(file);
            base = null;
            from = null;
            while (base == null) {
                List<Integer> under = rowsUnder(dir);
                if (!under.isEmpty()) {
                    base = under;
                    from = dir.isEmpty() ? "(opened folder)" : dir + "/";
                } else if (dir.isEmpty() || !ANALYSIS_FOLDERS.contains(name(dir).toLowerCase(java.util.Locale.ROOT))) {
                    // Only climb out of a harness's analysis-output folder (processed/, analysis/, aggregate/):
                    // climbing out of a run folder would pair the aggregate with a sibling run's rows.
                    return null;
                } else {
                    dir = parent(dir);
                }
            }
        }
        StringBuilder key = new StringBuilder(from);
        List<Integer> rows = base;
        for (String g : RawSamples.groupColumns()) {
            String want = str(summaries, g, s);
            if (want.isEmpty() || !runs.columnNames().contains(g)) {
                continue;
            }
            Column<?> col = runs.column(g);
            List<Integer> narrowed = rows.stream().filter(r -> want.equals(col.getString(r))).toList();
            if (narrowed.isEmpty()) {
                return null; // the aggregate is about something the raw rows do not have
            }
            rows = narrowed;
            key.append('|').append(g).append('=').append(want);
        }
        String population = str(summaries, SummaryColumns.POPULATION, s);
        String status = FAILED_POPULATIONS.get(population);
        if (status != null && runs.columnNames().contains(RunColumns.STATUS)) {
            Column<?> st = runs.column(RunColumns.STATUS);
            rows = rows.stream().filter(r -> status.equals(st.getString(r))).toList();
            key.append("|status=").append(status);
        }
        boolean sampled = false;
        if (runs.columnNames().contains(SAMPLED)) {
            Column<?> sc = runs.column(SAMPLED);
            sampled = rows.stream().anyMatch(r -> "true".equals(sc.getString(r)));
        }
        return new Candidates(rows.stream().mapToInt(Integer::intValue).toArray(), from, key.toString(),
                status != null, sampled);
    }

    /** Populations of failed requests a tool may summarise, and the status their raw rows carry. */
    private static final Map<String, String> FAILED_POPULATIONS = Map.of("errored", "error", "error", "error",
            "incomplete", "incomplete", "cancelled", "cancelled");
    /** Extra column of readers whose per-request rows are a sample of the run (GuideLLM). */
    private static final String SAMPLED = "sampled";

    private List<Integer> rowsUnder(String dir) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        List<Integer> out = new ArrayList<>();
        rowsByFile.forEach((f, rows) -> {
            if (f.startsWith(prefix)) {
                out.addAll(rows);
            }
        });
        return out;
    }

    /** Folders that hold a harness's analysis of the raw data beside (or above) them. */
    private static final java.util.Set<String> ANALYSIS_FOLDERS = java.util.Set.of("processed", "analysis",
            "aggregate", "aggregates", "summary", "summaries", "stats", "reports", "plots");

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String parent(String path) {
        int cut = path.lastIndexOf('/');
        return cut >= 0 ? path.substring(0, cut) : "";
    }

    private String str(Table t, String col, int row) {
        return AggregateComparator.str(t, col, row);
    }

    record Candidates(int[] rows, String from, String cacheKey, boolean failedOnly, boolean sampled) {

        /** The distinct raw files behind the rows, when there are 2 to 10 of them (else none). */
        List<String> files(Table runs) {
            Column<?> f = runs.column(RunColumns.SOURCE_FILE);
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (int r : rows) {
                names.add(f.getString(r));
            }
            return names.size() >= 2 && names.size() <= 10 ? List.copyOf(names) : List.of();
        }

        int[] rowsOf(Table runs, String file) {
            Column<?> f = runs.column(RunColumns.SOURCE_FILE);
            return java.util.Arrays.stream(rows).filter(r -> file.equals(f.getString(r))).toArray();
        }
    }
}
