package dev.chimera.workbench.analysis;

import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * TR121's warmup effect: per backend × model × scenario × mode, the median of the warmup rows
 * ({@code is_warmup} true) over the median of the measured rows ({@code is_warmup} false), both over ok rows
 * of the metric (TR121 uses {@code latency_ms}). Cells with only one side are kept (an outer join, as the
 * harness does); rows without a warmup flag are in neither side. Sorted by backend, mode, scenario, model.
 */
public record WarmupRatioGrid(String metric, double alertRatio, List<WarmupRatioCell> cells, String note) {

    /** TR121's alert level. */
    public static final double DEFAULT_ALERT_RATIO = 10.0;

    public WarmupRatioGrid {
        cells = List.copyOf(cells);
        note = note == null ? "" : note;
    }

    public static WarmupRatioGrid of(Table runs, String metric) {
        return of(runs, metric, DEFAULT_ALERT_RATIO);
    }

    public static WarmupRatioGrid of(Table runs, String metric, double alertRatio) {
        Column<?> warm = runs.columnNames().contains(RunColumns.IS_WARMUP) ? runs.column(RunColumns.IS_WARMUP)
                : null;
        if (warm == null || !runs.columnNames().contains(metric)) {
            return new WarmupRatioGrid(metric, alertRatio, List.of(), "no is_warmup or " + metric + " column");
        }
        NumericColumn<?> value = (NumericColumn<?>) runs.column(metric);
        Column<?> status = col(runs, RunColumns.STATUS);
        List<Column<?>> keys = List.of(col(runs, RunColumns.BACKEND), col(runs, RunColumns.MODEL),
                col(runs, RunColumns.SCENARIO), col(runs, RunColumns.MODE));
        Map<List<String>, DoubleList[]> cells = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(3)).thenComparing(k -> k.get(2)).thenComparing(k -> k.get(1)));
        boolean anyWarmup = false;
        for (int row = 0; row < runs.rowCount(); row++) {
            if (warm.isMissing(row) || (status != null && !SampleFilter.isOk(status.getString(row)))) {
                continue;
            }
            boolean isWarm = "true".equals(warm.getString(row));
            anyWarmup |= isWarm;
            List<String> key = new ArrayList<>(4);
            for (Column<?> c : keys) {
                key.add(c == null ? "" : Summarizer.cell(c, row));
            }
            DoubleList[] sides = cells.computeIfAbsent(key, k -> new DoubleList[] {new DoubleList(), new DoubleList()});
            double v = value.getDouble(row);
            if (!Double.isNaN(v)) {
                sides[isWarm ? 0 : 1].add(v);
            }
        }
        if (!anyWarmup) {
            return new WarmupRatioGrid(metric, alertRatio, List.of(), "no ok rows flagged is_warmup (warmups not recorded)");
        }
        List<WarmupRatioCell> out = new ArrayList<>();
        cells.forEach((k, sides) -> {
            double[] w = sides[0].toArray();
            double[] m = sides[1].toArray();
            double wm = w.length == 0 ? Double.NaN : Stats.percentile(w, 50, PercentileMethod.LINEAR);
            double mm = m.length == 0 ? Double.NaN : Stats.percentile(m, 50, PercentileMethod.LINEAR);
            double ratio = wm / mm;
            out.add(new WarmupRatioCell(k.get(0), k.get(1), k.get(2), k.get(3), w.length, wm, m.length, mm, ratio,
                    wm - mm, ratio > alertRatio));
        });
        return new WarmupRatioGrid(metric, alertRatio, out, "");
    }

    public List<WarmupRatioCell> alerts() {
        return cells.stream().filter(WarmupRatioCell::alert).toList();
    }

    private static Column<?> col(Table t, String name) {
        return t.columnNames().contains(name) ? t.column(name) : null;
    }
}
