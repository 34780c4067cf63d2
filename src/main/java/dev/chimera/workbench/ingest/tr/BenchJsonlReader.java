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
import dev.chimera.workbench.model.Severity;
import java.io.IOException;

/**
 * TR118 {@code bench_<mode>_<id>.jsonl} and TR119 {@code bench_tr119_<id>.jsonl}: one line per
 * backend×scenario×repetition. Each line becomes its warmup rows (flagged) followed by its measured rows, in
 * execution order. Lines are streamed and dropped: the files repeat large metadata on every line.
 *
 * <p>A TR118 generate latency is the whole generation loop (tr-formats §2.9 trap 3), so its mode stays
 * "generate"; its {@code ttft_ms} is the first decode step and goes to the extra column {@code first_step_ms}.
 */
final class BenchJsonlReader implements FormatReader {
    static final String TR118_ID = "tr118.bench.jsonl";
    static final String TR119_ID = "tr119.bench.jsonl";

    /** Per-run telemetry means of resource_metrics, copied onto every row of the run under per-run names. */
    private static final String[] RESOURCE_KEYS = {"gpu_power_mean_watts", "gpu_memory_mean_mb",
        "gpu_temperature_mean_c", "cpu_power_mean_watts"};
    private static final String[] RESOURCE_COLUMNS = {"run_gpu_power_mean_w", "run_gpu_memory_mean_mb",
        "run_gpu_temperature_mean_c", "run_cpu_power_mean_w"};

    private final boolean tr119;

    private BenchJsonlReader(boolean tr119) {
        this.tr119 = tr119;
    }

    static BenchJsonlReader tr118() {
        return new BenchJsonlReader(false);
    }

    static BenchJsonlReader tr119() {
        return new BenchJsonlReader(true);
    }

    @Override
    public String id() {
        return tr119 ? TR119_ID : TR118_ID;
    }

    @Override
    public String displayName() {
        return tr119 ? "TR119 benchmark runs (JSONL)" : "TR118 benchmark runs (JSONL)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        boolean nameMatches = probe.lowerName().matches("bench_.*\\.jsonl");
        JsonNode first = probe.firstJsonLine();
        if (first != null) {
            JsonNode spec = first.get("spec");
            if (spec == null || !spec.isObject() || !spec.has("backend") || !first.has("latencies_ms")
                    || !first.has("warmup_latencies_ms")) {
                return 0;
            }
            boolean isTr119 = "TR119".equalsIgnoreCase(JsonSupport.text(spec, "tr"));
            return isTr119 != tr119 ? 0 : nameMatches ? 92 : 86;
        }
        // A first line longer than the probe head: fall back on the name and the opening of the record.
        if (nameMatches && probe.head().startsWith("{\"spec\"")) {
            boolean isTr119 = probe.lowerName().startsWith("bench_tr119_");
            return isTr119 != tr119 ? 0 : 70;
        }
        return 0;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        long[] counts = new long[3]; // runs without measured samples, derived token counts, runs without model
        long records = JsonSupport.forEachLine(ctx, (line, node) -> {
            if (!node.has("latencies_ms") || !node.path("spec").isObject()) {
                ctx.diagnostics().add(Severity.WARNING, line, 1,
                        "record has no spec/latencies_ms; skipped", "record has no spec/latencies_ms");
                return;
            }
            if (JsonSupport.arraySize(node, "latencies_ms") == 0) {
                counts[0]++;
            }
            if (JsonSupport.text(node.get("spec"), "model") == null) {
                counts[2]++;
            }
            counts[1] += emit(ctx, line, node);
        });
        ctx.addRecords(records);
        if (counts[0] > 0) {
            ctx.diagnostics().info(counts[0] + " of " + records + " runs have no measured samples (error or"
                    + " degraded runs); they add only their warmup rows, if any");
        }
        if (counts[2] > 0) {
            ctx.diagnostics().info(counts[2] + " of " + records + " records do not name the model (TR119 lines"
                    + " never do); model left empty");
        }
        if (counts[1] > 0) {
            ctx.diagnostics().info(counts[1] + " generate samples have no token count in the file; gen_tokens"
                    + " derived as throughput × latency (= steps × batch)");
        }
    }

