package dev.chimera.workbench.ingest.tr;

import dev.chimera.workbench.ingest.FormatReader;
import java.util.List;

/** Readers of the TR117–TR120 harness formats (run_*.json, metrics.csv, bench_*.jsonl, latency summaries). */
public final class Tr117To120Readers {
    private Tr117To120Readers() {
    }

    public static List<FormatReader> readers() {
        return List.of(
                RunJsonReader.tr120(),
                RunJsonReader.tr117(),
                RunMetricsCsvReader.tr120(),
                RunMetricsCsvReader.tr117(),
                BenchJsonlReader.tr118(),
                BenchJsonlReader.tr119(),
                LatencySummaryCsvReader.tr118(),
                LatencySummaryCsvReader.tr119());
    }
}
