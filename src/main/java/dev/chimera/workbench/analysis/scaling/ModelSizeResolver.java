package dev.chimera.workbench.analysis.scaling;

import dev.chimera.workbench.model.RunColumns;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The size of every model in a runs table: the rows' own {@code params} (which the loader fills from the
 * folder's metadata, e.g. TR121 {@code resolved_model_params.csv}) first, else the registry by model identity,
 * else unknown — reported, never guessed from the name. Depth and width come from the registry when it knows
 * the model (no TR result file records them).
 */
public final class ModelSizeResolver {

    private ModelSizeResolver() {
    }

    public static Map<String, ModelSize> resolve(Table runs, ModelRegistry registry) {
        Map<String, Double> fromData = new LinkedHashMap<>();
        Map<String, Integer> conflicting = new LinkedHashMap<>();
        Column<?> model = runs.column(RunColumns.MODEL);
        NumericColumn<?> params = runs.columnNames().contains(RunColumns.PARAMS)
                ? (NumericColumn<?>) runs.column(RunColumns.PARAMS) : null;
        for (int row = 0; row < runs.rowCount(); row++) {
            String m = model.isMissing(row) ? "" : model.getString(row);
            if (m.isEmpty()) {
                continue;
            }
            double p = params == null ? Double.NaN : params.getDouble(row);
            fromData.putIfAbsent(m, Double.NaN);
            if (Double.isFinite(p) && p > 0) {
                double seen = fromData.get(m);
                if (Double.isNaN(seen)) {
                    fromData.put(m, p);
                } else if (Math.abs(seen - p) > 1e-9 * seen) {
                    conflicting.merge(m, 1, Integer::sum);
                }
            }
        }
        Map<String, ModelSize> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : fromData.entrySet()) {
            out.put(e.getKey(), resolveOne(e.getKey(), e.getValue(), conflicting.containsKey(e.getKey()), registry));
        }
        return out;
    }

    /** One model, given the params its rows state (NaN when none). */
    public static ModelSize resolveOne(String model, double dataParams, boolean conflicting, ModelRegistry registry) {
        Optional<ModelRegistry.Entry> entry = registry.lookup(model);
        int layers = entry.map(ModelRegistry.Entry::nLayer).orElse(0);
        int embd = entry.map(ModelRegistry.Entry::nEmbd).orElse(0);
        if (Double.isFinite(dataParams) && dataParams > 0) {
            String detail = "params from the data's metadata";
            if (conflicting) {
                detail += " (rows disagree; the first value is used)";
            }
            if (entry.isPresent() && Math.abs(entry.get().params() - dataParams) > 0.01 * dataParams) {
                detail += String.format(Locale.ROOT, "; registry says %.6g", entry.get().params());
            }
            return new ModelSize(model, dataParams, layers, embd, ModelSize.Source.DATA, detail);
        }
        if (entry.isPresent()) {
            return new ModelSize(model, entry.get().params(), layers, embd, ModelSize.Source.REGISTRY,
                    "registry entry " + entry.get().id() + ": " + entry.get().source());
        }
        return new ModelSize(model, Double.NaN, 0, 0, ModelSize.Source.UNKNOWN,
                "no params in the data and no registry entry for '" + model + "' (add one with --registry)");
    }
}
