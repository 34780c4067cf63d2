package dev.chimera.workbench.ingest.tr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.ValueParsers;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.RunColumns;
import java.io.IOException;
import java.util.Set;

/**
 * A TR117 or TR120 {@code run_*.json}: one run document whose {@code latencies_ms} array holds the samples in
 * execution order (index 0 is the cold-start candidate). One {@code runs} row per array element.
 *
 * <p>{@code ttft_ms} is deliberately not mapped: in these harnesses it is a copy of the latency, not a
 * time-to-first-token (tr-formats §2.9 trap 2).
 */
final class RunJsonReader implements FormatReader {
    static final String TR117_ID = "tr117.run.json";
    static final String TR120_ID = "tr120.run.json";

    private final boolean tr120;

    private RunJsonReader(boolean tr120) {
        this.tr120 = tr120;
    }

    static RunJsonReader tr117() {
        return new RunJsonReader(false);
    }

    static RunJsonReader tr120() {
        return new RunJsonReader(true);
    }

    @Override
    public String id() {
        return tr120 ? TR120_ID : TR117_ID;
    }

    @Override
    public String displayName() {
        return tr120 ? "TR120 run (JSON)" : "TR117 run (JSON)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        if (probe.lowerName().endsWith(".jsonl")) {
            return 0;
        }
        Set<String> keys = probe.jsonTopLevelKeys();
        boolean nameMatches = probe.lowerName().matches("run_.*\\.json");
        // bench_*.jsonl records also have spec + latencies_ms, but carry warmups; run documents never do.
        if (!keys.contains("spec") || keys.contains("warmup_latencies_ms")
                || !(keys.contains("latencies_ms") || nameMatches)) {
            return 0;
        }
        if (isTr120(probe, keys) != tr120) {
            return 0;
        }
        return nameMatches ? 90 : 85;
    }

    static boolean isTr120(FileProbe probe, Set<String> keys) {
        if (keys.contains(TrRows.CUDA_EVENT_MS)) {
            return true;
        }
        JsonNode spec = HeadJson.field(probe, "spec");
        String mode = JsonSupport.text(spec, "mode");
        if (mode == null) {
            // No phase in the spec: TR120 still files runs under <phase>/runs/.
            return !phaseMode(null, probe.parentPath()).isEmpty();
        }
        return TrRows.TR120_PHASES.contains(mode);
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        RunDocument doc = RunDocument.parse(ctx, "latencies_ms");
        if (doc == null) {
            return;
        }
        ctx.addRecord();
        JsonNode root = doc.root();
        JsonNode spec = root.get("spec");
        String specMode = JsonSupport.text(spec, "mode");
        String mode = tr120 ? phaseMode(specMode, ctx.probe().parentPath()) : "e2e";
        String nativeStatus = JsonSupport.text(root, "status");
        String status = TrRows.status(nativeStatus, JsonSupport.number(root, "degraded_count"));
        String reasons = TrRows.joined(root.get("degraded_reasons"));
        String error = JsonSupport.text(root, "error");
        String backend = JsonSupport.text(spec, "backend");
        String model = ValueParsers.modelIdentity(JsonSupport.text(spec, "model"));
        String scenario = JsonSupport.text(spec, "scenario");
        String quantization = JsonSupport.text(spec, "quantization");
        JsonNode compile = root.get("compile");
        boolean hasCuda = root.has(TrRows.CUDA_EVENT_MS);
        int n = JsonSupport.arraySize(root, "latencies_ms");
        if (n == 0) {
            ctx.diagnostics().info("run has no latencies_ms samples (status " + nativeStatus + "); no rows");
        }
        for (int i = 0; i < n; i++) {
            double latency = JsonSupport.numberAt(root, "latencies_ms", i);
            int tokens = intAt(root, "tokens", i);
            double tps = JsonSupport.numberAt(root, "tokens_per_s", i);
            TableBuffer b = ctx.newRunRow(doc.lineOf(i));
            b.set(RunColumns.RUN_ID, ctx.relativePath());
            b.set(RunColumns.BACKEND, backend);
            b.set(RunColumns.MODEL, model);
            b.set(RunColumns.SCENARIO, scenario);
            b.set(RunColumns.MODE, mode);
            b.set(RunColumns.LATENCY_MS, latency);
            b.set(RunColumns.TOKENS_PER_S, Double.isNaN(tps) ? TrRows.rate(tokens, latency) : tps);
            TrRows.phaseTokens(b, mode, tokens);
            b.set(RunColumns.IS_WARMUP, Boolean.FALSE);
            b.set(RunColumns.SAMPLE_IDX, i);
            b.set(RunColumns.STATUS, status);
            b.set(RunColumns.ERROR, error);
            b.set(TrRows.NATIVE_STATUS, nativeStatus);
            b.set(TrRows.DEGRADED_REASONS, reasons);
            b.set(TrRows.QUANTIZATION, quantization);
            if (!tr120) {
                b.set("run_mode", specMode);
            }
            if (hasCuda) {
                b.set(TrRows.CUDA_EVENT_MS, JsonSupport.numberAt(root, TrRows.CUDA_EVENT_MS, i));
            }
            if (compile != null && compile.isObject()) {
                setCompile(b, compile);
            }
        }
    }

    /** TR120 phase from spec.mode, else from the {@code <mode>/runs/...} folder the file sits in. */
    static String phaseMode(String specMode, String parentPath) {
        if (specMode != null && !specMode.isEmpty()) {
            return specMode;
        }
        for (String part : parentPath.split("/")) {
            if (TrRows.TR120_PHASES.contains(part)) {
                return part;
            }
        }
        return "";
    }

    private static void setCompile(TableBuffer b, JsonNode compile) {
        b.set("compile_enabled", JsonSupport.bool(compile, "enabled"));
        b.set("compile_backend", JsonSupport.text(compile, "backend"));
        b.set("compile_mode", JsonSupport.text(compile, "mode"));
        // On a failed compile the harness runs eager and says so: keep that visible.
        String fallback = JsonSupport.text(compile, "fallback_from");
        String fallbackError = JsonSupport.text(compile, "fallback_error");
        if (fallbackError != null) {
            fallback = fallback == null ? fallbackError : fallback + ": " + fallbackError;
        }
        b.set("compile_fallback", fallback == null ? "" : fallback);
    }

    private static int intAt(JsonNode root, String field, int i) {
        double d = JsonSupport.numberAt(root, field, i);
        return Double.isNaN(d) || d != Math.rint(d) || Math.abs(d) >= Integer.MAX_VALUE ? Integer.MIN_VALUE : (int) d;
    }
}
