package dev.chimera.workbench.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Small traces whose energy, gaps and event figures are computed by hand in the comments. */
class EnergyAndEventsTest {
    // dt = 0.1, 0.22, 0.1, 0.5, 0.1 s: irregular, one 220 ms interval and one 500 ms gap.
    private static final double[] T = {0, 0.1, 0.32, 0.42, 0.92, 1.02};
    private static final double[] P = {10, 20, 20, 40, 40, 10};
    private final PowerTrace trace = PowerTrace.of("hand.csv", T, P);

    @Test
    void trapezoidUsesTheRealTimestamps() {
        // 0.1·(10+20)/2 + 0.22·20 + 0.1·(20+40)/2 + 0.5·40 + 0.1·(40+10)/2 = 1.5 + 4.4 + 3 + 20 + 2.5 = 31.4 J.
        assertThat(Energy.trapezoidJ(T, P)).isCloseTo(31.4, within(1e-12));
        TraceAnalysis a = PowerAnalysis.analyze(trace, null, null, PowerOptions.defaults());
        assertThat(a.energyJ()).isCloseTo(31.4, within(1e-12));
        assertThat(a.sampling().durationS()).isCloseTo(1.02, within(1e-12));
        // time-weighted 31.4 / 1.02 = 30.7843 W; the plain sample mean 140 / 6 = 23.333 W is biased by the gap.
        assertThat(a.timeWeightedMeanW()).isCloseTo(31.4 / 1.02, within(1e-12));
        assertThat(a.meanW()).isCloseTo(140.0 / 6, within(1e-12));
    }

    @Test
    void gapsDependOnTheThreshold() {
        SamplingQuality tr122 = SamplingQuality.of(trace, PowerOptions.defaults());
        // sorted dt 0.1, 0.1, 0.1, 0.22, 0.5 → median 0.1, max 0.5; above 250 ms only the 0.5 s interval.
        assertThat(tr122.dtMedianS()).isCloseTo(0.1, within(1e-12));
        assertThat(tr122.dtMaxS()).isCloseTo(0.5, within(1e-12));
        assertThat(tr122.gapCount()).isEqualTo(1);
        assertThat(tr122.gapMaxS()).isCloseTo(0.5, within(1e-12));
        // 0.5 s is not above TR122's 500 ms "degraded" limit.
        assertThat(tr122.continuity()).isEqualTo(SamplingQuality.Continuity.GAPS);
        SamplingQuality summary = SamplingQuality.of(trace, PowerOptions.defaults().withGapThreshold(0.2));
        assertThat(summary.gapCount()).isEqualTo(2); // 0.22 and 0.5
        assertThat(summary.gapTotalS()).isCloseTo(0.72, within(1e-12));
    }

    @Test
    void eventEnergyIsTheWindowIntegralMinusBaselineTimesDuration() {
        PowerOptions o = PowerOptions.defaults();
        // [0.05, 0.40]: samples 0.1 and 0.32 inside → 2 → gappy. Edges interpolated: P(0.05) = 15, P(0.40) = 36.
        // 0.05·(15+20)/2 + 0.22·20 + 0.08·(20+36)/2 = 0.875 + 4.4 + 2.24 = 7.515 J; minus 10 W · 0.35 s = 4.015 J.
        EventEnergy e = EventEnergyAnalyzer.event(trace, "e1", "decode", 1, 0.05, 0.40, 10, 10, o, "", 0);
        assertThat(e.samples()).isEqualTo(2);
        assertThat(e.quality()).isEqualTo(EnergyQuality.GAPPY);
        assertThat(e.rawJ()).isCloseTo(7.515, within(1e-9));
        assertThat(e.energyJ()).isCloseTo(4.015, within(1e-9));
        assertThat(e.jPerToken()).isCloseTo(0.4015, within(1e-9));
        assertThat(e.gapFraction()).isZero();
        // TR122's E_raw (between the in-window samples only) is 0.22·20 = 4.4 J.
        EventEnergy samplesOnly = EventEnergyAnalyzer.event(trace, "e1", "decode", 1, 0.05, 0.40, 10, 10,
                o.withInterpolatedEdges(false), "", 0);
        assertThat(samplesOnly.rawJ()).isCloseTo(4.4, within(1e-9));
    }

