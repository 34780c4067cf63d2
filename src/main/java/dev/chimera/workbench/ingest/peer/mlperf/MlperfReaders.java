package dev.chimera.workbench.ingest.peer.mlperf;

import dev.chimera.workbench.ingest.FormatReader;
import java.util.List;

/** Readers of MLPerf Inference LoadGen logs: {@code mlperf_log_summary.txt} and {@code mlperf_log_detail.txt}. */
public final class MlperfReaders {
    private MlperfReaders() {
    }

    public static List<FormatReader> readers() {
        return List.of(new MlperfSummaryReader(), new MlperfDetailReader());
    }
}
