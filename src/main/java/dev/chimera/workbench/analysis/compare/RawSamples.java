package dev.chimera.workbench.analysis.compare;

import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.analysis.Stats;
import dev.chimera.workbench.model.RunColumns;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The raw rows behind one tool aggregate, as sorted sample arrays per way of selecting them (cached). */
final class RawSamples {
    private final Table runs;
    private final int[] rows;
    private final NumericColumn<?> values;
    private final String column;
    private final Column<?> itlValues;
    private final Map<Hypothesis.SampleKey, double[]> cache = new HashMap<>();

    RawSamples(Table runs, int[] rows, String column) {
        this.runs = runs;
        this.rows = rows;
        this.values = (NumericColumn<?>) runs.column(column);
        this.column = column;
        this.itlValues = column.equals(RunColumns.ITL_MS) && runs.columnNames().contains(RunColumns.ITL_VALUES_MS)
                ? runs.column(RunColumns.ITL_VALUES_MS) : null;
    }

    String column() {
        return column;
    }

    boolean hasPooledItl() {
        if (itlValues == null) {
            return false;
        }
        for (int r : rows) {
            if (!itlValues.getString(r).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    double[] sorted(Hypothesis.SampleKey key) {
        return cache.computeIfAbsent(key, this::compute);
    }

    private double[] compute(Hypothesis.SampleKey key) {
        Column<?> status = col(RunColumns.STATUS);
        Column<?> warm = col(RunColumns.IS_WARMUP);
        Column<?> runId = col(RunColumns.RUN_ID);
        Map<String, double[]> perRun = new LinkedHashMap<>(); // sum, count
        double[] out = new double[16];
        int k = 0;
        for (int r : rows) {
            if (!key.includeFailed() && status != null && !SampleFilter.isOk(status.getString(r))) {
                continue;
            }
            if (key.excludeWarmup() && warm != null && "true".equals(warm.getString(r))) {
                continue;
            }
            double[] vals = valuesOf(r, key.itlPerRequest());
            if (vals.length == 0 && key.zeroFilled() && status != null && !SampleFilter.isOk(status.getString(r))) {
                vals = new double[] {0.0}; // GuideLLM writes 0 for what a failed request never had
            }
            for (double v : vals) {
                if (key.perRunMeans()) {
                    String id = runId == null ? "" : runId.getString(r);
                    double[] acc = perRun.computeIfAbsent(id, x -> new double[2]);
                    acc[0] += v;
                    acc[1]++;
                } else {
                    if (k == out.length) {
                        out = Arrays.copyOf(out, k * 2);
                    }
                    out[k++] = v;
                }
            }
        }
        if (key.perRunMeans()) {
            double[] means = perRun.values().stream().mapToDouble(a -> a[0] / a[1]).toArray();
            return Stats.sortedFinite(means);
        }
        return Stats.sortedFinite(Arrays.copyOf(out, k));
    }

    private double[] valuesOf(int row, boolean perRequestItl) {
        if (itlValues != null && !perRequestItl) {
            String list = itlValues.getString(row);
            if (!list.isEmpty()) {
                return Arrays.stream(list.split(";")).mapToDouble(s -> {
                    try {
                        return Double.parseDouble(s.trim());
                    } catch (NumberFormatException e) {
                        return Double.NaN;
                    }
                }).toArray();
            }
        }
        double v = values.getDouble(row);
        return Double.isNaN(v) ? new double[0] : new double[] {v};
    }

    private Column<?> col(String name) {
        return runs.columnNames().contains(name) ? runs.column(name) : null;
    }

    static List<String> groupColumns() {
        return List.of(RunColumns.BACKEND, RunColumns.MODEL, RunColumns.SCENARIO, RunColumns.MODE,
                RunColumns.RUN_LABEL);
    }
}
