package dev.chimera.workbench.ingest.peer.aiperf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.SummaryRow;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AIPerf {@code profile_export_aiperf.json} (§3.3): {@code {tag: {unit, avg, min, max, pNN, std [, sum, count,
 * adj_pNN]}}} plus {@code input_config} and, in newer builds, {@code telemetry_data}. Request statistics are over
 * successful profiling requests, population std, numpy linear percentiles; GPU telemetry statistics use the
 * sample std (§9.2 item 4).
 */
final class AiperfProfileJsonReader implements FormatReader {
    static final String FILE_NAME = "profile_export_aiperf.json";
    static final String TOOL = "aiperf";

    @Override
    public String id() {
        return "aiperf.profile.json";
    }

    @Override
    public String displayName() {
        return "AIPerf profile statistics (JSON)";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        return PerfJsonShape.score(probe, PerfJsonShape.Tool.AIPERF);
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        JsonNode doc = JsonSupport.readDocument(ctx);
        if (doc == null || !doc.isObject()) {
            return;
        }
        ctx.addRecord();
        RunFolder folder = RunFolder.of(ctx);
        PerfConfig cfg = PerfConfig.of(doc.get("input_config")).orFolder(folder);
        ctx.diagnostics().info("variant: " + variant(doc));
        SummaryRow row = ctx.stats(1).group(cfg.backend(), cfg.model(), null, null).runLabel(folder.label())
                .pctlMethod("linear").stdKind("population");
        int metrics = 0;
        Iterator<Map.Entry<String, JsonNode>> it = doc.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isObject() && v.has("unit")) {
                String tag = e.getKey();
                String population = MetricNames.isErrorMetric(tag) ? "errored"
                        : tag.equals("benchmark_duration") ? "all" : "ok";
                StatBlock.emit(row, MetricNames.request(tag, TOOL), JsonSupport.text(v, "unit"), stats(v),
                        population, tag);
                metrics++;
            }
        }
        int gpus = telemetry(ctx, doc.path("telemetry_data"), cfg, folder.label());
        reportRunState(ctx, doc);
        ctx.note(metrics + " metrics" + (gpus > 0 ? ", telemetry of " + gpus + " GPU(s)" : "") + "; run "
                + folder.label());
    }

    static String variant(JsonNode doc) {
        boolean sum = false;
        Iterator<JsonNode> values = doc.elements();
        while (values.hasNext()) {
            JsonNode v = values.next();
            sum |= v.isObject() && v.has("unit") && (v.has("sum") || v.has("count"));
        }
        if (doc.has("schema_version") || doc.has("aiperf_version")) {
            return "AIPerf " + nz(JsonSupport.text(doc, "aiperf_version"), "(version not written)")
                    + ", schema " + nz(JsonSupport.text(doc, "schema_version"), "?")
                    + (sum ? ", sum/count statistics" : "")
                    + (doc.has("telemetry_data") ? ", telemetry_data" : "");
        }
        return "AIPerf v0.1.x (no schema_version" + (sum ? "; sum/count statistics" : "") + ")";
    }

    /** Statistic keys in file order (unit and non-numeric entries left out). */
    static Map<String, Double> stats(JsonNode v) {
        Map<String, Double> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> s = it.next();
            if (!s.getKey().equals("unit") && (s.getValue().isNumber() || s.getValue().isNull())) {
                out.put(s.getKey(), JsonSupport.number(s.getValue()));
            }
        }
        return out;
    }

    /** {@code telemetry_data.endpoints.<url>.gpus.<key>.metrics.<field>} → one summary block per GPU and field. */
    private static int telemetry(ReadContext ctx, JsonNode telemetry, PerfConfig cfg, String label) {
        int gpus = 0;
        Iterator<Map.Entry<String, JsonNode>> endpoints = telemetry.path("endpoints").fields();
        while (endpoints.hasNext()) {
            Map.Entry<String, JsonNode> ep = endpoints.next();
            Iterator<Map.Entry<String, JsonNode>> gpuIt = ep.getValue().path("gpus").fields();
            while (gpuIt.hasNext()) {
                Map.Entry<String, JsonNode> gpu = gpuIt.next();
                gpus++;
                String index = nz(JsonSupport.text(gpu.getValue(), "gpu_index"), gpu.getKey());
                SummaryRow row = ctx.stats(1).group(cfg.backend(), cfg.model(), null, null).runLabel(label)
                        .pctlMethod("linear").stdKind("sample");
                Iterator<Map.Entry<String, JsonNode>> fields = gpu.getValue().path("metrics").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    StatBlock.emit(row, MetricNames.telemetry(f.getKey(), TOOL), JsonSupport.text(f.getValue(), "unit"),
                            stats(f.getValue()), "gpu:" + index, "telemetry_data." + gpu.getKey() + "." + f.getKey());
                }
            }
        }
        return gpus;
    }

    private static void reportRunState(ReadContext ctx, JsonNode doc) {
        if (Boolean.TRUE.equals(JsonSupport.bool(doc, "was_cancelled"))) {
            ctx.diagnostics().warning(0, 0, "the benchmark was cancelled (was_cancelled = true)");
        }
        JsonNode errors = doc.path("error_summary");
        if (errors.isArray() && !errors.isEmpty()) {
            long total = 0;
            for (JsonNode e : errors) {
                total += Math.max(0, JsonSupport.integer(e, "count"));
            }
            ctx.diagnostics().info("error_summary: " + total + " failed request(s) in " + errors.size()
                    + " kind(s); statistics are over successful requests");
        }
    }

    static String nz(String s, String fallback) {
        return s == null || s.isEmpty() ? fallback : s;
    }
}
