package dev.chimera.workbench.findings;

import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.ModelPoint;
import dev.chimera.workbench.analysis.scaling.ModelSizes;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.analysis.scaling.SeriesKey;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.regime.RegimeLabel;
import dev.chimera.workbench.regime.RegimeMatrix;
import dev.chimera.workbench.regime.RegimeMatrixLoader;
import dev.chimera.workbench.regime.RegimeRow;
import dev.chimera.workbench.regime.YourRegime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Backend recommendations by size band or workload (TR118 guidance, the regime matrices' rows) against the
 * data's own winner ({@link YourRegime}) at every model size the data measured on at least two backends.
 * Only measured values count (a model within ±15 % run on the backend); fitted or extrapolated values never do.
 */
final class RegimeChecks {
    private RegimeChecks() {
    }

    static FindingResult check(DatasetScope s, Finding f) {
        List<String> recommended;
        double min = Double.NaN;
        double max = Double.NaN;
        String source;
        if (f.check().equals("regime_row")) {
            RegimeRow row = row(f.param("matrix", ""), f.param("row", ""));
            if (row == null) {
                return Evidence.noData(f, "no row \"" + f.param("row", "") + "\" in a built-in matrix \""
                        + f.param("matrix", "") + "\"");
            }
            recommended = row.backends();
            if (row.when() != null && row.when().isSizeBand()) {
                min = row.when().min();
                max = row.when().max();
            }
            source = "matrix " + f.param("matrix", "") + " row " + row.id() + " (" + row.label() + ")";
        } else {
            recommended = Arrays.stream(f.param("backends", "").split(",")).map(String::trim).toList();
            min = parse(f.param("min", ""));
            max = parse(f.param("max", ""));
            source = "recommended " + String.join(" / ", recommended);
        }
        String band = (Double.isNaN(min) ? "" : "≥ " + ModelSizes.format(min)) + (Double.isNaN(min)
                || Double.isNaN(max) ? "" : " and ") + (Double.isNaN(max) ? "" : "< " + ModelSizes.format(max));
        if (f.param("by", "").equals("cost")) {
            return CostChecks.rowByCost(s, f, recommended, source);
        }
        ScalingMetric metric = ScalingMetric.parse(f.param("metric", "tokens_per_s"));
        Table runs = runs(s, f);
        if (runs == null) {
            return Evidence.noData(f, "no run rows" + batchNote(f));
        }
        String aggregation = f.param("aggregation", "mean-of-scenario-means");
        ScalingData data = s.cached("scaling:" + metric.name() + ":" + aggregation + ":" + f.param("min_batch", ""),
                () -> ScalingData.collect(runs, ScalingOptions.defaults(metric, Aggregation.parse(aggregation))));
        // every_mode: the row is about an unknown / mixed workload, so each listed mode the data has counts
        boolean everyMode = Boolean.parseBoolean(f.param("every_mode", "false"));
        List<String> modes = everyMode ? modes(data, f.param("mode", "prefill"))
                : firstMode(data, f.param("mode", "prefill")) == null ? List.of()
                : List.of(firstMode(data, f.param("mode", "prefill")));
        if (modes.isEmpty()) {
            return Evidence.noData(f, "no " + f.param("mode", "prefill") + " runs" + batchNote(f) + " with a known "
                    + "model size (the rows name no model, or its size is neither in the data nor in the registry)");
        }
        int agree = 0;
        List<String> parts = new ArrayList<>();
        for (String mode : modes) {
            YourRegime yours = YourRegime.of(data, mode);
            for (double size : sizes(data, mode)) {
                if ((!Double.isNaN(min) && size < min) || (!Double.isNaN(max) && size >= max)) {
                    continue;
                }
                List<YourRegime.Estimate> measured = yours.at(size).estimates().stream()
                        .filter(e -> e.label() == RegimeLabel.MEASURED).toList(); // best first
                if (measured.size() < 2 || measured.stream().noneMatch(e -> recommended.contains(e.backend()))) {
                    continue;
                }
                YourRegime.Estimate win = measured.get(0);
                YourRegime.Estimate next = measured.get(1);
                boolean ok = recommended.contains(win.backend());
                agree += ok ? 1 : 0;
                parts.add((everyMode ? mode + " " : "") + ModelSizes.format(size) + " " + win.backend() + " "
                        + Evidence.fmt(win.value()) + " vs " + next.backend() + " " + Evidence.fmt(next.value())
                        + (ok ? " (agrees)" : " (disagrees)"));
            }
        }
        String mode = String.join(" + ", modes);
        if (parts.isEmpty()) {
            return Evidence.noData(f, "no model size" + (band.isEmpty() ? "" : " " + band) + " measured in " + mode
                    + " on two backends including one of " + recommended + batchNote(f));
        }
        double share = (double) agree / parts.size();
        String what = source + ": the data's " + mode + " winner by " + metric.name() + " (" + aggregation + ") at "
                + parts.size() + (everyMode ? " measured (mode, size) points" : " measured size(s)") + (band.isEmpty() ? "" : " " + band) + batchNote(f) + ": "
                + String.join("; ", parts) + " — share won by the recommendation";
        return Evidence.decide(f, share, Double.NaN, Double.NaN, parts.size(), what,
                Evidence.files(s.dataset(), CanonicalTable.RUNS), "regime");
    }

    private static Table runs(DatasetScope s, Finding f) {
        Table runs = s.dataset().table(CanonicalTable.RUNS);
        if (runs == null || runs.rowCount() == 0) {
            return null;
        }
        String minBatch = f.param("min_batch", "");
        if (minBatch.isEmpty()) {
            return runs;
        }
        if (!runs.columnNames().contains(RunColumns.BATCH_SIZE)) {
            return null;
        }
        Table t = runs.where(runs.intColumn(RunColumns.BATCH_SIZE).isGreaterThanOrEqualTo(Integer.parseInt(minBatch)));
        return t.rowCount() == 0 ? null : t;
    }

    private static String batchNote(Finding f) {
        String b = f.param("min_batch", "");
        return b.isEmpty() ? "" : " (batch ≥ " + b + ")";
    }

    /** The first of the comma-separated modes the data has. */
    private static String firstMode(ScalingData data, String modes) {
        for (String m : modes.split(",")) {
            for (SeriesKey k : data.series().keySet()) {
                if (k.mode().equals(m.trim())) {
                    return m.trim();
                }
            }
        }
        return null;
    }

    /** Every one of the comma-separated modes the data has, in the listed order. */
    private static List<String> modes(ScalingData data, String modes) {
        List<String> out = new ArrayList<>();
        for (String m : modes.split(",")) {
            if (data.series().keySet().stream().anyMatch(k -> k.mode().equals(m.trim()))) {
                out.add(m.trim());
            }
        }
        return out;
    }

    private static TreeSet<Double> sizes(ScalingData data, String mode) {
        TreeSet<Double> out = new TreeSet<>();
        for (Map.Entry<SeriesKey, List<ModelPoint>> e : data.series().entrySet()) {
            if (e.getKey().mode().equals(mode)) {
                e.getValue().forEach(p -> out.add(p.params()));
            }
        }
        return out;
    }

    private static RegimeRow row(String matrix, String id) {
        for (RegimeMatrix m : RegimeMatrixLoader.builtIns()) {
            if (m.id().equals(matrix)) {
                return m.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
            }
        }
        return null;
    }

    private static double parse(String v) {
        return v.isBlank() ? Double.NaN : ModelSizes.parse(v);
    }
}
