package dev.chimera.workbench.ingest.peer.vllm;

import dev.chimera.workbench.ingest.CsvSupport;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;

/**
 * vLLM files that repeat numbers another file already holds: the {@code <name>.pytorch.json} sidecar (the
 * serve result re-packaged in the PyTorch OSS benchmark record format) and a sweep experiment's
 * {@code summary.csv} (pandas dump of every cell's runs). Recognised and counted so they are not reported as
 * unknown, but never tabulated.
 */
final class VllmSideFileReader implements FormatReader {
    private final boolean pytorch;

    private VllmSideFileReader(boolean pytorch) {
        this.pytorch = pytorch;
    }

    static VllmSideFileReader pytorchSidecar() {
        return new VllmSideFileReader(true);
    }

    static VllmSideFileReader sweepSummaryCsv() {
        return new VllmSideFileReader(false);
    }

    @Override
    public String id() {
        return pytorch ? "vllm.pytorch.json" : "vllm.sweep.summary.csv";
    }

    @Override
    public String displayName() {
        return pytorch ? "vLLM PyTorch-benchmark sidecar (ignored)" : "vLLM sweep summary (CSV, ignored)";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        if (pytorch) {
            String head = probe.head().stripLeading();
            return probe.lowerName().endsWith(".pytorch.json") && (head.startsWith("[") || head.startsWith("{"))
                    ? 60 : 0;
        }
        // pandas to_csv: an unnamed index column, then the serve result keys
        return probe.firstJsonLine() == null && !probe.csvHeader().isEmpty() && probe.csvHeader().get(0).isEmpty()
                && probe.headerHas("model_id", "num_prompts", "duration", "completed") ? 60 : 0;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        if (pytorch) {
            if (JsonSupport.readDocument(ctx) == null) {
                return;
            }
            ctx.addRecord();
            ctx.diagnostics().info("variant: vllm --save-result PyTorch OSS benchmark sidecar; ignored "
                    + "(same numbers as the serve result beside it)");
            ctx.note("sidecar of the serve result; not tabulated");
            return;
        }
        ctx.addRecords(CsvSupport.forEachRow(ctx, row -> { }));
        ctx.diagnostics().info("variant: vllm bench sweep summary.csv; ignored (same runs as the cells' "
                + "summary.json files)");
        ctx.note("same runs as the sweep cells' summary.json; not tabulated");
    }
}
