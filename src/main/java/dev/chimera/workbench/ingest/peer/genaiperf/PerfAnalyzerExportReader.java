package dev.chimera.workbench.ingest.peer.genaiperf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.peer.aiperf.PerfConfig;
import dev.chimera.workbench.ingest.peer.aiperf.RunFolder;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.RunColumns;
import java.io.IOException;
import java.util.Set;
import java.util.StringJoiner;

/**
 * perf_analyzer's {@code profile_export.json}, the raw per-request data under a GenAI-Perf artifact folder
 * (§4.4): {@code experiments[].requests[]} with an epoch-ns {@code timestamp} and {@code response_timestamps}.
 * TTFT, e2e and the chunk gaps are differences of those; token counts are not stored (GenAI-Perf tokenises the
 * responses later), so output tokens and the canonical TPOT stay empty. A request without responses failed:
 * it is kept with status error (GenAI-Perf itself drops it).
 */
final class PerfAnalyzerExportReader implements FormatReader {

    @Override
    public String id() {
        return "genai-perf.perf_analyzer.json";
    }

    @Override
    public String displayName() {
        return "GenAI-Perf raw requests (perf_analyzer profile_export.json)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        Set<String> keys = probe.jsonTopLevelKeys();
        if (!keys.contains("experiments")) {
            return 0;
        }
        // service_kind / endpoint follow the (possibly huge) experiments array, so the head may not reach them.
        boolean signature = keys.contains("service_kind") || keys.contains("endpoint")
                || probe.head().contains("\"response_timestamps\"");
        if (!signature) {
            return 0;
        }
        return probe.lowerName().equals("profile_export.json") ? 92 : 88;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        JsonNode doc = JsonSupport.readDocument(ctx);
        if (doc == null || !doc.isObject()) {
            return;
        }
        RunFolder folder = RunFolder.of(ctx);
        String serviceKind = JsonSupport.text(doc, "service_kind");
        // Label requests with the same backend as GenAI-Perf's aggregate beside them ("openai-chat"), so the
        // two can be compared; the raw export alone only knows the service kind ("openai").
        PerfConfig sibling = PerfConfig.ofSibling(ctx.path(), "profile_export_genai_perf.json").orFolder(folder);
        String backend = sibling.backend() != null ? sibling.backend() : serviceKind;
        String endpoint = JsonSupport.text(doc, "endpoint");
        JsonNode experiments = doc.path("experiments");
        int ordinal = 0;
        int failed = 0;
        boolean payloads = false;
        for (JsonNode exp : experiments) {
            String mode = JsonSupport.text(exp.path("experiment"), "mode");
            double value = JsonSupport.number(exp.path("experiment"), "value");
            String label = experiments.size() > 1 && mode != null
                    ? folder.label() + "/" + mode + (Double.isNaN(value) ? "" : trim(value)) : folder.label();
            JsonNode requests = exp.path("requests");
            long minStart = Long.MAX_VALUE;
            for (JsonNode r : requests) {
                if (r.path("timestamp").isNumber()) {
                    minStart = Math.min(minStart, r.path("timestamp").asLong());
                }
            }
            String model = null;
            int sample = 0;
            for (JsonNode r : requests) {
                ctx.addRecord();
                if (model == null) {
                    model = payloadModel(r);
                    payloads |= model != null;
                }
                TableBuffer b = ctx.newRunRow(0);
                b.set(RunColumns.RUN_ID, label);
                b.set(RunColumns.RUN_LABEL, label);
                b.set(RunColumns.BACKEND, backend);
                b.set("endpoint", endpoint == null ? "" : endpoint);
                b.set(RunColumns.MODEL, model != null ? model : folder.model());
                b.set(RunColumns.CONCURRENCY, "concurrency".equals(mode) ? value : folder.concurrency());
                b.set(RunColumns.REQUEST_RATE, "request_rate".equals(mode) ? value : folder.requestRate());
                b.set(RunColumns.REQUEST_ID, ctx.relativePath() + "#" + ordinal++);
                b.set(RunColumns.SAMPLE_IDX, sample++);
                b.set(RunColumns.IS_WARMUP, Boolean.FALSE);
                if (!timing(b, r, minStart)) {
                    failed++;
                }
                if (r.hasNonNull("sequence_id")) {
                    b.set("sequence_id", JsonSupport.text(r, "sequence_id"));
                }
            }
        }
        ctx.diagnostics().info("variant: perf_analyzer export " + nz(JsonSupport.text(doc, "version"))
                + ", service_kind " + nz(serviceKind) + ", " + experiments.size() + " experiment(s)"
                + (payloads ? ", JSON payloads" : ", tensor inputs (no payload model)"));
        if (failed > 0) {
            ctx.diagnostics().info(failed + " request(s) without responses kept with status error");
        }
        ctx.note("token counts are not stored in this file; tpot_ms needs them and stays empty");
    }

