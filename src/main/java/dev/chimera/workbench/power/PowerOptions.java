package dev.chimera.workbench.power;

/**
 * Thresholds of the power analysis. Defaults are TR122's (configs/physics.yaml and the report's §9–§10).
 *
 * @param gapThresholdS      an inter-sample interval above this is a gap (TR122 0.25 s; the widely quoted summary
 *                           says 0.2 s, which is really TR122's event-duration guideline)
 * @param degradedGapS       continuity is "degraded" when the largest gap exceeds this (TR122 0.5 s)
 * @param idleUtilPct        a sample is idle when GPU utilisation is at or below this (%)
 * @param minIdleSegmentS    shortest steady idle segment accepted as a baseline (s)
 * @param idleSettleS        seconds dropped at the start of an idle segment: power lags utilisation
 * @param floorW             samples below this are "floor suspect" (TR122 5 W)
 * @param loadUtilPct        utilisation at or above which the GPU is under load (heat soak start, clock drops)
 * @param heatWindowS        rolling window of the temperature slope, by time (TR122 300 s)
 * @param minWindowSpanS     a slope is evaluated only once its window spans this much time; TR122's own loop
 *                           accepted 60 s, which stops at the flat first minute of a ramp
 * @param equilibriumSlope   |slope| below this (°C/min) is equilibrium (TR122 0.5)
 * @param throttleTempC      temperature flagged as throttling risk (TR122 resumes at 80 °C, trips at 83 °C)
 * @param clockDropFraction  an SM clock under load below (1 − this) × the load p95 clock is a clock drop
 * @param goodMinSamples     an event needs at least this many in-window samples to be good (TR122 §10.3: 3)
 * @param noDataBelowSamples fewer in-window samples than this is no_data (TR122: 2)
 * @param gappyGapFraction   gap fraction above this makes an event gappy (TR122 0.10)
 * @param interpolateEdges   integrate events over exactly [start, end] (edges interpolated) rather than
 *                           between the first and last in-window sample (TR122's E_raw)
 */
public record PowerOptions(double gapThresholdS, double degradedGapS, double idleUtilPct, double minIdleSegmentS,
                           double idleSettleS, double floorW, double loadUtilPct, double heatWindowS,
                           double minWindowSpanS, double equilibriumSlope, double throttleTempC,
                           double clockDropFraction, int goodMinSamples, int noDataBelowSamples,
                           double gappyGapFraction, boolean interpolateEdges) {

    /** TR122's gap threshold (configs/physics.yaml gap_dt_threshold_s). */
    public static final double TR122_GAP_S = 0.25;
    /** The threshold the summary quotes (really an event-duration guideline). */
    public static final double SUMMARY_GAP_S = 0.20;

    public static PowerOptions defaults() {
        return new PowerOptions(TR122_GAP_S, 0.5, 5, 10, 2, 5, 50, 300, 300, 0.5, 80, 0.10, 3, 2, 0.10, true);
    }

    public PowerOptions withGapThreshold(double seconds) {
        return new PowerOptions(seconds, degradedGapS, idleUtilPct, minIdleSegmentS, idleSettleS, floorW,
                loadUtilPct, heatWindowS, minWindowSpanS, equilibriumSlope, throttleTempC, clockDropFraction,
                goodMinSamples, noDataBelowSamples, gappyGapFraction, interpolateEdges);
    }

    public PowerOptions withMinWindowSpan(double seconds) {
        return new PowerOptions(gapThresholdS, degradedGapS, idleUtilPct, minIdleSegmentS, idleSettleS, floorW,
                loadUtilPct, heatWindowS, seconds, equilibriumSlope, throttleTempC, clockDropFraction,
                goodMinSamples, noDataBelowSamples, gappyGapFraction, interpolateEdges);
    }

    public PowerOptions withInterpolatedEdges(boolean interpolate) {
        return new PowerOptions(gapThresholdS, degradedGapS, idleUtilPct, minIdleSegmentS, idleSettleS, floorW,
                loadUtilPct, heatWindowS, minWindowSpanS, equilibriumSlope, throttleTempC, clockDropFraction,
                goodMinSamples, noDataBelowSamples, gappyGapFraction, interpolate);
    }
}
