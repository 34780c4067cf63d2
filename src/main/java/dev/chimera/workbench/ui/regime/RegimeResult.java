package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.analysis.scaling.CrossoverResult;
import dev.chimera.workbench.analysis.scaling.MultivariateFit;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingFit;
import dev.chimera.workbench.regime.YourRegime;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Everything the Regimes tab computes once per dataset / metric / mode / aggregation / backend pair.
 *
 * @param backends     backends with points in the mode (sorted)
 * @param backendA     the crossover's first backend actually used (may differ from the settings' null)
 * @param crossover    ratio-method crossover of A vs B, or null when the pair is not available
 * @param yours        the data's winner at any size in the mode
 * @param multivariate depth-vs-params fits of the mode's series (empty when no model has n_layer)
 */
public record RegimeResult(RegimeSettings settings, ScalingData data, List<String> backends, String backendA,
                           String backendB, List<ScalingFit> fits, CrossoverResult crossover, YourRegime yours,
                           List<MultivariateFit> multivariate, JFreeChart chart, String status) {
}
