package dev.chimera.workbench.analysis.scaling;

import dev.chimera.workbench.analysis.SampleExtractor;
import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * The per-model points of every backend × mode series of a runs table: samples selected and grouped the way
 * {@code summarize} does ({@link SampleExtractor}), split by scenario, aggregated per model. Models without a
 * known size are left out of the series and listed in {@link #unknownSizes()}.
 *
 * @param series       backend × mode → points sorted by params
 * @param sizes        every model's resolved size
 * @param unknownSizes models that have samples but no known size
 * @param notes        e.g. a model whose samples come from several raw files (re-runs are pooled)
 */
public record ScalingData(Map<SeriesKey, List<ModelPoint>> series, Map<String, ModelSize> sizes,
                          List<String> unknownSizes, List<String> notes, ScalingOptions options) {

    public static ScalingData collect(Table runs, ScalingOptions options) {
        Map<String, ModelSize> sizes = ModelSizeResolver.resolve(runs, options.registry());
        List<SampleExtractor.Group> groups = SampleExtractor.extract(runs, options.metric().column(),
                List.of(RunColumns.BACKEND, RunColumns.MODE, RunColumns.MODEL, RunColumns.SCENARIO),
                options.filter());
        // series → model → scenario samples
        Map<SeriesKey, Map<String, List<double[]>>> bySeries = new LinkedHashMap<>();
        Map<String, Set<String>> filesByModel = new LinkedHashMap<>();
        for (SampleExtractor.Group g : groups) {
            if (g.values().length == 0) {
                continue;
            }
            SeriesKey key = new SeriesKey(g.key().get(RunColumns.BACKEND), g.key().get(RunColumns.MODE));
            bySeries.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(g.key().get(RunColumns.MODEL), k -> new ArrayList<>()).add(g.values());
            Set<String> files = filesByModel.computeIfAbsent(key.mode() + " / " + g.key().get(RunColumns.MODEL),
                    k -> new java.util.TreeSet<>());
            files.addAll(java.util.Arrays.asList(g.sourceFiles()));
        }
        Map<SeriesKey, List<ModelPoint>> series = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (Map.Entry<SeriesKey, Map<String, List<double[]>>> s : bySeries.entrySet()) {
            List<ModelPoint> points = new ArrayList<>();
            for (Map.Entry<String, List<double[]>> m : s.getValue().entrySet()) {
                ModelSize size = sizes.get(m.getKey());
                if (size == null || !size.known()) {
                    unknown.add(m.getKey());
                    continue;
                }
                double v = options.metric().transform().applyAsDouble(options.aggregation().of(m.getValue()));
                if (!Double.isFinite(v) || v <= 0) {
                    continue; // a power law needs positive values
                }
                int n = m.getValue().stream().mapToInt(a -> a.length).sum();
                points.add(new ModelPoint(m.getKey(), size.params(), size.nLayer(), v, n, m.getValue().size(),
                        size.source()));
            }
            points.sort(Comparator.comparingDouble(ModelPoint::params));
            if (!points.isEmpty()) {
                series.put(s.getKey(), Collections.unmodifiableList(points));
            }
        }
        List<String> notes = new ArrayList<>();
        filesByModel.forEach((k, files) -> {
            if (files.size() > 1) {
                notes.add(k + ": samples pooled from " + files.size() + " files (re-runs or several runs): "
                        + String.join(", ", files));
            }
        });
        return new ScalingData(Collections.unmodifiableMap(series), sizes, List.copyOf(unknown), List.copyOf(notes),
                options);
    }

    public List<ModelPoint> points(String backend, String mode) {
        return series.getOrDefault(new SeriesKey(backend, mode), List.of());
    }
}
