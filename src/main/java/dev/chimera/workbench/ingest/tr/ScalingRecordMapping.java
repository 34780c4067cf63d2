package dev.chimera.workbench.ingest.tr;

import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.ValueParsers;
import dev.chimera.workbench.model.RunColumns;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one mapping of a TR121 record (runs.jsonl line or metrics.csv row) onto a {@code runs} row. One instance
 * per file read: it numbers the samples of each run and remembers each model's size.
 */
final class ScalingRecordMapping {
    /** Raw fields kept as whole-number extra columns. */
    private static final List<String> INT_EXTRAS = List.of("task_idx", "call_idx", "rep", "warmup_idx", "seq_len",
            "tokens_total", "gen_tokens_raw", "gen_tokens_equiv", "gen_tokens_target", "batch_size_config");
    /** Raw fields kept as decimal extra columns. Ollama fits use the _equiv decode fields (TR trap 4). */
    private static final List<String> DOUBLE_EXTRAS = List.of("prefill_ms", "prefill_cuda_event_ms",
            "kv_decode_ms", "kv_decode_ms_equiv", "kv_decode_ms_per_token", "kv_decode_cuda_event_ms",
            "cuda_event_ms", "gpu_peak_mb", "hf_load_ms", "ollama_wall_ms", "ollama_total_duration_ms",
            "ollama_load_ms", "started_at_unix");
    private static final List<String> TEXT_EXTRAS = List.of("backend_kind", "model_kind", "ollama_done_reason");

    private final ReadContext ctx;
    private final Map<String, Integer> nextSampleByRun = new HashMap<>();
    private final Map<String, double[]> sizeByModel = new LinkedHashMap<>();
    private final Map<String, String> sizeHowByModel = new HashMap<>();

    ScalingRecordMapping(ReadContext ctx) {
        this.ctx = ctx;
    }

    void add(ScalingRecordFields r) {
        String mode = r.text("mode");
        int taskIdx = r.integer("task_idx");
        if (mode == null || mode.isEmpty() || taskIdx == Integer.MIN_VALUE) {
            ctx.diagnostics().warning(r.line(), 0, "record without task_idx or mode; its run_id is incomplete");
        }
        String runId = "task" + (taskIdx == Integer.MIN_VALUE ? "?" : Integer.toString(taskIdx))
                + "/" + (mode == null ? "" : mode);
        int sampleIdx = nextSampleByRun.merge(runId, 1, Integer::sum) - 1;

        String model = ValueParsers.modelIdentity(r.text("model"));
        double measured = r.number("params_millions_measured");
        double millions = Double.isNaN(measured) ? r.number("params_millions") : measured;
        double params = millions * 1e6;

        TableBuffer b = ctx.newRunRow(r.line());
        b.set(RunColumns.RUN_ID, runId);
        b.set(RunColumns.BACKEND, r.text("backend"));
        b.set(RunColumns.MODEL, model);
        b.set(RunColumns.PARAMS, params);
        b.set(RunColumns.SCENARIO, r.text("scenario"));
        b.set(RunColumns.MODE, mode);
        b.set(RunColumns.BATCH_SIZE, r.integer("batch_size"));
        b.set(RunColumns.PROMPT_TOKENS, r.integer("prompt_tokens_raw"));
        b.set(RunColumns.GEN_TOKENS, r.integer("gen_tokens"));
        b.set(RunColumns.LATENCY_MS, r.number("latency_ms"));
        b.set(RunColumns.TOKENS_PER_S, r.number("tokens_per_s"));
        b.set(RunColumns.IS_WARMUP, r.bool("is_warmup"));
        b.set(RunColumns.SAMPLE_IDX, sampleIdx);
        b.set(RunColumns.STATUS, nullToEmpty(r.text("status")));
        b.set(RunColumns.ERROR, nullToEmpty(r.text("error")));

        if (r.has("sample_idx")) {
            b.set("native_sample_idx", r.integer("sample_idx"));
        }
        for (String f : INT_EXTRAS) {
            if (r.has(f)) {
                b.set(f, r.integer(f));
            }
        }
        for (String f : DOUBLE_EXTRAS) {
            if (r.has(f)) {
                b.set(f, r.number(f));
            }
        }
        for (String f : TEXT_EXTRAS) {
            if (r.has(f)) {
                b.set(f, nullToEmpty(r.text(f)));
            }
        }
        if (model != null && !model.isEmpty() && !Double.isNaN(params) && !sizeByModel.containsKey(model)) {
            sizeByModel.put(model, new double[] {params});
            sizeHowByModel.put(model, Double.isNaN(measured) ? "config" : "measured");
        }
    }

    /** Reports the size of every model seen as a folder fact. */
    void finish() {
        sizeByModel.forEach((model, p) -> ctx.modelSize(model, p[0], sizeHowByModel.get(model)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
