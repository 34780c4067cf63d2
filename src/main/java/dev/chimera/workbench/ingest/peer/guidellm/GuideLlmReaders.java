package dev.chimera.workbench.ingest.peer.guidellm;

import dev.chimera.workbench.ingest.FormatReader;
import java.util.List;

/** Readers of GuideLLM (vllm-project/guidellm) result files: {@code benchmarks.json}, layouts v0.3 to v0.7. */
public final class GuideLlmReaders {
    private GuideLlmReaders() {
    }

    public static List<FormatReader> readers() {
        return List.of(new GuideLlmBenchmarksReader());
    }
}
