package dev.chimera.workbench.cost;

/**
 * What a cost needs for one backend × mode × scenario: throughput and the power charged for it.
 *
 * @param tokensPerS mean throughput (TR119: mean over ok runs of each run's mean tok/s)
 * @param gpuW       mean GPU power of the runs (NaN when unknown)
 * @param cpuW       mean CPU package power of the runs (NaN when unknown)
 * @param runs       runs behind the means
 * @param origin     the file(s) the numbers come from
 */
public record ThroughputPoint(String backend, String mode, String scenario, double tokensPerS, double gpuW,
                              double cpuW, double cpuUtilPct, int runs, String origin) {
}
