package dev.chimera.workbench.ingest.tr;

import dev.chimera.workbench.ingest.FormatReader;
import java.util.List;

/** Readers of the TR121–TR123 harness formats (scaling runs, physics power traces, raw measurements). */
public final class Tr121To123Readers {
    private Tr121To123Readers() {
    }

    public static List<FormatReader> readers() {
        return List.of(
                ScalingRecordsReader.runsJsonl(),
                ScalingRecordsReader.metricsCsv(),
                new ResolvedModelParamsReader(),
                new PowerTraceCsvReader(),
                new GenerationEventsReader(),
                new PhysicsBaselineReader(),
                new RawMeasurementsReader());
    }
}
