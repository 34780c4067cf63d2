package dev.chimera.workbench.ingest.peer.optimum;

import dev.chimera.workbench.ingest.FormatReader;
import java.util.List;

/** Readers of Hugging Face optimum-benchmark outputs: {@code benchmark.json} and {@code benchmark_report.json}. */
public final class OptimumReaders {
    private OptimumReaders() {
    }

    public static List<FormatReader> readers() {
        return List.of(OptimumReportReader.benchmark(), OptimumReportReader.bareReport(), new OptimumConfigReader());
    }
}
