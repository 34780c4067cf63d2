package dev.chimera.workbench.ingest.peer.aiperf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.ColumnType;
import dev.chimera.workbench.model.RunColumns;
import java.io.IOException;
import java.util.Arrays;

/**
 * AIPerf {@code profile_export.jsonl} (peer-formats §3.2): one request per line, {@code metadata} with epoch-ns
 * times, {@code metrics} as {@code {tag: {value, unit}}} (every value converted by its own unit), {@code error}
 * for failures. Profiling-phase records become {@code runs} rows; failed and cancelled ones are kept and marked.
 * Warmup records are counted but not tabulated (§3.2 "import only profiling").
 */
final class AiperfRecordsReader implements FormatReader {
    /** Whether lines of the common shape are streamed ({@link AiperfLineParser}) rather than read as trees. */
    private final boolean streaming;

    AiperfRecordsReader() {
        this(true);
    }

    /** @param streaming false reads every line as a tree (tests compare both paths) */
    AiperfRecordsReader(boolean streaming) {
        this.streaming = streaming;
    }

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
        RowWriter records = new RowWriter(ctx, cfg, label);
        long[] warmup = {0};
        int[] position = {0};
        boolean[] newerMetadata = {false};
        JsonSupport.FastLine<AiperfLineParser.Parsed> streamed = !streaming ? null : new JsonSupport.FastLine<>() {
            @Override
            public Parser<AiperfLineParser.Parsed> newParser() {
                return new AiperfLineParser()::parsed;
            }

            @Override
            public void accept(long line, AiperfLineParser.Parsed parsed) {
                newerMetadata[0] |= parsed.newerMetadata();
                int ordinal = position[0]++;
                if ("warmup".equals(parsed.phase())) {
                    warmup[0]++;
                } else {
                    records.write(parsed.record(), ordinal);
                }
            }
        };
        long n = JsonSupport.forEachLine(ctx, streamed, (line, node) -> {
            JsonNode meta = node.path("metadata");
            newerMetadata[0] |= meta.has("request_num") || meta.has("credit_issued_ns");
            int ordinal = position[0]++;
            if ("warmup".equals(JsonSupport.text(meta, "benchmark_phase"))) {
                warmup[0]++;
                return;
            }
            records.write(AiperfRecord.parse(ctx, line, ordinal, node), ordinal);
        });
        ctx.addRecords(n);
        ctx.diagnostics().info("variant: AIPerf per-request records, " + (newerMetadata[0]
                ? "newer metadata (request_num / credit_*_ns)" : "v0.1-style metadata"));
        if (warmup[0] > 0) {
            ctx.diagnostics().info(warmup[0] + " warmup-phase records counted but not tabulated");
        }
        ctx.note("run " + label);
        records.finish();
    }

    /**
     * Writes each record as a row as soon as it is read, so a 1 M-line file does not keep a million record objects
     * alive until its end (the young collections copied them again and again); {@code start_ms}, relative to the
     * earliest start of the file, is filled in by {@link #finish()} once that start is known.
     */
    private static final class RowWriter {
        private final ReadContext ctx;
        private final PerfConfig cfg;
        private final String label;
        private final String runId;
        private TableBuffer buffer;
        /** Resolved on the first row: a 1 M-line file sets the same ~20 columns on every row. */
        private RowColumns columns;
        private AiperfRecord.Columns recordColumns;
        private TableBuffer.CellWriter startEpochMs;
        private int ordinal;
        private long minStart = Long.MAX_VALUE;
        private int[] rows = new int[256];
        private long[] starts = new long[256];
        private int started;

        RowWriter(ReadContext ctx, PerfConfig cfg, String label) {
            this.ctx = ctx;
            this.cfg = cfg;
            this.label = label;
            this.runId = ctx.probe().parentPath().isEmpty() ? label : ctx.probe().parentPath();
        }

        /** @param position the record's position among the file's records (the request id's fallback) */
        void write(AiperfRecord r, int position) {
            TableBuffer b = ctx.newRunRow(r.line());
            buffer = b;
            RowColumns c = columns != null ? columns : (columns = new RowColumns(b));
            c.runId.set(runId);
            c.runLabel.set(label);
            c.backend.set(cfg.backend());
            c.model.set(cfg.model());
            c.concurrency.set(cfg.concurrency());
            c.requestRate.set(cfg.requestRate());
            c.requestId.set(r.requestId() != null ? r.requestId() : ctx.relativePath() + "#" + position);
            c.sampleIdx.set(ordinal++);
            c.warmup.set(Boolean.FALSE);
            if (r.startNs() != Long.MIN_VALUE) {
                // start_ms (a canonical column, so its position does not depend on this) is set by finish().
                remember(b.rowCount() - 1, r.startNs());
                if (startEpochMs == null) {
                    startEpochMs = b.writer(RunColumns.START_EPOCH_MS, ColumnType.DOUBLE);
                }
                startEpochMs.set(r.startNs() / 1_000_000 + (r.startNs() % 1_000_000) / 1e6);
            }
            // Declared only now and on first use: the extra columns keep the order in which rows first set them.
            if (recordColumns == null) {
                recordColumns = new AiperfRecord.Columns(b);
            }
            r.write(recordColumns, b);
        }

        private void remember(int row, long startNs) {
            if (started == rows.length) {
                rows = Arrays.copyOf(rows, started * 2);
                starts = Arrays.copyOf(starts, started * 2);
            }
            rows[started] = row;
            starts[started++] = startNs;
            minStart = Math.min(minStart, startNs);
        }

        void finish() {
            for (int i = 0; i < started; i++) {
                // Long arithmetic: epoch ns exceed a double's exact range, their differences do not.
                buffer.setAt(rows[i], RunColumns.START_MS, (starts[i] - minStart) / 1e6);
            }
        }
    }

    /** The run-level columns {@link RowWriter} sets on every row (all canonical). */
    private static final class RowColumns {
        final TableBuffer.CellWriter runId;
        final TableBuffer.CellWriter runLabel;
        final TableBuffer.CellWriter backend;
        final TableBuffer.CellWriter model;
        final TableBuffer.CellWriter concurrency;
        final TableBuffer.CellWriter requestRate;
        final TableBuffer.CellWriter requestId;
        final TableBuffer.CellWriter sampleIdx;
        final TableBuffer.CellWriter warmup;

        RowColumns(TableBuffer b) {
            runId = b.writer(RunColumns.RUN_ID, ColumnType.STRING);
            runLabel = b.writer(RunColumns.RUN_LABEL, ColumnType.STRING);
            backend = b.writer(RunColumns.BACKEND, ColumnType.STRING);
            model = b.writer(RunColumns.MODEL, ColumnType.STRING);
            concurrency = b.writer(RunColumns.CONCURRENCY, ColumnType.DOUBLE);
            requestRate = b.writer(RunColumns.REQUEST_RATE, ColumnType.DOUBLE);
            requestId = b.writer(RunColumns.REQUEST_ID, ColumnType.STRING);
            sampleIdx = b.writer(RunColumns.SAMPLE_IDX, ColumnType.INT);
            warmup = b.writer(RunColumns.IS_WARMUP, ColumnType.BOOLEAN);
        }
    }
}
