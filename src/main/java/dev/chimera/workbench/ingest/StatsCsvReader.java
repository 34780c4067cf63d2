package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A harness's own wide statistics CSV (TR120 {@code summary_overall.csv}, {@code cold_start_by_file.csv}, TR121
 * {@code analysis/*.csv}, perplexity results ...) turned into long-form {@code summaries} rows: one row per
 * numeric cell, with the statistic parsed from the column name ({@code latency_p95_ms} → metric
 * {@code latency_ms}, statistic {@code p95}). Text columns identify the group.
 */
final class StatsCsvReader implements FormatReader {
    private static final Set<String> STATS = Set.of("mean", "median", "std", "min", "max", "n", "count",
            "geomean", "q25", "q75", "iqr", "sum");
    private static final Set<String> KNOWN_NAMES = Set.of("summary_overall.csv", "summary_by_quantization.csv",
            "summary_by_scenario_quantization.csv", "cold_start_by_file.csv", "cold_start_effect_overall.csv",
            "cold_start_effect_by_scenario_backend.csv", "summary_by_model_backend_mode.csv",
            "summary_by_model_backend_mode_agg.csv", "scaling_fits.csv", "scaling_fits_length_limited.csv",
            "warmup_effect.csv", "ollama_warmup_breakdown.csv", "ollama_early_stop_summary.csv",
            "ollama_decode_linearity.csv", "ollama_decode_projection_error.csv", "cuda_event_gap_summary.csv",
            "overhead_compute_fits.csv", "hf_model_architecture.csv", "hf_architecture_correlations.csv",
            "hf_multivariate_fits.csv", "perplexity_results.csv", "hf_load_ms.csv", "decode_sweep_summary.csv",
            "decode_fraction_by_model.csv", "decode_fraction_summary.csv", "summary_stats.csv",
            "cost_per_measurement.csv", "cost_table_all_tiers.csv", "improvement_ratios.csv",
            "kv_memory_theoretical.csv", "kv_memory_empirical.csv", "kv_crossover_points.csv");

    @Override
    public String id() {
        return "tr.stats.csv";
    }

    @Override
    public String displayName() {
        return "TR analysis table (CSV)";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        return KNOWN_NAMES.contains(probe.lowerName()) && !probe.looksBinary() ? 35 : 0;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        String[] groupCols = {"backend", "model", "scenario", "mode"};
        long records = CsvSupport.forEachRow(ctx, row -> {
            List<String> header = row.header();
            List<String> extraGroup = new ArrayList<>();
            for (String col : header) {
                String v = row.get(col);
                if (!isGroupColumn(col) && !ValueParsers.isMissingToken(v) && Double.isNaN(row.number(col))
                        && ValueParsers.parseBooleanOrNull(v) == null && !col.equals("path")) {
                    extraGroup.add(col + "=" + v);
                }
            }
            String scenario = row.get(groupCols[2]);
            if (!extraGroup.isEmpty() && extraGroup.size() <= 3) {
                String extra = String.join(",", extraGroup);
                scenario = scenario == null || scenario.isEmpty() ? extra : scenario + " [" + extra + "]";
            }
            for (String col : header) {
                if (isGroupColumn(col)) {
                    continue;
                }
                double v = row.number(col);
                if (Double.isNaN(v)) {
                    continue;
                }
                String[] ms = metricAndStatistic(col);
                ctx.summary(row.line(), row.get("backend"), model(row), scenario, row.get("mode"),
                        ms[0], ms[1], v, ms[2], "");
            }
        });
        ctx.addRecords(records);
    }

    private static String model(CsvSupport.Row row) {
        String m = row.get("model");
        return m == null ? null : ValueParsers.modelIdentity(m);
    }

    private static boolean isGroupColumn(String col) {
        return switch (col) {
            case "backend", "model", "scenario", "mode", "source_file", "source_line", "format" -> true;
            default -> false;
        };
    }

    /** Splits a column name into {metric, statistic, unit}. */
    static String[] metricAndStatistic(String column) {
        String[] parts = column.toLowerCase(Locale.ROOT).split("_");
        String stat = "value";
        List<String> metric = new ArrayList<>();
        for (String p : parts) {
            if (stat.equals("value") && (STATS.contains(p) || p.matches("p\\d+(\\.\\d+)?"))) {
                stat = p.equals("count") ? "n" : p;
            } else {
                metric.add(p);
            }
        }
        String m = metric.isEmpty() ? "latency_ms" : String.join("_", metric);
        if (m.equals("ms")) {
            m = "latency_ms";
        }
        String unit = m.endsWith("_ms") ? "ms" : m.endsWith("_tok_s") || m.endsWith("tokens_per_s") ? "tokens/s"
                : m.endsWith("_w") || m.endsWith("_watts") ? "W" : m.endsWith("_mb") ? "MiB" : "";
        if (stat.equals("n")) {
            unit = "";
        }
        return new String[] {m, stat, unit};
    }
}
