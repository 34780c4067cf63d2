package dev.chimera.workbench.power;

import java.util.List;

/**
 * Temperature behaviour under load. The slope at time t is the least-squares slope (°C/min) of temperature over
 * the trailing window [t − window, t], by time (TR122 fits np.polyfit over a rolling 5-minute window); it is
 * evaluated once the window spans {@code minWindowSpanS} of loaded time.
 *
 * @param loadStartS        first sample at or above the load utilisation (NaN: never under load)
 * @param equilibriumAtS    window end where |slope| first fell below the threshold (trace time; NaN: not reached)
 * @param slopes            the rolling slope, one point per evaluated sample (thinned to at most ~2,000 points)
 * @param trendCPerMin      least-squares slope over the whole loaded part
 * @param maxSlopeCPerMin   steepest rolling slope
 * @param hotSamples        samples at or above the throttle temperature
 * @param clockReferenceMhz p95 of the SM clock under load
 * @param clockDropSamples  samples under load with the SM clock below (1 − drop) × the reference
 */
public record HeatSoak(double loadStartS, double windowS, double thresholdCPerMin, double equilibriumAtS,
                       double equilibriumSlope, double tempStartC, double tempEndC, double tempMaxC,
                       double trendCPerMin, double maxSlopeCPerMin, List<SlopePoint> slopes, int hotSamples,
                       double throttleTempC, double clockReferenceMhz, int clockDropSamples, String note) {

    /** The rolling slope at {@code tS}, over a window spanning {@code spanS}. */
    public record SlopePoint(double tS, double slopeCPerMin, double spanS) {
    }

    public HeatSoak {
        slopes = List.copyOf(slopes);
    }

    /** Seconds from the start of load to equilibrium (NaN when not reached). */
    public double equilibriumS() {
        return equilibriumAtS - loadStartS;
    }

    public boolean reachedEquilibrium() {
        return Double.isFinite(equilibriumAtS);
    }


    public boolean throttlingSuspected() {
        return hotSamples > 0 || clockDropSamples > 0;
    }
}
