package dev.chimera.workbench.ingest.peer.genaiperf;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FolderIndex;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.SummaryRow;
import dev.chimera.workbench.ingest.peer.aiperf.CsvBlocks;
import dev.chimera.workbench.ingest.peer.aiperf.MetricNames;
import dev.chimera.workbench.ingest.peer.aiperf.PerfConfig;
import dev.chimera.workbench.ingest.peer.aiperf.PerfUnits;
import dev.chimera.workbench.ingest.peer.aiperf.RunFolder;
import dev.chimera.workbench.ingest.peer.aiperf.StatBlock;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GenAI-Perf {@code profile_export_genai_perf.csv} (§4.3): tables separated by blank rows — request metrics
 * ({@code Metric,avg,min,max,p99,...} with percentiles in descending order), system metrics ({@code Metric,Value}),
 * optional GPU telemetry ({@code Metric,GPU,avg,...} and {@code Metric,GPU,Value}). Numbers carry thousands
 * separators ({@code "1,234.56"}) and {@code N/A}. When the JSON export of the same stem is beside it, the
 * JSON's rows are kept.
 */
final class GenaiPerfProfileCsvReader implements FormatReader {

    @Override
    public String id() {
        return "genai-perf.profile.csv";
    }

    @Override
    public String displayName() {
        return "GenAI-Perf profile statistics (CSV)";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        List<String> h = probe.csvHeader();
        boolean named = probe.lowerName().endsWith("_genai_perf.csv") && !probe.lowerName().startsWith("analyze");
        if (h.size() > 4 && h.subList(0, 5).equals(List.of("Metric", "avg", "min", "max", "p99"))) {
            return named ? 93 : 88;
        }
        boolean otherBlock = h.equals(List.of("Metric", "Value")) || h.size() > 2 && h.get(0).equals("Metric")
                && h.get(1).equals("GPU");
        return named && otherBlock ? 80 : 0;
    }

    @Override
    public String duplicateOf(FileProbe probe, FolderIndex folder) {
        String name = probe.fileName();
        return name.endsWith(".csv") ? folder.sibling(probe.relativePath(), name.substring(0, name.length() - 4)
                + ".json") : null;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        List<CsvBlocks.Block> blocks = CsvBlocks.read(ctx);
        RunFolder folder = RunFolder.of(ctx);
        PerfConfig cfg = PerfConfig.NONE.orFolder(folder);
        String variant = "no request-metrics table";
        boolean telemetry = false;
        long records = 0;
        for (CsvBlocks.Block block : blocks) {
            List<String> h = block.header();
            SummaryRow row = ctx.stats(block.headerLine()).group(cfg.backend(), cfg.model(), null, null)
                    .runLabel(folder.label()).pctlMethod("linear").stdKind("population");
            boolean gpuTable = h.size() > 2 && h.get(0).equals("Metric") && h.get(1).equals("GPU");
            if (!h.isEmpty() && h.get(0).equals("Metric") && (h.size() > 1 && h.get(1).equals("avg")
                    || h.equals(List.of("Metric", "Value")) || gpuTable)) {
                if (h.size() > 1 && h.get(1).equals("avg")) {
                    variant = h.contains("p1") ? "2025 percentiles p99..p1" : "2024 percentiles p99..p25";
                }
                telemetry |= gpuTable;
                records += rows(block, row, gpuTable);
            } else {
                ctx.diagnostics().warning(block.headerLine(), 1, "table with header '" + String.join(",", h)
                        + "' not recognised; skipped");
            }
        }
        ctx.addRecords(records);
        ctx.diagnostics().info("variant: GenAI-Perf CSV export, " + variant
                + (telemetry ? ", GPU telemetry tables" : ""));
    }

    private static int rows(CsvBlocks.Block block, SummaryRow row, boolean gpuTable) {
        List<String> h = block.header();
        int firstStat = gpuTable ? 2 : 1;
        for (CsvBlocks.Row r : block.rows()) {
            String[] nu = PerfUnits.nameAndUnit(r.cell(0));
            String tag = MetricNames.tagOfDisplay(nu[0]);
            // 2024 wrote token metrics without a unit ("Output Sequence Length").
            String unit = !nu[1].isEmpty() ? nu[1] : tag.endsWith("sequence_length") ? "tokens"
                    : tag.endsWith("count") ? "count" : "";
            Map<String, Double> stats = new LinkedHashMap<>();
            for (int i = firstStat; i < h.size(); i++) {
                stats.put(h.get(i), PerfUnits.number(r.cell(i)));
            }
            row.line(r.line());
            if (gpuTable) {
                String gpu = r.cell(1).startsWith("gpu") ? r.cell(1).substring(3) : r.cell(1);
                StatBlock.emit(row, MetricNames.telemetry(tag, GenaiPerfReaders.TOOL), unit, stats, "gpu:" + gpu,
                        r.cell(0) + "[" + r.cell(1) + "]");
            } else {
                StatBlock.emit(row, MetricNames.request(tag, GenaiPerfReaders.TOOL), unit, stats, "ok", r.cell(0));
            }
        }
        return block.rows().size();
    }
}
