package dev.chimera.workbench.model;

import static dev.chimera.workbench.model.ColumnType.BOOLEAN;
import static dev.chimera.workbench.model.ColumnType.DOUBLE;
import static dev.chimera.workbench.model.ColumnType.INT;
import static dev.chimera.workbench.model.ColumnType.STRING;

import java.util.List;

/** Canonical columns of the {@code runs} table: one row per measured sample (or per run, where that is all a format has). */
public final class RunColumns {
    public static final String SOURCE_FILE = "source_file";
    public static final String SOURCE_LINE = "source_line";
    public static final String FORMAT = "format";
    public static final String RUN_ID = "run_id";
    public static final String BACKEND = "backend";
    public static final String MODEL = "model";
    public static final String PARAMS = "params";
    public static final String SCENARIO = "scenario";
    public static final String MODE = "mode";
    public static final String BATCH_SIZE = "batch_size";
    public static final String PROMPT_TOKENS = "prompt_tokens";
    public static final String GEN_TOKENS = "gen_tokens";
    public static final String LATENCY_MS = "latency_ms";
    public static final String TOKENS_PER_S = "tokens_per_s";
    public static final String IS_WARMUP = "is_warmup";
    public static final String SAMPLE_IDX = "sample_idx";
    public static final String STATUS = "status";
    public static final String ERROR = "error";
    public static final String RUN_LABEL = "run_label";
    public static final String REQUEST_ID = "request_id";
    public static final String START_MS = "start_ms";
    public static final String TTFT_MS = "ttft_ms";
    public static final String E2E_MS = "e2e_ms";
    public static final String TPOT_MS = "tpot_ms";
    public static final String ITL_MS = "itl_ms";
    public static final String CONCURRENCY = "concurrency";
    public static final String REQUEST_RATE = "request_rate";

    /** Recommended extra column: every inter-token gap of the request, ';'-joined, in ms. */
    public static final String ITL_VALUES_MS = "itl_values_ms";
    /** Recommended extra column: absolute request start, Unix epoch ms UTC, when the tool records it. */
    public static final String START_EPOCH_MS = "start_epoch_ms";

    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef(SOURCE_FILE, STRING, "", "file the row came from, relative to the opened folder"),
            new ColumnDef(SOURCE_LINE, INT, "", "1-based line of the record in that file"),
            new ColumnDef(FORMAT, STRING, "", "detected format id"),
            new ColumnDef(RUN_ID, STRING, "", "the run this sample belongs to (a run file, a JSONL record, a task)"),
            new ColumnDef(BACKEND, STRING, "", "inference backend label as the harness wrote it"),
            new ColumnDef(MODEL, STRING, "", "model identity (last path component of a model path)"),
            new ColumnDef(PARAMS, DOUBLE, "params", "parameter count, when the data or its folder says so"),
            new ColumnDef(SCENARIO, STRING, "", "scenario / prompt set"),
            new ColumnDef(MODE, STRING, "", "prefill, kv_decode, e2e_kv, generate, decode, e2e ..."),
            new ColumnDef(BATCH_SIZE, INT, "", "batch size"),
            new ColumnDef(PROMPT_TOKENS, INT, "tokens", "input tokens of the sample"),
            new ColumnDef(GEN_TOKENS, INT, "tokens", "generated tokens of the sample"),
            new ColumnDef(LATENCY_MS, DOUBLE, "ms", "measured latency (for TR118 generate: the whole loop)"),
            new ColumnDef(TOKENS_PER_S, DOUBLE, "tokens/s", "throughput of the sample"),
            new ColumnDef(IS_WARMUP, BOOLEAN, "", "true for warmup samples"),
            new ColumnDef(SAMPLE_IDX, INT, "", "0-based position within its run, in execution order (warmups first)"),
            new ColumnDef(STATUS, STRING, "", "ok, degraded, error, skipped ... (degraded rows carry placeholder latencies)"),
            new ColumnDef(ERROR, STRING, "", "error text of the run, if any"),
            new ColumnDef(RUN_LABEL, STRING, "", "the tool's run / sweep-cell label (rate, concurrency, strategy ...)"),
            new ColumnDef(REQUEST_ID, STRING, "", "request id as the tool wrote it, else <file>#<ordinal>"),
            new ColumnDef(START_MS, DOUBLE, "ms", "request start relative to the earliest request of its run"),
            new ColumnDef(TTFT_MS, DOUBLE, "ms", "time to first token (streaming tools only; never a TR117 'ttft')"),
            new ColumnDef(E2E_MS, DOUBLE, "ms", "request start to last token / response"),
            new ColumnDef(TPOT_MS, DOUBLE, "ms", "(e2e - ttft) / (output tokens - 1); null for 1-token outputs"),
            new ColumnDef(ITL_MS, DOUBLE, "ms", "mean inter-token gap of the request"),
            new ColumnDef(CONCURRENCY, DOUBLE, "", "client concurrency the run was made with"),
            new ColumnDef(REQUEST_RATE, DOUBLE, "req/s", "target request rate of the run (inf = as fast as possible)"));

    private RunColumns() {
    }
}
