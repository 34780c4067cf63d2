package dev.chimera.workbench.ingest.peer.optimum;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.Set;

/** {@code benchmark_config.json}: the bare optimum-benchmark config; provenance, no measurements. */
final class OptimumConfigReader implements FormatReader {

    @Override
    public String id() {
        return "optimum-benchmark.config.json";
    }

    @Override
    public String displayName() {
        return "optimum-benchmark config (JSON)";
    }

    @Override
    public FileKind kind() {
        return FileKind.MANIFEST;
    }

    @Override
    public int detect(FileProbe probe) {
        Set<String> keys = probe.jsonTopLevelKeys();
        // side-file score range (30–60): a manifest, never above a row-bearing reader
        return keys.contains("backend") && keys.contains("scenario") && keys.contains("launcher") ? 55 : 0;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        if (JsonSupport.readDocument(ctx) == null) {
            return;
        }
        ctx.diagnostics().info("variant: optimum-benchmark benchmark_config.json (bare config)");
        ctx.note("provenance document; not tabulated");
        ctx.addRecord();
    }
}