    /** Sets start, TTFT, e2e and gaps from the epoch-ns timestamps; false when the request got no response. */
    private static boolean timing(TableBuffer b, JsonNode r, long minStart) {
        JsonNode ts = r.path("timestamp");
        JsonNode responses = r.path("response_timestamps");
        long start = ts.isNumber() ? ts.asLong() : Long.MIN_VALUE;
        if (start != Long.MIN_VALUE) {
            b.set(RunColumns.START_MS, (start - minStart) / 1e6);
            b.set(RunColumns.START_EPOCH_MS, start / 1_000_000 + (start % 1_000_000) / 1e6);
        }
        int n = contentChunks(r, responses.isArray() ? responses.size() : 0);
        b.set("response_chunks", n);
        if (n == 0 || start == Long.MIN_VALUE) {
            b.set(RunColumns.STATUS, "error");
            b.set(RunColumns.ERROR, n == 0 ? "no response (empty response_timestamps)" : "no request timestamp");
            return false;
        }
        long first = responses.get(0).asLong();
        long last = responses.get(n - 1).asLong();
        b.set(RunColumns.STATUS, "ok");
        b.set(RunColumns.ERROR, "");
        b.set(RunColumns.TTFT_MS, (first - start) / 1e6);
        b.set(RunColumns.E2E_MS, (last - start) / 1e6);
        b.set(RunColumns.LATENCY_MS, (last - start) / 1e6);
        if (n > 1) {
            StringJoiner gaps = new StringJoiner(";");
            for (int i = 1; i < n; i++) {
                gaps.add(Double.toString((responses.get(i).asLong() - responses.get(i - 1).asLong()) / 1e6));
            }
            b.set(RunColumns.ITL_MS, (last - first) / 1e6 / (n - 1));
            b.set(RunColumns.ITL_VALUES_MS, gaps.toString());
        }
        return true;
    }

    /**
     * Response chunks that carry tokens: trailing SSE "[DONE]" and usage-only chunks are dropped, as GenAI-Perf
     * does, so e2e ends at the last token (peer-formats §2.3/§4.4).
     */
    private static int contentChunks(JsonNode r, int n) {
        JsonNode outputs = r.path("response_outputs");
        int k = n;
        while (k > 1 && outputs.isArray() && outputs.size() == n && isTrailer(outputs.get(k - 1))) {
            k--;
        }
        return k;
    }

    private static boolean isTrailer(JsonNode output) {
        String text = JsonSupport.text(output, "response");
        if (text == null) {
            return false;
        }
        String t = text.trim();
        return t.equals("data: [DONE]") || t.startsWith("data: {") && t.contains("\"usage\"")
                && !t.contains("\"content\"") && !t.contains("\"text\"");
    }

    /** The "model" of the first request's JSON payload (OpenAI service kinds), else null. */
    private static String payloadModel(JsonNode r) {
        String payload = JsonSupport.text(r.path("request_inputs"), "payload");
        if (payload == null || !payload.trim().startsWith("{")) {
            return null;
        }
        try {
            return JsonSupport.text(JsonSupport.mapper().readTree(payload), "model");
        } catch (IOException e) {
            return null;
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }
}
