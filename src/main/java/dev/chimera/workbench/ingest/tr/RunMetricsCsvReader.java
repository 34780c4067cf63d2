package dev.chimera.workbench.ingest.tr;

import dev.chimera.workbench.ingest.CsvSupport;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FolderIndex;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.ValueParsers;
import dev.chimera.workbench.model.ColumnType;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.RunColumns;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The flat {@code metrics.csv} written beside TR117/TR120 {@code runs/} folders: one row per sample, the same
 * samples as the {@code run_*.json} files. TR117's has {@code sample_idx}/{@code is_first_sample}; TR120's
 * has neither (samples are numbered here by their order per run {@code path}). When the run files are in the
 * folder too, this file is read and counted but its rows are not added a second time.
 */
final class RunMetricsCsvReader implements FormatReader {
    static final String TR117_ID = "tr117.metrics.csv";
    static final String TR120_ID = "tr120.metrics.csv";
    private static final String[] REQUIRED = {"scenario", "prompt_set", "backend", "model", "quantization",
        "latency_ms", "path"};

    private final boolean tr120;

    private RunMetricsCsvReader(boolean tr120) {
        this.tr120 = tr120;
    }

    static RunMetricsCsvReader tr117() {
        return new RunMetricsCsvReader(false);
    }

    static RunMetricsCsvReader tr120() {
        return new RunMetricsCsvReader(true);
    }

    @Override
    public String id() {
        return tr120 ? TR120_ID : TR117_ID;
    }

