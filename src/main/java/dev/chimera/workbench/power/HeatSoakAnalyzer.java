package dev.chimera.workbench.power;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Computes {@link HeatSoak}: rolling temperature slope by time, equilibrium, throttling flags. */
public final class HeatSoakAnalyzer {
    private static final int MAX_POINTS = 2000;

    private HeatSoakAnalyzer() {
    }

    public static HeatSoak analyze(PowerTrace trace, PowerOptions o) {
        int n = trace.size();
        int load = -1;
        for (int i = 0; i < n; i++) {
            if (trace.utilPct(i) >= o.loadUtilPct() && Double.isFinite(trace.tempC(i))) {
                load = i;
                break;
            }
        }
        if (load < 0) {
            return empty(o, "no sample under load (utilisation >= " + o.loadUtilPct() + " %) with a temperature");
        }
        double loadStart = trace.t(load);
        // Temperatures from the start of load on (idle samples between bursts stay in: the GPU keeps its heat).
        int m = 0;
        double[] t = new double[n - load];
        double[] c = new double[n - load];
        for (int i = load; i < n; i++) {
            if (Double.isFinite(trace.tempC(i))) {
                t[m] = trace.t(i);
                c[m++] = trace.tempC(i);
            }
        }
        // Prefix sums (centred on the first sample for precision) give each window's slope in O(1).
        double[] st = new double[m + 1];
        double[] sc = new double[m + 1];
        double[] stt = new double[m + 1];
        double[] stc = new double[m + 1];
        for (int i = 0; i < m; i++) {
            double x = t[i] - t[0];
            st[i + 1] = st[i] + x;
            sc[i + 1] = sc[i] + c[i];
            stt[i + 1] = stt[i] + x * x;
            stc[i + 1] = stc[i] + x * c[i];
        }
        int step = Math.max(1, m / MAX_POINTS);
        List<HeatSoak.SlopePoint> points = new ArrayList<>();
        double equilibriumAt = Double.NaN;
        double equilibriumSlope = Double.NaN;
        double maxSlope = Double.NaN;
        int lo = 0;
        for (int hi = 0; hi < m; hi++) {
            while (t[lo] < t[hi] - o.heatWindowS()) {
                lo++;
            }
            double span = t[hi] - t[lo];
            // The window is full once the load has lasted minWindowSpanS (TR122: > 10 points as well).
            if (t[hi] - t[0] < Math.min(o.minWindowSpanS(), o.heatWindowS()) - 1e-9 || hi - lo + 1 < 10) {
                continue;
            }
            double slope = slope(st, sc, stt, stc, lo, hi + 1) * 60.0;
            if (Double.isNaN(maxSlope) || Math.abs(slope) > Math.abs(maxSlope)) {
                maxSlope = slope;
            }
            if (Double.isNaN(equilibriumAt) && Math.abs(slope) < o.equilibriumSlope()) {
                equilibriumAt = t[hi];
                equilibriumSlope = slope;
                points.add(new HeatSoak.SlopePoint(t[hi], slope, span));
            } else if (hi % step == 0 || hi == m - 1) {
                points.add(new HeatSoak.SlopePoint(t[hi], slope, span));
            }
        }
        double trend = m >= 2 ? slope(st, sc, stt, stc, 0, m) * 60.0 : Double.NaN;
        Stats temps = Stats.of(java.util.Arrays.copyOf(c, m), PercentileMethod.LINEAR);
        int[] flags = throttling(trace, o);
        double reference = clockReference(trace, o);
        String note = points.isEmpty() ? String.format(Locale.ROOT,
                "load lasts %.0f s: shorter than the %.0f s a slope window needs", t[m - 1] - loadStart,
                o.minWindowSpanS())
                : Double.isNaN(equilibriumAt) ? "equilibrium not reached (|slope| stayed >= "
                + o.equilibriumSlope() + " °C/min)" : String.format(Locale.ROOT,
                "equilibrium %.0f s after load start (|slope| < %.2f °C/min over the trailing %.0f s window)",
                equilibriumAt - loadStart, o.equilibriumSlope(), o.heatWindowS());
        return new HeatSoak(loadStart, o.heatWindowS(), o.equilibriumSlope(), equilibriumAt, equilibriumSlope, c[0],
                c[m - 1], temps.max(), trend, maxSlope, points, flags[0], o.throttleTempC(), reference, flags[1],
                note);
    }

    /** Least-squares slope (per second) of samples [from, to) from prefix sums. */
    private static double slope(double[] st, double[] sc, double[] stt, double[] stc, int from, int to) {
        double k = to - from;
        double sx = st[to] - st[from];
        double sy = sc[to] - sc[from];
        double sxx = stt[to] - stt[from];
        double sxy = stc[to] - stc[from];
        double den = k * sxx - sx * sx;
        return den <= 0 ? Double.NaN : (k * sxy - sx * sy) / den;
    }

    /** {samples at or above the throttle temperature, samples under load with a dropped clock}. */
    private static int[] throttling(PowerTrace trace, PowerOptions o) {
        double reference = clockReference(trace, o);
        int hot = 0;
        int drops = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.tempC(i) >= o.throttleTempC()) {
                hot++;
            }
            if (trace.utilPct(i) >= o.loadUtilPct() && Double.isFinite(reference)
                    && trace.smClockMhz(i) < (1 - o.clockDropFraction()) * reference) {
                drops++;
            }
        }
        return new int[] {hot, drops};
    }

    private static double clockReference(PowerTrace trace, PowerOptions o) {
        double[] clocks = new double[trace.size()];
        for (int i = 0; i < trace.size(); i++) {
            clocks[i] = trace.utilPct(i) >= o.loadUtilPct() ? trace.smClockMhz(i) : Double.NaN;
        }
        return Stats.percentile(clocks, 95, PercentileMethod.LINEAR);
    }

    private static HeatSoak empty(PowerOptions o, String note) {
        return new HeatSoak(Double.NaN, o.heatWindowS(), o.equilibriumSlope(), Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of(), 0, o.throttleTempC(), Double.NaN, 0, note);
    }
}
