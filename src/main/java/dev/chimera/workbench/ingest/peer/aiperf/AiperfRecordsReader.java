package dev.chimera.workbench.ingest.peer.aiperf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.RunColumns;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * AIPerf {@code profile_export.jsonl} (peer-formats §3.2): one request per line, {@code metadata} with epoch-ns
 * times, {@code metrics} as {@code {tag: {value, unit}}} (every value converted by its own unit), {@code error}
 * for failures. Profiling-phase records become {@code runs} rows; failed and cancelled ones are kept and marked.
 * Warmup records are counted but not tabulated (§3.2 "import only profiling").
 */
final class AiperfRecordsReader implements FormatReader {

    @Override
    public String id() {
        return "aiperf.records.jsonl";
    }

    @Override
    public String displayName() {
        return "AIPerf per-request records (JSONL)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        JsonNode first = probe.firstJsonLine();
        if (first == null || !first.path("metadata").has("request_start_ns") || !first.has("metrics")) {
            return 0;
        }
        return probe.lowerName().equals("profile_export.jsonl") ? 92 : 88;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        PerfConfig cfg = PerfConfig.ofSibling(ctx.path(), AiperfProfileJsonReader.FILE_NAME)
                .orFolder(RunFolder.of(ctx));
        String label = RunFolder.of(ctx).label();
        List<AiperfRecord> records = new ArrayList<>();
        long[] warmup = {0};
        int[] position = {0};
        boolean[] newerMetadata = {false};
        long n = JsonSupport.forEachLine(ctx, (line, node) -> {
            JsonNode meta = node.path("metadata");
            newerMetadata[0] |= meta.has("request_num") || meta.has("credit_issued_ns");
            int ordinal = position[0]++;
            if ("warmup".equals(JsonSupport.text(meta, "benchmark_phase"))) {
                warmup[0]++;
                return;
            }
            records.add(AiperfRecord.parse(ctx, line, ordinal, node));
        });
        ctx.addRecords(n);
        ctx.diagnostics().info("variant: AIPerf per-request records, " + (newerMetadata[0]
                ? "newer metadata (request_num / credit_*_ns)" : "v0.1-style metadata"));
        if (warmup[0] > 0) {
            ctx.diagnostics().info(warmup[0] + " warmup-phase records counted but not tabulated");
        }
        ctx.note("run " + label);
        emit(ctx, records, cfg, label);
    }

    private static void emit(ReadContext ctx, List<AiperfRecord> records, PerfConfig cfg, String label) {
        long minStart = Long.MAX_VALUE;
        for (AiperfRecord r : records) {
            if (r.startNs() != Long.MIN_VALUE) {
                minStart = Math.min(minStart, r.startNs());
            }
        }
        int ordinal = 0;
        for (AiperfRecord r : records) {
            TableBuffer b = ctx.newRunRow(r.line());
            b.set(RunColumns.RUN_ID, ctx.probe().parentPath().isEmpty() ? label : ctx.probe().parentPath());
            b.set(RunColumns.RUN_LABEL, label);
            b.set(RunColumns.BACKEND, cfg.backend());
            b.set(RunColumns.MODEL, cfg.model());
            b.set(RunColumns.CONCURRENCY, cfg.concurrency());
            b.set(RunColumns.REQUEST_RATE, cfg.requestRate());
            b.set(RunColumns.REQUEST_ID, r.requestId() != null ? r.requestId()
                    : ctx.relativePath() + "#" + r.ordinal());
            b.set(RunColumns.SAMPLE_IDX, ordinal++);
            b.set(RunColumns.IS_WARMUP, Boolean.FALSE);
            if (r.startNs() != Long.MIN_VALUE) {
                // Long arithmetic: epoch ns exceed a double's exact range, their differences do not.
                b.set(RunColumns.START_MS, (r.startNs() - minStart) / 1e6);
                b.set(RunColumns.START_EPOCH_MS, r.startNs() / 1_000_000 + (r.startNs() % 1_000_000) / 1e6);
            } else {
                b.set(RunColumns.START_MS, Double.NaN);
            }
            r.write(b);
        }
    }
}