    /** Adds the rows of one run record; returns how many token counts had to be derived. */
    private int emit(ReadContext ctx, long line, JsonNode node) {
        JsonNode spec = node.get("spec");
        String runId = ctx.relativePath() + "#" + line;
        String mode = JsonSupport.text(spec, "mode");
        String nativeStatus = JsonSupport.text(node, "status");
        String status = TrRows.status(nativeStatus, JsonSupport.number(node, "degraded_count"));
        String reasons = TrRows.joined(node.get("degraded_reasons"));
        String model = ValueParsers.modelIdentity(JsonSupport.text(spec, "model"));
        int batch = JsonSupport.integer(spec, "batch_size");
        int seqLen = JsonSupport.integer(spec, "seq_len");
        JsonNode resources = node.get("resource_metrics");
        double[] res = new double[RESOURCE_KEYS.length];
        for (int k = 0; k < RESOURCE_KEYS.length; k++) {
            res[k] = JsonSupport.number(resources, RESOURCE_KEYS[k]);
        }
        Run run = new Run(runId, spec, model, mode, batch, seqLen, status, nativeStatus, reasons,
                JsonSupport.text(node, "error"), res);

        int warmups = JsonSupport.arraySize(node, "warmup_latencies_ms");
        for (int j = 0; j < warmups; j++) {
            run.row(ctx, line, j, JsonSupport.numberAt(node, "warmup_latencies_ms", j), true);
        }
        int derived = 0;
        int n = JsonSupport.arraySize(node, "latencies_ms");
        for (int i = 0; i < n; i++) {
            double latency = JsonSupport.numberAt(node, "latencies_ms", i);
            double tput = JsonSupport.numberAt(node, "throughput_tok_s", i);
            TableBuffer b = run.row(ctx, line, warmups + i, latency, false);
            b.set(RunColumns.TOKENS_PER_S, tput);
            int tokens = tr119 ? tr119Tokens(mode, batch, seqLen, tput, latency)
                    : wholeNumber(JsonSupport.numberAt(node, "tokens_processed", i));
            if (tr119 && "generate".equals(mode) && tokens != Integer.MIN_VALUE) {
                derived++;
            }
            if ("prefill".equals(mode)) {
                b.set(RunColumns.PROMPT_TOKENS, tokens);
            } else if ("generate".equals(mode)) {
                b.set(RunColumns.GEN_TOKENS, tokens);
            } else {
                b.set(TrRows.TOKENS_TOTAL, tokens);
            }
            if (!tr119 && JsonSupport.arraySize(node, "ttft_ms") > i) {
                b.set("first_step_ms", JsonSupport.numberAt(node, "ttft_ms", i));
            }
        }
        return derived;
    }

    /**
     * TR119 lines carry no token array (tr-formats §2.3): prefill processes batch × seq_len tokens; generate
     * produces steps × batch, and the steps are only recoverable as throughput × latency.
     */
    static int tr119Tokens(String mode, int batch, int seqLen, double tput, double latencyMs) {
        if ("prefill".equals(mode)) {
            return batch > 0 && seqLen > 0 ? batch * seqLen : Integer.MIN_VALUE;
        }
        double t = tput * latencyMs / 1000.0;
        long rounded = Math.round(t);
        return Double.isFinite(t) && rounded > 0 && Math.abs(t - rounded) <= 0.01 * rounded
                ? (int) rounded : Integer.MIN_VALUE;
    }

    private static int wholeNumber(double d) {
        return Double.isNaN(d) || Math.abs(d) >= Integer.MAX_VALUE ? Integer.MIN_VALUE : (int) Math.round(d);
    }

    /** What every row of one run record shares. */
    private static final class Run {
        final String runId;
        final String backend;
        final String scenario;
        final String model;
        final String mode;
        final int batch;
        final int seqLen;
        final int repetition;
        final String status;
        final String nativeStatus;
        final String reasons;
        final String error;
        final double[] resources;

        Run(String runId, JsonNode spec, String model, String mode, int batch, int seqLen, String status,
            String nativeStatus, String reasons, String error, double[] resources) {
            this.runId = runId;
            this.backend = JsonSupport.text(spec, "backend");
            this.scenario = JsonSupport.text(spec, "scenario");
            this.repetition = JsonSupport.integer(spec, "repetition");
            this.model = model;
            this.mode = mode;
            this.batch = batch;
            this.seqLen = seqLen;
            this.status = status;
            this.nativeStatus = nativeStatus;
            this.reasons = reasons;
            this.error = error;
            this.resources = resources;
        }

        TableBuffer row(ReadContext ctx, long line, int sampleIdx, double latency, boolean warmup) {
            TableBuffer b = ctx.newRunRow(line);
            b.set(RunColumns.RUN_ID, runId);
            b.set(RunColumns.BACKEND, backend);
            b.set(RunColumns.MODEL, model);
            b.set(RunColumns.SCENARIO, scenario);
            b.set(RunColumns.MODE, mode);
            b.set(RunColumns.BATCH_SIZE, batch);
            b.set(RunColumns.LATENCY_MS, latency);
            b.set(RunColumns.IS_WARMUP, warmup);
            b.set(RunColumns.SAMPLE_IDX, sampleIdx);
            b.set(RunColumns.STATUS, status);
            b.set(RunColumns.ERROR, error);
            b.set(TrRows.NATIVE_STATUS, nativeStatus);
            b.set(TrRows.DEGRADED_REASONS, reasons);
            b.set("seq_len", seqLen);
            b.set("repetition", repetition);
            for (int k = 0; k < RESOURCE_KEYS.length; k++) {
                b.set(RESOURCE_COLUMNS[k], resources[k]);
            }
            return b;
        }
    }
}