    @Override
    public String displayName() {
        return tr120 ? "TR120 per-sample metrics (CSV)" : "TR117 per-sample metrics (CSV)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        if (probe.looksBinary() || !probe.headerHas(REQUIRED)) {
            return 0;
        }
        // TR117 numbers its samples; TR120 dropped sample_idx (and may add cuda_event_ms).
        boolean tr117Shape = probe.headerHas("sample_idx") || probe.headerHas("is_first_sample");
        if (tr117Shape == tr120) {
            return 0;
        }
        return probe.lowerName().equals("metrics.csv") ? 88 : 80;
    }

    @Override
    public String duplicateOf(FileProbe probe, FolderIndex folder) {
        String dir = probe.parentPath();
        String runs = dir.isEmpty() ? "runs" : dir + "/runs";
        return folder.findUnder(runs, "run_.*\\.json").isEmpty() ? null : runs;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        String dir = ctx.probe().parentPath();
        String folderMode = tr120 ? RunJsonReader.phaseMode(null, dir) : "e2e";
        // Rows of one run follow each other: derive the run id and mode once per run, not per row.
        String[] last = {null, null, null, null, null};
        int[][] runCount = {null};
        Map<String, int[]> counts = new HashMap<>();
        // Cell indexes and column writers are resolved on the first row, not looked up by name on every row.
        Cells[] cells = {null};
        Writers[] writers = {null};
        long records = CsvSupport.forEachRow(ctx, row -> {
            Cells c = cells[0] != null ? cells[0] : (cells[0] = new Cells(row));
            String path = row.get(c.path);
            if (last[0] == null || !last[0].equals(path)) {
                last[0] = path;
                last[1] = runId(dir, path);
                last[2] = tr120 ? modeOf(folderMode, path) : "e2e";
                runCount[0] = counts.computeIfAbsent(last[1], k -> new int[1]);
            }
            String mode = last[2];
            String rawModel = row.get(c.model);
            if (last[3] == null || !last[3].equals(rawModel)) {
                last[3] = rawModel;
                last[4] = ValueParsers.modelIdentity(rawModel);
            }
            double latency = row.numberChecked(ctx, c.latency);
            int tokens = ValueParsers.parseIntOrMissing(row.get(c.tokens));
            double tps = c.tps >= 0 ? row.numberChecked(ctx, c.tps) : Double.NaN;
            int counted = runCount[0][0]++;
            int written = ValueParsers.parseIntOrMissing(row.get(c.sampleIdx));
            int sampleIdx = written != Integer.MIN_VALUE ? written : counted;
            String nativeStatus = row.get(c.status);
            TableBuffer b = ctx.newRunRow(row.line());
            // First: on the first row this may add tokens_total, which then precedes the other extra columns.
            TrRows.phaseTokens(b, mode, tokens);
            Writers w = writers[0] != null ? writers[0] : (writers[0] = new Writers(b, c));
            w.runId.set(last[1]);
            w.backend.set(row.get(c.backend));
            w.model.set(last[4]);
            w.scenario.set(row.get(c.scenario));
            w.mode.set(mode);
            w.latency.set(latency);
            w.tps.set(Double.isNaN(tps) ? TrRows.rate(tokens, latency) : tps);
            w.warmup.set(Boolean.FALSE);
            w.sampleIdx.set(sampleIdx);
            w.status.set(TrRows.status(nativeStatus, ValueParsers.parseDoubleOrNaN(row.get(c.degradedCount))));
            w.error.set(emptyToNull(row.get(c.error)));
            w.nativeStatus.set(nativeStatus);
            w.degradedReasons.set(row.get(c.degradedReasons));
            w.quantization.set(row.get(c.quantization));
            if (w.cudaEvent != null) {
                w.cudaEvent.set(ValueParsers.parseDoubleOrNaN(row.get(c.cudaEvent)));
            }
            if (w.accuracy != null) {
                w.accuracy.set(ValueParsers.parseDoubleOrNaN(row.get(c.accuracy)));
            }
        });
        ctx.addRecords(records);
    }

    /** 0-based indexes of the file's cells (-1: no such column). */
    private static final class Cells {
        final int path;
        final int model;
        final int latency;
        final int tokens;
        final int tps;
        final int sampleIdx;
        final int status;
        final int degradedCount;
        final int backend;
        final int scenario;
        final int error;
        final int degradedReasons;
        final int quantization;
        final int cudaEvent;
        final int accuracy;

        Cells(CsvSupport.Row row) {
            path = row.index("path");
            model = row.index("model");
            latency = row.index("latency_ms");
            tokens = row.index("tokens");
            tps = row.index("tokens_per_s");
            sampleIdx = row.index("sample_idx");
            status = row.index("status");
            degradedCount = row.index("degraded_count");
            backend = row.index("backend");
            scenario = row.index("scenario");
            error = row.index("error");
            degradedReasons = row.index("degraded_reasons");
            quantization = row.index("quantization");
            cudaEvent = row.index(TrRows.CUDA_EVENT_MS);
            accuracy = row.index("accuracy");
        }
    }

    /** The columns every row sets; the optional ones exist only when the file has their cells. */
    private static final class Writers {
        final TableBuffer.CellWriter runId;
        final TableBuffer.CellWriter backend;
        final TableBuffer.CellWriter model;
        final TableBuffer.CellWriter scenario;
        final TableBuffer.CellWriter mode;
        final TableBuffer.CellWriter latency;
        final TableBuffer.CellWriter tps;
        final TableBuffer.CellWriter warmup;
        final TableBuffer.CellWriter sampleIdx;
        final TableBuffer.CellWriter status;
        final TableBuffer.CellWriter error;
        final TableBuffer.CellWriter nativeStatus;
        final TableBuffer.CellWriter degradedReasons;
        final TableBuffer.CellWriter quantization;
        final TableBuffer.CellWriter cudaEvent;
        final TableBuffer.CellWriter accuracy;

        Writers(TableBuffer b, Cells c) {
            runId = b.writer(RunColumns.RUN_ID, ColumnType.STRING);
            backend = b.writer(RunColumns.BACKEND, ColumnType.STRING);
            model = b.writer(RunColumns.MODEL, ColumnType.STRING);
            scenario = b.writer(RunColumns.SCENARIO, ColumnType.STRING);
            mode = b.writer(RunColumns.MODE, ColumnType.STRING);
            latency = b.writer(RunColumns.LATENCY_MS, ColumnType.DOUBLE);
            tps = b.writer(RunColumns.TOKENS_PER_S, ColumnType.DOUBLE);
            warmup = b.writer(RunColumns.IS_WARMUP, ColumnType.BOOLEAN);
            sampleIdx = b.writer(RunColumns.SAMPLE_IDX, ColumnType.INT);
            status = b.writer(RunColumns.STATUS, ColumnType.STRING);
            error = b.writer(RunColumns.ERROR, ColumnType.STRING);
            nativeStatus = b.writer(TrRows.NATIVE_STATUS, ColumnType.STRING);
            degradedReasons = b.writer(TrRows.DEGRADED_REASONS, ColumnType.STRING);
            quantization = b.writer(TrRows.QUANTIZATION, ColumnType.STRING);
            cudaEvent = c.cudaEvent < 0 ? null : b.writer(TrRows.CUDA_EVENT_MS, ColumnType.DOUBLE);
            accuracy = c.accuracy < 0 ? null : b.writer("accuracy", ColumnType.DOUBLE);
        }
    }

    /**
     * The run a row belongs to, as the relative path of its run file beside this CSV when the harness path
     * contains {@code runs/} (so ids match those of the run_*.json rows), else the path as written.
     */
    static String runId(String dir, String path) {
        if (path == null) {
            return "";
        }
        String p = path.replace('\\', '/');
        String rel;
        if (p.startsWith("runs/")) {
            rel = p;
        } else if (p.contains("/runs/")) {
            rel = p.substring(p.lastIndexOf("/runs/") + 1);
        } else {
            return path;
        }
        return dir.isEmpty() ? rel : dir + "/" + rel;
    }

    /** TR120 phase: the folder's, else the {@code <phase>/runs/} segment of the row's path. */
    private static String modeOf(String folderMode, String path) {
        if (!folderMode.isEmpty() || path == null) {
            return folderMode;
        }
        String p = path.replace('\\', '/');
        int runs = p.lastIndexOf("/runs/");
        return runs < 0 ? "" : RunJsonReader.phaseMode(null, p.substring(0, runs));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
