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
import java.util.ArrayList;
import java.util.List;

/**
 * TR123 {@code raw_measurements.jsonl}: one line per measurement (a rep), split into three runs rows, one per
 * phase: prefill, decode and e2e. Per-phase power aggregates of the PhasePowerSampler go with their phase.
 */
final class RawMeasurementsReader implements FormatReader {
    private static final String[] PHASE_POWER_DOUBLES = {"power_mean_w", "power_max_w", "temp_mean_c",
        "temp_max_c", "clock_mean_mhz", "clock_min_mhz"};

    @Override
    public String id() {
        return "tr123.raw_measurements.jsonl";
    }

    @Override
    public String displayName() {
        return "TR123 raw measurements";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        JsonNode first = probe.firstJsonLine();
        if (first == null || !first.has("prefill_ms") || !first.has("decode_ms") || !first.has("total_ms")
                || !first.has("rep") || first.has("task_idx")) {
            return 0;
        }
        int score = first.has("phase_power") || first.has("prefill_cuda_ms") ? 88 : 80;
        return probe.lowerName().equals("raw_measurements.jsonl") ? score + 4 : score;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        long records = JsonSupport.forEachLine(ctx, (line, n) -> {
            double prefillMs = JsonSupport.number(n, "prefill_ms");
            double decodeMs = JsonSupport.number(n, "decode_ms");
            int promptTokens = JsonSupport.integer(n, "prompt_tokens");
            int genTokens = JsonSupport.integer(n, "gen_tokens");
            TableBuffer b = row(ctx, line, n, "prefill", prefillMs);
            b.set(RunColumns.PROMPT_TOKENS, promptTokens);
            b.set(RunColumns.TOKENS_PER_S, rate(promptTokens, prefillMs));
            b.set("cuda_ms", JsonSupport.number(n, "prefill_cuda_ms"));
            phasePower(b, n, "prefill");

            b = row(ctx, line, n, "decode", decodeMs);
            b.set(RunColumns.GEN_TOKENS, genTokens);
            b.set(RunColumns.TOKENS_PER_S, rate(genTokens, decodeMs));
            b.set("cuda_ms", JsonSupport.number(n, "decode_cuda_ms"));
            phasePower(b, n, "decode");

            // e2e: both token counts describe the sample; the harness defines no e2e rate, so none is made up.
            b = row(ctx, line, n, "e2e", JsonSupport.number(n, "total_ms"));
            b.set(RunColumns.PROMPT_TOKENS, promptTokens);
            b.set(RunColumns.GEN_TOKENS, genTokens);
        });
        ctx.addRecords(records);
    }

    private static TableBuffer row(ReadContext ctx, long line, JsonNode n, String mode, double latencyMs) {
        String model = ValueParsers.modelIdentity(JsonSupport.text(n, "model"));
        String backend = JsonSupport.text(n, "backend");
        String scenario = JsonSupport.text(n, "scenario");
        TableBuffer b = ctx.newRunRow(line);
        b.set(RunColumns.RUN_ID, model + "/" + backend + "/" + scenario);
        b.set(RunColumns.BACKEND, backend);
        b.set(RunColumns.MODEL, model);
        b.set(RunColumns.SCENARIO, scenario);
        b.set(RunColumns.MODE, mode);
        b.set(RunColumns.BATCH_SIZE, JsonSupport.integer(n, "batch_size"));
        b.set(RunColumns.LATENCY_MS, latencyMs);
        // Warmup measurements are not written to this file (manifest warmup_runs), so every line is measured.
        b.set(RunColumns.IS_WARMUP, Boolean.FALSE);
        b.set(RunColumns.SAMPLE_IDX, JsonSupport.integer(n, "rep"));
        b.set(RunColumns.STATUS, nullToEmpty(JsonSupport.text(n, "status")));
        b.set(RunColumns.ERROR, nullToEmpty(JsonSupport.text(n, "error")));
        b.set("timestamp", nullToEmpty(JsonSupport.text(n, "timestamp")));
        b.set("seq_len", JsonSupport.integer(n, "seq_len"));
        b.set("gpu_peak_prefill_mb", JsonSupport.number(n, "gpu_peak_prefill_mb"));
        b.set("gpu_peak_total_mb", JsonSupport.number(n, "gpu_peak_total_mb"));
        b.set("gpu_clock_mhz", JsonSupport.number(n, "gpu_clock_mhz"));
        b.set("gpu_temp_c", JsonSupport.number(n, "gpu_temp_c"));
        b.set("warnings", warnings(n));
        if (n.has("wall_ms")) {
            b.set("wall_ms", JsonSupport.number(n, "wall_ms"));
        }
        if (n.has("load_ms")) {
            b.set("load_ms", JsonSupport.number(n, "load_ms"));
        }
        return b;
    }

    /** Flattens phase_power.{phase} into the row of that phase. */
    private static void phasePower(TableBuffer b, JsonNode n, String phase) {
        JsonNode pp = n.path("phase_power").path(phase);
        JsonNode p = pp.isObject() ? pp : null;
        for (String f : PHASE_POWER_DOUBLES) {
            b.set(f, JsonSupport.number(p, f));
        }
        b.set("thermal_throttled", JsonSupport.bool(p, "thermal_throttled"));
        b.set("power_samples", JsonSupport.integer(p, "samples"));
    }

    private static double rate(int tokens, double ms) {
        return tokens == Integer.MIN_VALUE || Double.isNaN(ms) || ms <= 0 ? Double.NaN : tokens / ms * 1000.0;
    }

    private static String warnings(JsonNode n) {
        JsonNode w = n.get("warnings");
        if (w == null || w.isNull()) {
            return "";
        }
        if (!w.isArray()) {
            return w.asText();
        }
        List<String> parts = new ArrayList<>();
        w.forEach(e -> parts.add(e.isValueNode() ? e.asText() : e.toString()));
        return String.join("; ", parts);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
