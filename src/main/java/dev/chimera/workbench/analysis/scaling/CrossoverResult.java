package dev.chimera.workbench.analysis.scaling;

import dev.chimera.workbench.analysis.Interval;
import java.util.List;

/**
 * Where backend A's and backend B's metric cross as model size grows.
 *
 * @param crossoverParams parameter count where A / B = 1 (NaN when the fitted lines are parallel or undefined)
 * @param ci              bootstrap percentile interval of the crossover over points (models)
 * @param slope           slope of ln(A / B) against ln(params) (for INTERSECTION: slope_A − slope_B)
 * @param intercept       intercept of that line (natural log, params as raw counts)
 * @param r2              R² of the ratio fit (for INTERSECTION: the lower of the two curves' R²)
 * @param minParams       smallest size both backends were measured at
 * @param maxParams       largest size both backends were measured at
 * @param fitA            A's own power law (over its models), may be null
 * @param fitB            B's own power law, may be null
 * @param points          the models used, with both values where measured
 */
public record CrossoverResult(CrossoverMethod method, String backendA, String backendB, String mode, String metric,
                              double crossoverParams, Interval ci, double slope, double intercept, double r2,
                              double minParams, double maxParams, PowerLawFit fitA, PowerLawFit fitB,
                              List<CrossoverPoint> points, List<String> notes) {

    /** True when the crossover lies inside the measured size range (not an extrapolation). */
    public boolean inRange() {
        return Double.isFinite(crossoverParams) && crossoverParams >= minParams && crossoverParams <= maxParams;
    }

    /** The ratio A / B the fit gives at {@code params}. */
    public double ratioAt(double params) {
        return Math.exp(intercept + slope * Math.log(params));
    }
}
