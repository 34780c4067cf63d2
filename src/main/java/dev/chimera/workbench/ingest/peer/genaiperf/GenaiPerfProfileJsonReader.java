package dev.chimera.workbench.ingest.peer.genaiperf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.SummaryRow;
import dev.chimera.workbench.ingest.peer.aiperf.MetricNames;
import dev.chimera.workbench.ingest.peer.aiperf.PerfConfig;
import dev.chimera.workbench.ingest.peer.aiperf.PerfJsonShape;
import dev.chimera.workbench.ingest.peer.aiperf.RunFolder;
import dev.chimera.workbench.ingest.peer.aiperf.StatBlock;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GenAI-Perf {@code profile_export_genai_perf.json} (§4.2): {@code {metric: {unit, avg, pNN, min, max, std}}},
 * {@code input_config} (2024 flat argparse dump or 2025 nested config) and optional {@code telemetry_stats}
 * ({@code {metric: {unit, gpu0: {stats}}}}, aggregates only, so summaries with population {@code gpu:<n>}).
 * Population std and numpy linear percentiles throughout.
 */
final class GenaiPerfProfileJsonReader implements FormatReader {

    @Override
    public String id() {
        return "genai-perf.profile.json";
    }

    @Override
    public String displayName() {
        return "GenAI-Perf profile statistics (JSON)";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        return PerfJsonShape.score(probe, PerfJsonShape.Tool.GENAI_PERF);
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
        SummaryRow row = ctx.stats(1).group(cfg.backend(), cfg.model(), null, null).runLabel(folder.label())
                .pctlMethod("linear").stdKind("population");
        boolean p1 = false;
        Iterator<Map.Entry<String, JsonNode>> it = doc.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isObject() && v.has("unit") && !e.getKey().equals("telemetry_stats")) {
                p1 |= v.has("p1");
                StatBlock.emit(row, MetricNames.request(e.getKey(), GenaiPerfReaders.TOOL),
                        JsonSupport.text(v, "unit"), stats(v), "ok", e.getKey());
            }
        }
        int gpus = telemetry(doc.path("telemetry_stats"), row);
        ctx.diagnostics().info("variant: GenAI-Perf " + (p1 ? "2025 percentiles p1..p99" : "2024 percentiles p25..p99")
                + ", input_config " + cfg.shape() + (gpus > 0 ? ", telemetry_stats" : "")
                + (doc.has("sessions") ? ", sessions (not tabulated)" : ""));
        ctx.note("run " + folder.label());
    }

    private static Map<String, Double> stats(JsonNode v) {
        Map<String, Double> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> s = it.next();
            if (s.getValue().isNumber() || s.getValue().isNull()) {
                out.put(s.getKey(), JsonSupport.number(s.getValue()));
            }
        }
        return out;
    }

    /** Returns the number of distinct GPUs seen. */
    private static int telemetry(JsonNode telemetry, SummaryRow row) {
        java.util.Set<String> gpus = new java.util.HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> metrics = telemetry.fields();
        while (metrics.hasNext()) {
            Map.Entry<String, JsonNode> m = metrics.next();
            String unit = JsonSupport.text(m.getValue(), "unit");
            Iterator<Map.Entry<String, JsonNode>> perGpu = m.getValue().fields();
            while (perGpu.hasNext()) {
                Map.Entry<String, JsonNode> g = perGpu.next();
                if (!g.getValue().isObject()) {
                    continue;
                }
                String index = g.getKey().startsWith("gpu") ? g.getKey().substring(3) : g.getKey();
                gpus.add(index);
                StatBlock.emit(row, MetricNames.telemetry(m.getKey(), GenaiPerfReaders.TOOL), unit,
                        stats(g.getValue()), "gpu:" + index, "telemetry_stats." + m.getKey() + "." + g.getKey());
            }
        }
        row.population("ok");
        return gpus.size();
    }
}
