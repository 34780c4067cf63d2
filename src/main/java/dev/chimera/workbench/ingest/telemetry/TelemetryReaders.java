package dev.chimera.workbench.ingest.telemetry;

import dev.chimera.workbench.ingest.FormatReader;
import java.util.List;

/** Readers of GPU telemetry logs that are not TR-specific (nvidia-smi query CSV and dmon, DCGM). */
public final class TelemetryReaders {
    private TelemetryReaders() {
    }

    public static List<FormatReader> readers() {
        return List.of(new NvidiaSmiQueryCsvReader(), new NvidiaSmiDmonReader(), new DcgmExporterReader(),
                new DcgmDmonReader());
    }
}
