package dev.chimera.workbench.ingest.tr;

import dev.chimera.workbench.ingest.CsvSupport;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TR118 {@code processed/latency_summary_<mode>.csv} and TR119 {@code processed/latency_summary_cost.csv}: the
 * harness's own per backend×scenario(×mode) statistics, one {@code summaries} row per numeric cell. The
 * latency statistics are over per-run means of ok runs (tr-formats §2.0), not over samples.
 */
final class LatencySummaryCsvReader implements FormatReader {
    static final String TR118_ID = "tr118.latency_summary.csv";
    static final String TR119_ID = "tr119.latency_summary_cost.csv";
    static final String PER_RUN_MEANS = "per-run means, ok runs";
    private static final String ALL_RUNS = "all runs";
    private static final String TELEMETRY = "means of per-run resource_metrics, ok runs";
    private static final Pattern MODE_IN_NAME = Pattern.compile("latency_summary_(prefill|generate)\\.csv");
    private static final String[] REQUIRED = {"backend", "scenario", "degraded_rate", "mean", "median", "std",
        "ci_lower", "ci_upper", "n"};

    /** column → {metric, statistic, unit, population}. */
    private static final Map<String, String[]> COLUMNS = new LinkedHashMap<>();

    static {
        for (String stat : new String[] {"mean", "median", "std", "min", "max", "q25", "q75", "ci_lower",
            "ci_upper"}) {
            map(stat, "latency_ms", stat, "ms", PER_RUN_MEANS);
        }
        map("n", "latency_ms", "n", "", PER_RUN_MEANS);
        map("throughput_mean_tok_s", "throughput_tok_s", "mean", "tokens/s", PER_RUN_MEANS);
        map("throughput_median_tok_s", "throughput_tok_s", "median", "tokens/s", PER_RUN_MEANS);
        // TR118's ttft is the first generate step; named like the raw rows' first_step_ms extra.
        map("ttft_mean_ms", "first_step_ms", "mean", "ms", PER_RUN_MEANS);
        map("ttft_median_ms", "first_step_ms", "median", "ms", PER_RUN_MEANS);
        map("warmup_mean_latency_ms", "warmup_latency_ms", "mean", "ms", PER_RUN_MEANS);
        map("warmup_median_latency_ms", "warmup_latency_ms", "median", "ms", PER_RUN_MEANS);
        map("degraded_rate", "degraded_rate", "value", "fraction", ALL_RUNS);
        map("n_total", "runs", "total", "runs", ALL_RUNS);
        map("n_ok", "runs", "ok", "runs", ALL_RUNS);
        map("n_degraded", "runs", "degraded", "runs", ALL_RUNS);
        map("gpu_power_mean_watts", "gpu_power_w", "mean", "W", TELEMETRY);
        map("gpu_memory_mean_mb", "gpu_memory_mib", "mean", "MiB", TELEMETRY);
        map("gpu_temperature_mean_c", "gpu_temperature_c", "mean", "°C", TELEMETRY);
        map("cpu_power_mean_watts", "cpu_power_w", "mean", "W", TELEMETRY);
        map("cpu_utilization_mean_pct", "cpu_utilization_pct", "mean", "%", TELEMETRY);
    }

    private static void map(String column, String metric, String stat, String unit, String population) {
        COLUMNS.put(column, new String[] {metric, stat, unit, population});
    }

    private final boolean tr119;

    private LatencySummaryCsvReader(boolean tr119) {
        this.tr119 = tr119;
    }

    static LatencySummaryCsvReader tr118() {
        return new LatencySummaryCsvReader(false);
    }

    static LatencySummaryCsvReader tr119() {
        return new LatencySummaryCsvReader(true);
    }

    @Override
    public String id() {
        return tr119 ? TR119_ID : TR118_ID;
    }

    @Override
    public String displayName() {
        return tr119 ? "TR119 latency/cost summary (CSV)" : "TR118 latency summary (CSV)";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        if (probe.looksBinary() || !probe.headerHas(REQUIRED)) {
            return 0;
        }
        // TR119 summarises both modes in one file, so it has a mode column; TR118 has one file per mode.
        if (probe.headerHas("mode") != tr119) {
            return 0;
        }
        boolean named = tr119 ? probe.lowerName().equals("latency_summary_cost.csv")
                : probe.lowerName().startsWith("latency_summary_");
        return named ? 88 : 80;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        String fileMode = null;
        String model = null;
        if (!tr119) {
            Matcher m = MODE_IN_NAME.matcher(ctx.probe().lowerName());
            fileMode = m.matches() ? m.group(1) : "";
            if (fileMode.isEmpty()) {
                ctx.diagnostics().info("mode not in the file name (latency_summary_<mode>.csv); mode left empty");
            }
            model = Tr118ModelLocator.locate(ctx, fileMode);
        }
        String mode = fileMode;
        String rowModel = model;
        long records = CsvSupport.forEachRow(ctx, row -> {
            String backend = row.get("backend");
            String scenario = row.get("scenario");
            String rowMode = tr119 ? row.get("mode") : mode;
            for (String col : row.header()) {
                if (col.equals("backend") || col.equals("scenario") || col.equals("mode")) {
                    continue;
                }
                double v = row.numberChecked(ctx, col);
                String[] m = COLUMNS.getOrDefault(col, new String[] {col, "value", "", ""});
                ctx.summary(row.line(), backend, rowModel, scenario, rowMode, m[0], m[1], v, m[2], m[3]);
            }
        });
        ctx.addRecords(records);
    }
}
