package dev.chimera.workbench.ui.power;

/** What the Power tab computes: which trace (index in dataset order) and the gap threshold (s). */
public record PowerSettings(int traceIndex, double gapThresholdS) {
}
