package dev.chimera.workbench.ingest.peer.vllm;

import dev.chimera.workbench.ingest.FormatReader;
import java.util.List;

/** Readers of vLLM benchmark outputs (peer-formats §2). */
public final class VllmReaders {
    private VllmReaders() {
    }

    public static List<FormatReader> readers() {
        return List.of(new VllmServeReader(), new VllmSweepSummaryReader(), new VllmLatencyReader(),
                VllmSideFileReader.pytorchSidecar(), VllmSideFileReader.sweepSummaryCsv());
    }
}
