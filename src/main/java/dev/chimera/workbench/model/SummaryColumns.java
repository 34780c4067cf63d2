package dev.chimera.workbench.model;

import static dev.chimera.workbench.model.ColumnType.DOUBLE;
import static dev.chimera.workbench.model.ColumnType.INT;
import static dev.chimera.workbench.model.ColumnType.STRING;

import java.util.List;

/**
 * Canonical columns of the {@code summaries} table: a producer's own aggregates, one statistic per row, kept
 * apart from raw data so they are never mistaken for samples.
 */
public final class SummaryColumns {
    public static final String SOURCE_FILE = "source_file";
    public static final String SOURCE_LINE = "source_line";
    public static final String FORMAT = "format";
    public static final String BACKEND = "backend";
    public static final String MODEL = "model";
    public static final String SCENARIO = "scenario";
    public static final String MODE = "mode";
    public static final String METRIC = "metric";
    public static final String STATISTIC = "statistic";
    public static final String VALUE = "value";
    public static final String UNIT = "unit";
    public static final String POPULATION = "population";
    public static final String RUN_LABEL = "run_label";
    public static final String NATIVE_KEY = "native_key";
    public static final String PCTL_METHOD = "pctl_method";
    public static final String STD_KIND = "std_kind";

    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef(SOURCE_FILE, STRING, "", "file the statistic came from"),
            new ColumnDef(SOURCE_LINE, INT, "", "1-based line in that file"),
            new ColumnDef(FORMAT, STRING, "", "detected format id"),
            new ColumnDef(BACKEND, STRING, "", "backend the statistic is about"),
            new ColumnDef(MODEL, STRING, "", "model the statistic is about"),
            new ColumnDef(SCENARIO, STRING, "", "scenario the statistic is about"),
            new ColumnDef(MODE, STRING, "", "mode the statistic is about"),
            new ColumnDef(METRIC, STRING, "", "what was measured (latency_ms, throughput_tok_s, idle_power ...)"),
            new ColumnDef(STATISTIC, STRING, "", "mean, median, std, min, max, p95, count, value ..."),
            new ColumnDef(VALUE, DOUBLE, "", "the number"),
            new ColumnDef(UNIT, STRING, "", "its unit"),
            new ColumnDef(POPULATION, STRING, "", "what it was computed over (ok runs, per-run means ...), when known"),
            new ColumnDef(RUN_LABEL, STRING, "", "the tool's run / sweep-cell label the statistic belongs to"),
            new ColumnDef(NATIVE_KEY, STRING, "", "the key or column the tool wrote the value under"),
            new ColumnDef(PCTL_METHOD, STRING, "", "percentile method the tool used: linear, nearest_rank, weighted_cdf ..."),
            new ColumnDef(STD_KIND, STRING, "", "standard deviation kind: population (ddof 0) or sample (ddof 1)"));

    private SummaryColumns() {
    }
}
