package dev.chimera.workbench.ingest.peer.aiperf;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FolderIndex;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.SummaryRow;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AIPerf {@code profile_export_aiperf.csv} (§3.4): blocks separated by blank rows — request metrics
 * ({@code Metric,avg,min,max[,sum],p1,...,p99,std}), system metrics ({@code Metric,Value}) and, in newer builds,
 * GPU telemetry ({@code Endpoint,GPU_Index,GPU_Name,GPU_UUID,Metric,<stats>}). Values are rounded to 2 decimals,
 * so when the JSON export sits beside it the JSON's rows are the ones kept.
 */
final class AiperfProfileCsvReader implements FormatReader {

    @Override
    public String id() {
        return "aiperf.profile.csv";
    }

    @Override
    public String displayName() {
        return "AIPerf profile statistics (CSV)";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        List<String> h = probe.csvHeader();
        boolean named = probe.lowerName().endsWith("_aiperf.csv");
        if (h.size() > 5 && h.get(0).equals("Metric") && h.get(1).equals("avg") && h.get(2).equals("min")
                && h.get(3).equals("max") && (h.get(4).equals("p1") || h.get(4).equals("sum"))) {
            return named ? 93 : 88;
        }
        boolean otherBlock = h.equals(List.of("Metric", "Value"))
                || h.size() > 5 && h.get(0).equals("Endpoint") && h.get(1).equals("GPU_Index");
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
        PerfConfig cfg = PerfConfig.ofSibling(ctx.path(), AiperfProfileJsonReader.FILE_NAME).orFolder(folder);
        String variant = "v0.1.x (no sum column)";
        boolean telemetry = false;
        long records = 0;
        for (CsvBlocks.Block block : blocks) {
            List<String> h = block.header();
            SummaryRow row = ctx.stats(block.headerLine()).group(cfg.backend(), cfg.model(), null, null)
                    .runLabel(folder.label()).pctlMethod("linear").stdKind("population");
            if (h.size() > 2 && h.get(0).equals("Metric") && h.get(1).equals("avg")) {
                variant = h.contains("sum") ? "newer (sum column)" : variant;
                records += requestBlock(block, row, 1);
            } else if (h.equals(List.of("Metric", "Value"))) {
                records += requestBlock(block, row, 1);
            } else if (h.size() > 5 && h.get(0).equals("Endpoint") && block.column("Metric") > 0) {
                telemetry = true;
                row.stdKind("sample");
                records += telemetryBlock(block, row);
            } else {
                ctx.diagnostics().warning(block.headerLine(), 1, "table with header '" + String.join(",", h)
                        + "' not recognised; skipped");
            }
        }
        ctx.addRecords(records);
        ctx.diagnostics().info("variant: AIPerf CSV export, " + variant + (telemetry ? ", GPU telemetry table" : ""));
    }

    /** Rows "<Header> (<unit>)",stat... — statistics from column {@code firstStat} on. */
    private static int requestBlock(CsvBlocks.Block block, SummaryRow row, int firstStat) {
        List<String> h = block.header();
        for (CsvBlocks.Row r : block.rows()) {
            String[] nu = PerfUnits.nameAndUnit(r.cell(0));
            String tag = MetricNames.tagOfDisplay(nu[0]);
            String unit = nu[1].isEmpty() && tag.endsWith("count") ? "count" : nu[1];
            Map<String, Double> stats = new LinkedHashMap<>();
            for (int i = firstStat; i < h.size(); i++) {
                stats.put(h.get(i), PerfUnits.number(r.cell(i)));
            }
            String population = MetricNames.isErrorMetric(tag) ? "errored"
                    : tag.equals("benchmark_duration") ? "all" : "ok";
            row.line(r.line());
            StatBlock.emit(row, MetricNames.request(tag, AiperfProfileJsonReader.TOOL), unit, stats, population,
                    r.cell(0));
        }
        return block.rows().size();
    }

    private static int telemetryBlock(CsvBlocks.Block block, SummaryRow row) {
        List<String> h = block.header();
        int metric = block.column("Metric");
        int index = block.column("GPU_Index");
        for (CsvBlocks.Row r : block.rows()) {
            String[] nu = PerfUnits.nameAndUnit(r.cell(metric));
            Map<String, Double> stats = new LinkedHashMap<>();
            for (int i = metric + 1; i < h.size(); i++) {
                if (MetricNames.statistic(h.get(i)) != null) {
                    stats.put(h.get(i), PerfUnits.number(r.cell(i)));
                }
            }
            row.line(r.line());
            StatBlock.emit(row, MetricNames.telemetry(MetricNames.tagOfDisplay(nu[0]), AiperfProfileJsonReader.TOOL),
                    nu[1], stats, "gpu:" + r.cell(index), r.cell(metric));
        }
        return block.rows().size();
    }
}
