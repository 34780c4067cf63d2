package dev.chimera.workbench.ingest.peer.aiperf;

import dev.chimera.workbench.ingest.FormatReader;
import java.util.List;

/** Readers of NVIDIA AIPerf ({@code aiperf profile}) artifact folders, peer-formats §3. */
public final class AiperfReaders {
    private AiperfReaders() {
    }

    public static List<FormatReader> readers() {
        return List.of(
                new AiperfRecordsReader(),
                new AiperfProfileJsonReader(),
                new AiperfProfileCsvReader(),
                new AiperfTelemetryReader(),
                new AiperfMultiRunReader(true),
                new AiperfMultiRunReader(false));
    }
}
