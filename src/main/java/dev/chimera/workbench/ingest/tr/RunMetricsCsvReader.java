package dev.chimera.workbench.ingest.tr;

import dev.chimera.workbench.ingest.CsvSupport;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FolderIndex;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.ValueParsers;
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
        long records = CsvSupport.forEachRow(ctx, row -> {
            String path = row.get("path");
            if (last[0] == null || !last[0].equals(path)) {
                last[0] = path;
                last[1] = runId(dir, path);
                last[2] = tr120 ? modeOf(folderMode, path) : "e2e";
                runCount[0] = counts.computeIfAbsent(last[1], k -> new int[1]);
            }
            String runId = last[1];
            String mode = last[2];
            String rawModel = row.get("model");
            if (last[3] == null || !last[3].equals(rawModel)) {
                last[3] = rawModel;
                last[4] = ValueParsers.modelIdentity(rawModel);
            }
            double latency = row.numberChecked(ctx, "latency_ms");
            int tokens = row.integer("tokens");
            double tps = row.has("tokens_per_s") ? row.numberChecked(ctx, "tokens_per_s") : Double.NaN;
            int counted = runCount[0][0]++;
            int written = row.has("sample_idx") ? row.integer("sample_idx") : Integer.MIN_VALUE;
            int sampleIdx = written != Integer.MIN_VALUE ? written : counted;
            String nativeStatus = row.get("status");
            TableBuffer b = ctx.newRunRow(row.line());
            b.set(RunColumns.RUN_ID, runId);
            b.set(RunColumns.BACKEND, row.get("backend"));
            b.set(RunColumns.MODEL, last[4]);
            b.set(RunColumns.SCENARIO, row.get("scenario"));
            b.set(RunColumns.MODE, mode);
            b.set(RunColumns.LATENCY_MS, latency);
            b.set(RunColumns.TOKENS_PER_S, Double.isNaN(tps) ? TrRows.rate(tokens, latency) : tps);
            TrRows.phaseTokens(b, mode, tokens);
            b.set(RunColumns.IS_WARMUP, Boolean.FALSE);
            b.set(RunColumns.SAMPLE_IDX, sampleIdx);
            b.set(RunColumns.STATUS, TrRows.status(nativeStatus, row.number("degraded_count")));
            b.set(RunColumns.ERROR, emptyToNull(row.get("error")));
            b.set(TrRows.NATIVE_STATUS, nativeStatus);
            b.set(TrRows.DEGRADED_REASONS, row.get("degraded_reasons"));
            b.set(TrRows.QUANTIZATION, row.get("quantization"));
            if (row.has(TrRows.CUDA_EVENT_MS)) {
                b.set(TrRows.CUDA_EVENT_MS, row.number(TrRows.CUDA_EVENT_MS));
            }
            if (row.has("accuracy")) {
                b.set("accuracy", row.number("accuracy"));
            }
        });
        ctx.addRecords(records);
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
