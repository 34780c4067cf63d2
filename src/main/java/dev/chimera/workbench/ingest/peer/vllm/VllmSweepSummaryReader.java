package dev.chimera.workbench.ingest.peer.vllm;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.peer.PeerJson;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;

/**
 * {@code vllm bench sweep serve}: a cell folder's {@code summary.json}, a JSON array of the cell's serve
 * result objects (each with {@code run_number} and the swept parameters merged in). The cell's
 * {@code run=N.json} files hold the same objects and defer to this file.
 */
final class VllmSweepSummaryReader implements FormatReader {

    @Override
    public String id() {
        return "vllm.sweep.summary.json";
    }

    @Override
    public String displayName() {
        return "vLLM sweep cell summary (JSON array)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        if (!PeerJson.firstArrayObjectKeys(probe).containsAll(ServeObjects.SIGNATURE)) {
            return 0;
        }
        return probe.lowerName().equals("summary.json") ? 92 : 88;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        String cell = ServeObjects.sweepCell(ctx.probe());
        if (cell == null) {
            // Outside a SERVE-…-BENCH-… folder the folder name still tells the cells apart.
            String parent = ctx.probe().parentPath();
            cell = parent.isEmpty() ? "sweep" : parent.substring(parent.lastIndexOf('/') + 1);
        }
        ServeObjects objects = new ServeObjects(ctx, cell);
        long values = PeerJson.forEachArrayElement(ctx, (line, i, node) -> objects.add(line, node));
        ctx.addRecords(values);
        ctx.diagnostics().info("variant: vllm bench sweep summary.json (" + values + " runs); "
                + objects.variants());
        ctx.note("sweep cell " + cell + ": " + objects.objects() + " runs, " + objects.requestRows() + " requests");
    }
}
