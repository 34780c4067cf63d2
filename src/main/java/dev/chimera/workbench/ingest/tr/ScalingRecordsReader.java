package dev.chimera.workbench.ingest.tr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.CsvSupport;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FolderIndex;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;

/**
 * TR121 scaling records: {@code runs.jsonl} and {@code metrics.csv} hold the same records (three per call, one
 * per mode), so both are read through {@link ScalingRecordMapping} and the CSV defers to its JSONL sibling.
 */
final class ScalingRecordsReader implements FormatReader {
    /** Columns only TR121 writes; TR117/TR120 metrics.csv starts scenario,prompt_set,backend,model,... */
    private static final String[] SIGNATURE = {"task_idx", "backend_kind", "call_idx", "is_warmup", "params_millions"};

    private final boolean jsonl;

    private ScalingRecordsReader(boolean jsonl) {
        this.jsonl = jsonl;
    }

    static ScalingRecordsReader runsJsonl() {
        return new ScalingRecordsReader(true);
    }

    static ScalingRecordsReader metricsCsv() {
        return new ScalingRecordsReader(false);
    }

    @Override
    public String id() {
        return jsonl ? "tr121.runs.jsonl" : "tr121.metrics.csv";
    }

    @Override
    public String displayName() {
        return jsonl ? "TR121 scaling runs (JSONL)" : "TR121 scaling metrics (CSV)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        if (jsonl) {
            JsonNode first = probe.firstJsonLine();
            if (first == null || !hasAll(first, SIGNATURE) || !first.has("mode")) {
                return 0;
            }
            return probe.lowerName().equals("runs.jsonl") ? 92 : 88;
        }
        if (probe.firstJsonLine() != null || !probe.headerHas(SIGNATURE) || !probe.headerHas("mode")) {
            return 0;
        }
        // Above any generic metrics.csv detector: this header is unambiguous.
        return probe.lowerName().equals("metrics.csv") ? 95 : 90;
    }

    @Override
    public String duplicateOf(FileProbe probe, FolderIndex folder) {
        return jsonl ? null : folder.sibling(probe.relativePath(), "runs.jsonl");
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        ScalingRecordMapping mapping = new ScalingRecordMapping(ctx);
        long records;
        if (jsonl) {
            records = JsonSupport.forEachLine(ctx, (line, node) -> mapping.add(ScalingRecordFields.of(line, node)));
        } else {
            records = CsvSupport.forEachRow(ctx, row -> mapping.add(ScalingRecordFields.of(row, ctx)));
        }
        mapping.finish();
        ctx.addRecords(records);
    }

    private static boolean hasAll(JsonNode node, String... fields) {
        for (String f : fields) {
            if (!node.has(f)) {
                return false;
            }
        }
        return true;
    }
}
