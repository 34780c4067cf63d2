package dev.chimera.workbench.ingest.peer.genaiperf;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.SummaryRow;
import dev.chimera.workbench.ingest.peer.aiperf.CsvBlocks;
import dev.chimera.workbench.ingest.peer.aiperf.MetricNames;
import dev.chimera.workbench.ingest.peer.aiperf.PerfUnits;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GenAI-Perf {@code analyze_export_genai_perf.csv} (§4.5): a sweep summary, one row per scenario
 * ({@code Config Name} = {@code <model>_run_config_<k>}), a performance table and a GPU table separated by a
 * blank row. Column headers are read generically: a {@code pNN} / {@code Avg.} prefix gives the statistic, a
 * {@code (unit)} suffix the unit; plain columns (Concurrency, ISL ...) are scenario parameters (statistic value).
 */
final class GenaiPerfAnalyzeCsvReader implements FormatReader {
    private static final Pattern PREFIX = Pattern.compile(
            "^(p\\d+(?:\\.\\d+)?|Avg\\.?|Min\\.?|Max\\.?|Std\\.?)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RUN_CONFIG = Pattern.compile("^(.+)_run_config_\\d+$");

    @Override
    public String id() {
        return "genai-perf.analyze.csv";
    }

    @Override
    public String displayName() {
        return "GenAI-Perf analyze sweep summary (CSV)";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        List<String> h = probe.csvHeader();
        if (h.size() < 3 || !h.get(0).equals("Config Name")) {
            return 0;
        }
        return probe.lowerName().startsWith("analyze_export") ? 92 : 88;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        List<CsvBlocks.Block> blocks = CsvBlocks.read(ctx);
        long records = 0;
        boolean gpuTable = false;
        for (CsvBlocks.Block block : blocks) {
            if (!block.first().equals("Config Name")) {
                ctx.diagnostics().warning(block.headerLine(), 1, "table with header '"
                        + String.join(",", block.header()) + "' not recognised; skipped");
                continue;
            }
            int gpuCol = block.column("GPU");
            gpuTable |= gpuCol > 0;
            for (CsvBlocks.Row r : block.rows()) {
                records++;
                row(ctx, block.header(), r, gpuCol);
            }
        }
        ctx.addRecords(records);
        ctx.diagnostics().info("variant: GenAI-Perf analyze export, " + blocks.size() + " table(s)"
                + (gpuTable ? " incl. GPU table" : ""));
    }

    private static void row(ReadContext ctx, List<String> header, CsvBlocks.Row r, int gpuCol) {
        String config = r.cell(0);
        Matcher m = RUN_CONFIG.matcher(config);
        SummaryRow row = ctx.stats(r.line()).group(null, m.matches() ? m.group(1) : null, null, null)
                .runLabel(config).pctlMethod("linear").stdKind("population");
        String population = gpuCol > 0 ? "gpu:" + stripGpu(r.cell(gpuCol)) : "ok";
        for (int i = 1; i < header.size(); i++) {
            if (i == gpuCol) {
                continue;
            }
            String col = header.get(i);
            Matcher p = PREFIX.matcher(col);
            String stat = p.matches() ? MetricNames.statistic(p.group(1).replaceAll("\\.$", "")) : "value";
            String[] nu = PerfUnits.nameAndUnit(p.matches() ? p.group(2) : col);
            String tag = MetricNames.tagOfDisplay(nu[0]);
            String metric = gpuCol > 0 ? MetricNames.telemetry(tag, GenaiPerfReaders.TOOL) : parameterOrMetric(tag);
            String unit = !nu[1].isEmpty() ? nu[1] : tag.equals("isl") ? "tokens" : tag.equals("request_rate")
                    ? "requests/sec" : "";
            PerfUnits.Scale scale = PerfUnits.scale(unit, metric);
            row.metric(metric, scale.unit()).population(population).nativeKey(col)
                    .add(stat == null ? "value" : stat, scale.apply(PerfUnits.number(r.cell(i))));
        }
    }

    private static String parameterOrMetric(String tag) {
        return switch (tag) {
            case "concurrency" -> "concurrency";
            case "isl" -> "x.genai-perf.isl";
            default -> MetricNames.request(tag, GenaiPerfReaders.TOOL);
        };
    }

    private static String stripGpu(String cell) {
        String t = cell.trim().toLowerCase(Locale.ROOT);
        return t.startsWith("gpu") ? t.substring(3) : t;
    }
}
