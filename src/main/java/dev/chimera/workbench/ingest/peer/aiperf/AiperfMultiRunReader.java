package dev.chimera.workbench.ingest.peer.aiperf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FolderIndex;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.SummaryRow;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * AIPerf multi-run aggregate {@code aggregate/profile_export_aiperf_aggregate.{json,csv}} (§3.6): statistics
 * across runs of a per-run statistic ({@code time_to_first_token_p99} → mean, sample std, cv, CI ... over the
 * runs). Rows get population {@code runs}, statistic {@code runs_<agg>} and the per-run statistic in the extra
 * column {@code per_run_statistic}, so they never mix with per-request statistics. The CSV defers to the JSON.
 */
final class AiperfMultiRunReader implements FormatReader {
    private static final List<String> AGGS = List.of("mean", "std", "min", "max", "cv", "se", "ci_low", "ci_high",
            "t_critical");
    private static final String PER_RUN = "per_run_statistic";

    private final boolean json;

    AiperfMultiRunReader(boolean json) {
        this.json = json;
    }

    @Override
    public String id() {
        return json ? "aiperf.aggregate.json" : "aiperf.aggregate.csv";
    }

    @Override
    public String displayName() {
        return json ? "AIPerf multi-run aggregate (JSON)" : "AIPerf multi-run aggregate (CSV)";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        boolean named = probe.lowerName().startsWith("profile_export_aiperf_aggregate");
        if (json) {
            var keys = probe.jsonTopLevelKeys();
            boolean shape = keys.contains("metrics") && keys.contains("metadata")
                    && probe.head().contains("\"num_profile_runs\"") && probe.head().contains("\"ci_low\"");
            return shape ? (named ? 93 : 88) : 0;
        }
        List<String> h = probe.csvHeader();
        boolean shape = h.size() >= 9 && h.subList(0, 9).equals(List.of("metric", "mean", "std", "min", "max", "cv",
                "se", "ci_low", "ci_high"));
        return shape ? (named ? 93 : 88) : 0;
    }

    @Override
    public String duplicateOf(FileProbe probe, FolderIndex folder) {
        String name = probe.fileName();
        return json || !name.endsWith(".csv") ? null
                : folder.sibling(probe.relativePath(), name.substring(0, name.length() - 4) + ".json");
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        RunFolder folder = RunFolder.ofAggregate(ctx);
        PerfConfig cfg = PerfConfig.NONE.orFolder(folder);
        SummaryRow row = ctx.stats(1).group(cfg.backend(), cfg.model(), null, null).runLabel(folder.label())
                .population("runs").pctlMethod("linear").stdKind("sample");
        if (json) {
            readJson(ctx, row);
        } else {
            readCsv(ctx, row);
        }
        ctx.note("across-run statistics of " + folder.label());
    }

    private static void readJson(ReadContext ctx, SummaryRow row) throws IOException {
        JsonNode doc = JsonSupport.readDocument(ctx);
        if (doc == null || !doc.isObject()) {
            return;
        }
        ctx.addRecord();
        JsonNode meta = doc.path("metadata");
        ctx.diagnostics().info("variant: AIPerf multi-run aggregate " + AiperfProfileJsonReader.nz(
                JsonSupport.text(doc, "aiperf_version"), "(version not written)") + ", schema "
                + AiperfProfileJsonReader.nz(JsonSupport.text(doc, "schema_version"), "?") + ", aggregation "
                + AiperfProfileJsonReader.nz(JsonSupport.text(meta, "aggregation_type"), "?"));
        Iterator<Map.Entry<String, JsonNode>> it = doc.path("metrics").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode m = e.getValue();
            emit(ctx, row, e.getKey(), JsonSupport.text(m, "unit"), AGGS.stream()
                    .mapToDouble(a -> JsonSupport.number(m, a)).toArray());
        }
        runCounts(row, JsonSupport.number(meta, "num_profile_runs"), JsonSupport.number(meta, "num_successful_runs"));
        JsonNode failed = meta.path("failed_runs");
        if (failed.isArray() && !failed.isEmpty()) {
            ctx.diagnostics().warning(0, 0, failed.size() + " profile run(s) failed and are not in the aggregate: "
                    + failed);
        }
    }

    private static void readCsv(ReadContext ctx, SummaryRow row) throws IOException {
        List<CsvBlocks.Block> blocks = CsvBlocks.read(ctx);
        long records = 0;
        double total = Double.NaN;
        double ok = Double.NaN;
        for (int bi = 0; bi < blocks.size(); bi++) {
            CsvBlocks.Block block = blocks.get(bi);
            if (bi == 0 && block.first().equals("metric")) {
                int unitCol = block.column("unit");
                for (CsvBlocks.Row r : block.rows()) {
                    double[] values = AGGS.stream().mapToDouble(a -> {
                        int c = block.column(a);
                        return c < 0 ? Double.NaN : PerfUnits.number(r.cell(c));
                    }).toArray();
                    row.line(r.line());
                    emit(ctx, row, r.cell(0), unitCol < 0 ? "" : r.cell(unitCol), values);
                    records++;
                }
                continue;
            }
            // Key/value metadata rows: the block's "header" is its first pair.
            List<List<String>> pairs = new java.util.ArrayList<>();
            pairs.add(block.header());
            block.rows().forEach(r -> pairs.add(r.cells()));
            for (List<String> p : pairs) {
                String key = p.isEmpty() ? "" : p.get(0);
                double v = p.size() > 1 ? PerfUnits.number(p.get(1)) : Double.NaN;
                total = key.equals("Total Runs") ? v : total;
                ok = key.equals("Successful Runs") ? v : ok;
            }
        }
        ctx.addRecords(records);
        ctx.diagnostics().info("variant: AIPerf multi-run aggregate CSV (" + (blocks.size() > 1
                ? "with metadata rows" : "no metadata rows") + ")");
        row.line(1);
        runCounts(row, total, ok);
    }

    /** One across-run metric: key {@code <tag>_<per-run stat>}, values in {@link #AGGS} order. */
    private static void emit(ReadContext ctx, SummaryRow row, String key, String unit, double[] values) {
        int cut = key.lastIndexOf('_');
        String stat = cut > 0 ? MetricNames.statistic(key.substring(cut + 1)) : null;
        String tag = stat == null ? key : key.substring(0, cut);
        if (stat != null && tag.endsWith("_adj")) {
            tag = tag.substring(0, tag.length() - 4);
            stat = "adj_" + stat;
        }
        String metric = MetricNames.request(tag, AiperfProfileJsonReader.TOOL);
        PerfUnits.Scale scale = PerfUnits.scale(unit, tag);
        for (int i = 0; i < AGGS.size(); i++) {
            String agg = AGGS.get(i);
            boolean ratio = agg.equals("cv") || agg.equals("t_critical");
            double v = ratio ? values[i] : scale.apply(values[i]);
            if (Double.isNaN(v)) {
                continue;
            }
            row.metric(metric, ratio ? "" : scale.unit()).nativeKey(key + "." + agg).add("runs_" + agg, v);
            ctx.table(CanonicalTable.SUMMARIES).set(PER_RUN, stat == null ? "" : stat);
        }
    }

    private static void runCounts(SummaryRow row, double total, double ok) {
        row.metric("x.aiperf.num_profile_runs", "count").nativeKey("num_profile_runs").add("value", total);
        row.metric("x.aiperf.num_successful_runs", "count").nativeKey("num_successful_runs").add("value", ok);
    }
}
