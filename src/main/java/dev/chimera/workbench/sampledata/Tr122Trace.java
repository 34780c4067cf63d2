package dev.chimera.workbench.sampledata;

import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic TR122 EnergyMonitor trace on a 100 ms sleep-until grid: an idle baseline (NVML floor dips
 * included), a short model-load ramp, then a load phase that heat-soaks the GPU (42 → 48 °C over ~5 min,
 * decode at 130–145 W) with a quieter joule-curve section where the generation events run. A few late reads
 * leave 250–600 ms gaps and a few NVML reads fail.
 */
final class Tr122Trace {
    static final double INTERVAL_S = 0.1;
    static final double IDLE_END_S = 205.0;
    static final double LOAD_START_S = 215.0;
    static final double EVENTS_START_S = 600.0;
    static final double EVENTS_END_S = 645.0;
    static final double END_S = 960.0;
    /** Heat-soak timeline from §4.6: minutes after load start → °C. */
    private static final double[][] HEAT_SOAK = {{0, 42.0}, {1, 42.1}, {2, 44.5}, {3, 47.1}, {4, 47.9}, {5, 48.1},
        {12.4, 48.6}};

    /** One poller sample; NaN power marks a failed read. */
    record Sample(long tNs, double t, double lateMs, double powerW, double tempC, int smClock, int memClock,
            int utilGpu, int utilMem, double vramMb, boolean readOk) {
    }

    private Tr122Trace() {
    }

    static List<Sample> build(SeededRandom r, long t0Ns, List<double[]> eventWindows) {
        List<Sample> out = new ArrayList<>(9700);
        boolean low = false;
        double prevT = -1;
        long k = 0;
        while (true) {
            double late = lateness(r);
            double t = k * INTERVAL_S + late / 1000.0;
            boolean quiet = t > EVENTS_START_S - 5 && t < EVENTS_END_S + 5;
            if (prevT >= 0 && !quiet && r.chance(0.0025)) {
                // A late read: the sample lands 250–600 ms after the previous one, the grid resumes after it.
                t = prevT + r.uniform(0.25, 0.6);
                late = (t - StrictMath.floor(t / INTERVAL_S) * INTERVAL_S) * 1000.0;
                k = (long) StrictMath.floor(t / INTERVAL_S);
            }
            if (t > END_S) {
                break;
            }
            long tNs = t0Ns + StrictMath.round(t * 1e9);
            boolean readOk = quiet || !r.chance(0.0009);
            if (t < IDLE_END_S) {
                low = low ? !r.chance(0.2) : r.chance(0.046);
                out.add(idle(r, tNs, t, late, low, readOk));
            } else {
                out.add(loaded(r, tNs, t, late, eventWindows, readOk));
            }
            prevT = t;
            k++;
        }
        return out;
    }

    /** sleep_until wakes a little late, rarely by a few ms. */
    private static double lateness(SeededRandom r) {
        return r.chance(0.02) ? r.uniform(2.0, 9.0) : 0.15 + StrictMath.abs(r.normal(0.0, 0.35));
    }

    private static Sample idle(SeededRandom r, long tNs, double t, double late, boolean low, boolean ok) {
        // NVML floor readings (~1–4 W) interleave with the ~26 W idle draw: 20.7 ± 10 W overall (§4.6).
        double power = low ? 1.2 + StrictMath.min(2.6, -0.7 * StrictMath.log(1.0 - r.uniform()))
                : StrictMath.min(26.424, StrictMath.max(25.3, r.normal(26.0, 0.18)));
        double temp = r.chance(0.83) ? 40.0 : 39.0;
        return sample(tNs, t, late, power, temp, 210, 405, 0, 0, 486.0, ok);
    }

    private static Sample loaded(SeededRandom r, long tNs, double t, double late, List<double[]> events,
            boolean ok) {
        double temp = heatSoak(t) + r.normal(0.0, 0.25);
        if (t < LOAD_START_S) {
            double f = (t - IDLE_END_S) / (LOAD_START_S - IDLE_END_S);
            return sample(tNs, t, late, 26 + 22 * f + r.normal(0, 2), 40 + StrictMath.rint(f), (int) (900 + 1200 * f),
                    (int) (405 + 10096 * f), (int) (35 * f), (int) (10 * f), 486 + StrictMath.rint(1180 * f * 16) / 16,
                    ok);
        }
        int sm = 2505 - (int) StrictMath.rint(StrictMath.max(0, temp - 42) * 30 / 15) * 15;
        if (t >= EVENTS_START_S && t <= EVENTS_END_S) {
            for (double[] w : events) {
                if (t >= w[0] && t <= w[1]) {
                    double p = w[2] > 0 ? r.uniform(130, 145) : r.uniform(85, 110);
                    return sample(tNs, t, late, p, StrictMath.rint(temp), sm, 10501, 99, 42, 1712.0, ok);
                }
            }
            // Between isolated events the GPU idles at full clocks while the harness prepares the next call.
            return sample(tNs, t, late, r.uniform(38, 46), StrictMath.rint(temp - 0.4), sm, 10501, r.nextInt(4),
                    r.nextInt(2), 1712.0, ok);
        }
        double power = r.chance(0.03) ? r.uniform(70, 105) : StrictMath.min(145, StrictMath.max(130,
                r.normal(137.5, 3.6)));
        int util = power < 110 ? 60 + r.nextInt(25) : 96 + r.nextInt(5);
        return sample(tNs, t, late, power, StrictMath.rint(temp), sm, 10501, util, 38 + r.nextInt(9),
                1712.0 + 16 * r.nextInt(12), ok);
    }

    private static double heatSoak(double t) {
        double minutes = (t - LOAD_START_S) / 60.0;
        if (minutes <= 0) {
            return HEAT_SOAK[0][1];
        }
        for (int i = 1; i < HEAT_SOAK.length; i++) {
            if (minutes <= HEAT_SOAK[i][0]) {
                double f = (minutes - HEAT_SOAK[i - 1][0]) / (HEAT_SOAK[i][0] - HEAT_SOAK[i - 1][0]);
                return HEAT_SOAK[i - 1][1] + f * (HEAT_SOAK[i][1] - HEAT_SOAK[i - 1][1]);
            }
        }
        return HEAT_SOAK[HEAT_SOAK.length - 1][1];
    }

    private static Sample sample(long tNs, double t, double late, double power, double temp, int sm, int mem,
            int util, int utilMem, double vram, boolean ok) {
        if (!ok) {
            return new Sample(tNs, t, late, Double.NaN, Double.NaN, 0, 0, 0, 0, Double.NaN, false);
        }
        return new Sample(tNs, t, late, Num.round(power, 3), temp, sm, mem, util, utilMem, vram, true);
    }
}
