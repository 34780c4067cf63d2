package dev.chimera.workbench.ingest.peer.llmperf;

import dev.chimera.workbench.ingest.FormatReader;
import java.util.List;

/** Readers of ray-project llmperf results (peer-formats §6). */
public final class LlmperfReaders {
    private LlmperfReaders() {
    }

    public static List<FormatReader> readers() {
        return List.of(new LlmperfResponsesReader(), new LlmperfSummaryReader());
    }
}
