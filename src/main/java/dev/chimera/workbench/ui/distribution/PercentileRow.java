package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.GroupIntervals;

/**
 * One row of the percentile table: a group's statistics, what was left out of it, and warnings.
 *
 * @param colourIndex the group's palette slot, so the row shows the colour of its curves
 * @param excluded    e.g. "2 failed · 7 first samples"
 * @param warnings    e.g. "p99 with n = 40 is effectively the maximum (needs n >= 100)"
 * @param ci          bootstrap 95 % CIs of mean, p50, p95, p99; null when the CI toggle is off or n is too large
 */
public record PercentileRow(String group, int colourIndex, int n, double mean, double std, double p50, double p90,
                            double p95, double p99, double p999, double max, String excluded, String warnings,
                            GroupIntervals ci) {
}
