package dev.chimera.workbench.analysis.scaling;

/**
 * One model's aggregated value in one backend × mode series.
 *
 * @param value     aggregated metric value (after the metric's transform)
 * @param samples   raw samples behind it
 * @param scenarios scenarios behind it
 */
public record ModelPoint(String model, double params, int nLayer, double value, int samples, int scenarios,
                         ModelSize.Source sizeSource) {
}
