package dev.chimera.workbench.ingest.peer.vllm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.SummaryRow;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.peer.PeerJson;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.RunColumns;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * {@code vllm bench latency --output-json} / legacy {@code benchmark_latency.py --output-json} (§2.5): every
 * element of {@code latencies} is one offline batch iteration in SECONDS. Iterations become {@code runs} rows
 * (mode e2e, one run per file); avg/std/percentiles become summaries in ms. The file names no model.
 */
final class VllmLatencyReader implements FormatReader {

    @Override
    public String id() {
        return "vllm.latency.json";
    }

    @Override
    public String displayName() {
        return "vLLM offline latency benchmark (JSON)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        Set<String> keys = probe.jsonTopLevelKeys();
        return keys.containsAll(Set.of("avg_latency", "latencies", "percentiles")) ? 90 : 0;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        JsonNode doc = JsonSupport.readDocument(ctx);
        if (doc == null) {
            return;
        }
        ctx.addRecord();
        long line = 1;
        String runId = ctx.relativePath();
        JsonNode latencies = doc.get("latencies");
        int n = latencies != null && latencies.isArray() ? latencies.size() : 0;
        for (int i = 0; i < n; i++) {
            BigDecimal s = PeerJson.decimal(ctx, latencies.get(i), line, "latencies[" + i + "]");
            TableBuffer row = ctx.newRunRow(line);
            row.set(RunColumns.BACKEND, "vllm");
            row.set(RunColumns.MODE, "e2e");
            row.set(RunColumns.RUN_ID, runId);
            row.set(RunColumns.SAMPLE_IDX, i);
            row.set(RunColumns.IS_WARMUP, Boolean.FALSE);
            row.set(RunColumns.STATUS, s == null ? "incomplete" : "ok");
            row.set(RunColumns.LATENCY_MS, PeerJson.toDouble(PeerJson.secondsToMs(s)));
        }
        SummaryRow stats = ctx.stats(line).group("vllm", null, null, "e2e").metric("e2e_latency", "ms")
                .population("all");
        stats.nativeKey("avg_latency").add("mean", ms(ctx, doc.get("avg_latency"), "avg_latency"));
        stats.nativeKey("std_latency").stdKind("population")
                .add("std", ms(ctx, doc.get("std_latency"), "std_latency"));
        stats.stdKind(null).pctlMethod("linear");
        JsonNode pct = doc.get("percentiles");
        if (pct != null && pct.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = pct.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = "percentiles." + e.getKey();
                stats.nativeKey(key).add(PeerJson.percentile(e.getKey()), ms(ctx, e.getValue(), key));
            }
        }
        String variant = doc.has("std_latency") ? "vllm bench latency" : "legacy benchmark_latency.py (no std_latency)";
        ctx.diagnostics().info("variant: " + variant + "; " + n + " iterations in seconds");
        ctx.note(variant + "; batch iterations, not requests; no model recorded in the file");
    }

    private static double ms(ReadContext ctx, JsonNode v, String key) {
        return PeerJson.toDouble(PeerJson.secondsToMs(PeerJson.decimal(ctx, v, 1, key)));
    }
}