    @Test
    void windowsWithoutTwoSamplesGetNoNumberAndGapsMakeEventsGappy() {
        PowerOptions o = PowerOptions.defaults();
        // [0.45, 0.90] lies inside the 0.42→0.92 gap: no sample → no_data, no energy.
        EventEnergy none = EventEnergyAnalyzer.event(trace, "e2", "prefill", 1, 0.45, 0.90, 10, 10, o, "", 0);
        assertThat(none.quality()).isEqualTo(EnergyQuality.NO_DATA);
        assertThat(none.energyJ()).isNaN();
        assertThat(none.jPerToken()).isNaN();
        // [0.30, 1.00]: 3 samples (0.32, 0.42, 0.92) but the 0.5 s gap covers 0.5/0.7 = 71 % → gappy.
        EventEnergy gappy = EventEnergyAnalyzer.event(trace, "e3", "decode", 1, 0.30, 1.00, 10, 10, o, "", 0);
        assertThat(gappy.samples()).isEqualTo(3);
        assertThat(gappy.gapFraction()).isCloseTo(0.5 / 0.7, within(1e-9));
        assertThat(gappy.quality()).isEqualTo(EnergyQuality.GAPPY);
        // A 10 Hz constant 50 W trace: [0.2, 0.6] holds 5 samples, no gap → good; 50·0.4 − 10·0.4 = 16 J.
        double[] t = new double[11];
        double[] p = new double[11];
        for (int i = 0; i <= 10; i++) {
            t[i] = i / 10.0;
            p[i] = 50;
        }
        EventEnergy good = EventEnergyAnalyzer.event(PowerTrace.of("dense", t, p), "e4", "decode", 1, 0.2, 0.6, 8,
                10, o, "", 0);
        assertThat(good.samples()).isEqualTo(5);
        assertThat(good.quality()).isEqualTo(EnergyQuality.GOOD);
        assertThat(good.energyJ()).isCloseTo(16, within(1e-9));
        assertThat(good.tokensPerJ()).isCloseTo(0.5, within(1e-9));
        // The phase split leaves no_data out of the sums: decode = 4.015 + 16 J over 10 + 8 tokens.
        var phases = PhaseEnergy.split(java.util.List.of(none,
                EventEnergyAnalyzer.event(trace, "e1", "decode", 1, 0.05, 0.40, 10, 10, o, "", 0), good));
        assertThat(phases).hasSize(2);
        assertThat(phases.get(0).phase()).isEqualTo("prefill");
        assertThat(phases.get(0).noData()).isEqualTo(1);
        assertThat(phases.get(0).jPerToken()).isNaN();
        assertThat(phases.get(1).energyJ()).isCloseTo(20.015, within(1e-9));
        assertThat(phases.get(1).tokens()).isEqualTo(18);
    }

    @Test
    void idleSegmentIsDetectedWithRobustStatisticsAndFloorSamplesFlagged() {
        // 20 s idle at 10 Hz: 25 W with every 10th sample a 1.2 W floor read, then 10 s of load at 150 W.
        int n = 300;
        double[] t = new double[n];
        double[] p = new double[n];
        double[] u = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 10.0;
            boolean idle = i < 200;
            p[i] = idle ? (i % 10 == 0 ? 1.2 : 25) : 150;
            u[i] = idle ? 0 : 100;
            c[i] = 40;
        }
        IdleBaseline b = IdleBaselineFinder.detect(PowerTrace.of("idle", t, p, u, c), PowerOptions.defaults());
        assertThat(b.source()).isEqualTo(IdleBaseline.Source.DETECTED);
        assertThat(b.n()).isEqualTo(200);
        // mean = (180·25 + 20·1.2) / 200 = 22.62 W; median 25 W, MAD 0; 20 floor-suspect samples.
        assertThat(b.meanW()).isCloseTo(22.62, within(1e-9));
        assertThat(b.medianW()).isEqualTo(25);
        assertThat(b.madW()).isZero();
        assertThat(b.floorSuspect()).isEqualTo(20);
        assertThat(b.startS()).isZero();
        assertThat(b.endS()).isCloseTo(19.9, within(1e-9));
    }
}
