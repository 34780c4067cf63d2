package dev.chimera.workbench.ingest.peer.genaiperf;

import dev.chimera.workbench.ingest.FormatReader;
import java.util.List;

/** Readers of NVIDIA GenAI-Perf ({@code genai-perf profile|analyze}) artifact folders, peer-formats §4. */
public final class GenaiPerfReaders {
    static final String TOOL = "genai-perf";

    private GenaiPerfReaders() {
    }

    public static List<FormatReader> readers() {
        return List.of(
                new GenaiPerfProfileJsonReader(),
                new GenaiPerfProfileCsvReader(),
                new PerfAnalyzerExportReader(),
                new GenaiPerfAnalyzeCsvReader());
    }
}
