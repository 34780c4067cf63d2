package dev.chimera.workbench.ingest.peer.vllm;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FolderIndex;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.peer.PeerJson;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.Set;

/**
 * A vLLM serve result: {@code vllm bench serve --save-result [--save-detailed]} or the legacy
 * {@code benchmarks/benchmark_serving.py}, one object per file or several with {@code --append-result}
 * (newline-separated objects), and a sweep cell's {@code run=N.json} (peer-formats §2.1–§2.4).
 */
final class VllmServeReader implements FormatReader {

    @Override
    public String id() {
        return "vllm.serve.json";
    }

    @Override
    public String displayName() {
        return "vLLM serve benchmark result (JSON)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        if (probe.lowerName().endsWith(".pytorch.json")) {
            return 0;
        }
        Set<String> keys = probe.jsonTopLevelKeys();
        if (!keys.containsAll(ServeObjects.SIGNATURE)) {
            return 0;
        }
        String name = probe.lowerName();
        return name.contains("qps") || name.matches("run=\\d+\\.json") ? 92 : 90;
    }

    /** A sweep cell's run=N.json holds the same object as an element of its summary.json. */
    @Override
    public String duplicateOf(FileProbe probe, FolderIndex folder) {
        if (probe.lowerName().matches("run=\\d+\\.json") && ServeObjects.sweepCell(probe) != null) {
            return folder.sibling(probe.relativePath(), "summary.json");
        }
        return null;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        if (ctx.probe().lowerName().equals("warmup.json") && ServeObjects.sweepCell(ctx.probe()) != null) {
            ctx.addRecord();
            ctx.diagnostics().info("variant: vllm bench sweep warm-up run; excluded");
            ctx.note("sweep warm-up run; not tabulated");
            return;
        }
        ServeObjects objects = new ServeObjects(ctx, ServeObjects.sweepCell(ctx.probe()));
        // One compact object per line (plain --save-result and --append-result): line by line, so a bad line
        // does not hide the ones after it. Pretty-printed or over-long documents: stream the root values.
        boolean lineWise = ctx.probe().firstJsonLine() != null
                && ctx.probe().firstNonBlankLine().length() <= ctx.limits().maxLineChars();
        long values = lineWise
                ? JsonSupport.forEachLine(ctx, objects::add)
                : PeerJson.forEachRootValue(ctx, (line, i, node) -> objects.add(line, node));
        ctx.addRecords(values);
        String layout = values > 1 ? "--append-result NDJSON with " + values + " objects" : "single result object";
        ctx.diagnostics().info("variant: " + objects.variants() + "; " + layout);
        ctx.note(objects.variants() + "; " + objects.requestRows() + " requests");
    }
}
