package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;

/**
 * What one background computation of the Regimes tab is for. The slider and the matrix inputs are not part of
 * it: they only query the result.
 *
 * @param backendA first backend of the crossover (null: chosen from the data)
 * @param backendB second backend of the crossover (null: chosen from the data)
 */
public record RegimeSettings(ScalingMetric metric, String mode, Aggregation aggregation, String backendA,
                             String backendB) {
}
