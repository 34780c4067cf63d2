package dev.chimera.workbench.sampledata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One generated TR118/TR119 run (backend × scenario × rep) as the summaries see it: the per-prompt values
 * exactly as written to the raw line, and the run's resource metrics.
 */
record BenchRun(String backend, String scenario, String mode, boolean ok, List<Double> latencies,
        List<Double> throughputs, List<Double> ttfts, List<Double> warmups, JsonNode resources) {
}
