package dev.chimera.workbench.power;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * How well a trace was sampled: the dt distribution, the gaps above a threshold, read errors, repeated values
 * and a continuity verdict (TR122 §9.1: "degraded" when the largest gap exceeds 500 ms).
 *
 * @param dtMedianS     median inter-sample interval (linear percentile)
 * @param dtP95S        95th percentile of the interval
 * @param dtMaxS        largest interval
 * @param gaps          every interval above the threshold (start time, length)
 * @param gapTotalS     time covered by those gaps
 * @param repeatedFraction share of samples whose power equals the previous one: nvidia-smi's power.draw is a 1 s
 *                      average on Ampere and newer, so sub-second sampling repeats values (peer-formats §1.1)
 */
public record SamplingQuality(int samples, double durationS, double dtMedianS, double dtP95S, double dtMaxS,
                              double gapThresholdS, List<Gap> gaps, double gapTotalS, int readErrors,
                              int missingValues, double repeatedFraction, Continuity continuity) {

    /** An interval between two consecutive valid samples longer than the threshold. */
    public record Gap(double startS, double lengthS) {
    }

    /** Continuity verdict. */
    public enum Continuity {
        /** no interval above the gap threshold */
        CONTINUOUS,
        /** gaps, none above the degraded limit */
        GAPS,
        /** at least one gap above the degraded limit (TR122: 500 ms) */
        DEGRADED,
        /** fewer than two samples */
        NO_DATA;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Times are differences of decimal clocks: an interval of exactly the threshold must not count. */
    static final double EPS = 1e-9;

    public SamplingQuality {
        gaps = List.copyOf(gaps);
    }

    public int gapCount() {
        return gaps.size();
    }

    public double gapMaxS() {
        return gaps.stream().mapToDouble(Gap::lengthS).max().orElse(0);
    }

    public static SamplingQuality of(PowerTrace trace, PowerOptions options) {
        int n = trace.size();
        double[] dt = new double[Math.max(0, n - 1)];
        List<Gap> gaps = new ArrayList<>();
        double gapTotal = 0;
        int repeated = 0;
        for (int i = 1; i < n; i++) {
            dt[i - 1] = trace.t(i) - trace.t(i - 1);
            if (dt[i - 1] > options.gapThresholdS() + EPS) {
                gaps.add(new Gap(trace.t(i - 1), dt[i - 1]));
                gapTotal += dt[i - 1];
            }
            if (trace.powerW(i) == trace.powerW(i - 1)) {
                repeated++;
            }
        }
        Stats s = Stats.of(dt, PercentileMethod.LINEAR);
        double max = dt.length == 0 ? Double.NaN : s.max();
        Continuity c = n < 2 ? Continuity.NO_DATA : max > options.degradedGapS() + EPS ? Continuity.DEGRADED
                : gaps.isEmpty() ? Continuity.CONTINUOUS : Continuity.GAPS;
        return new SamplingQuality(n, trace.durationS(), s.p50(), s.p95(), max, options.gapThresholdS(), gaps,
                gapTotal, trace.readErrors(), trace.missingPower() + trace.missingTime(),
                n < 2 ? Double.NaN : repeated / (double) (n - 1), c);
    }
}
