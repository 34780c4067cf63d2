package dev.chimera.workbench.power;

import dev.chimera.workbench.model.EventColumns;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Per-event energy with TR122's gating: the events of a trace's folder (already on the trace's time axis) are
 * classified by their in-window samples and gaps, then integrated and baseline-subtracted.
 */
public final class EventEnergyAnalyzer {

    private EventEnergyAnalyzer() {
    }

    /** The events of {@code trace}'s folder, in table order. */
    public static List<EventEnergy> analyze(Table events, PowerTrace trace, double baselineW, PowerOptions o) {
        List<EventEnergy> out = new ArrayList<>();
        if (events == null) {
            return out;
        }
        TableColumn file = TableColumn.of(events, EventColumns.SOURCE_FILE);
        TableColumn id = TableColumn.of(events, EventColumns.EVENT_ID);
        TableColumn label = TableColumn.of(events, EventColumns.LABEL);
        TableColumn start = TableColumn.of(events, EventColumns.START_S);
        TableColumn end = TableColumn.of(events, EventColumns.END_S);
        TableColumn tokens = TableColumn.of(events, EventColumns.TOKENS);
        TableColumn batch = TableColumn.of(events, "batch_size");
        TableColumn quality = TableColumn.of(events, "energy_quality");
        TableColumn samples = TableColumn.of(events, "power_samples");
        for (int row = 0; row < events.rowCount(); row++) {
            if (!IdleBaselineFinder.folder(file.text(row)).equals(trace.folder())) {
                continue;
            }
            out.add(event(trace, id.text(row), label.text(row), whole(batch.number(row)), start.number(row),
                    end.number(row), whole(tokens.number(row)), baselineW, o, quality.text(row),
                    whole(samples.number(row))));
        }
        return out;
    }

    /** One event window [startS, endS] on the trace's axis. */
    public static EventEnergy event(PowerTrace trace, String id, String phase, int batchSize, double startS,
                                    double endS, int tokens, double baselineW, PowerOptions o, String fileQuality,
                                    int fileSamples) {
        if (!(endS >= startS)) {
            return new EventEnergy(id, phase, batchSize, startS, endS, tokens, 0, 1, Double.NaN,
                    EnergyQuality.NO_DATA, Double.NaN, baselineW, Double.NaN, fileQuality, fileSamples);
        }
        int first = Energy.firstAtOrAfter(trace, startS);
        int inWindow = 0;
        while (first + inWindow < trace.size() && trace.t(first + inWindow) <= endS) {
            inWindow++;
        }
        double[] gaps = gaps(trace, startS, endS, o.gapThresholdS());
        double duration = endS - startS;
        double gapFraction = duration > 0 ? Math.min(1, gaps[0] / duration) : (inWindow > 0 ? 0 : 1);
        EnergyQuality q;
        if (inWindow < o.noDataBelowSamples()) {
            q = EnergyQuality.NO_DATA;
        } else if (inWindow >= o.goodMinSamples() && gapFraction <= o.gappyGapFraction()
                && !(gaps[1] > o.gapThresholdS() + SamplingQuality.EPS)) {
            q = EnergyQuality.GOOD;
        } else {
            q = EnergyQuality.GAPPY;
        }
        double raw = Double.NaN;
        double op = Double.NaN;
        if (q != EnergyQuality.NO_DATA) {
            raw = o.interpolateEdges() ? Energy.interpolatedJ(trace, startS, endS)
                    : Energy.samplesOnlyJ(trace, startS, endS);
            op = Double.isFinite(baselineW) ? raw - baselineW * duration : Double.NaN;
        }
        return new EventEnergy(id, phase, batchSize, startS, endS, tokens, inWindow, gapFraction, gaps[1], q, raw,
                baselineW, op, fileQuality == null ? "" : fileQuality, fileSamples);
    }

    /**
     * {time of [a, b] covered by gaps, longest interval overlapping [a, b]}. A gap is an inter-sample interval
     * longer than the threshold; time outside the trace counts as gap.
     */
    static double[] gaps(PowerTrace trace, double a, double b, double threshold) {
        int n = trace.size();
        if (n == 0) {
            return new double[] {b - a, Double.NaN};
        }
        double covered = 0;
        double longest = 0;
        if (a < trace.t(0)) {
            covered += Math.min(b, trace.t(0)) - a;
        }
        if (b > trace.t(n - 1)) {
            covered += b - Math.max(a, trace.t(n - 1));
        }
        int i = Math.max(1, Energy.firstAtOrAfter(trace, a));
        for (; i < n && trace.t(i - 1) < b; i++) {
            double len = trace.t(i) - trace.t(i - 1);
            double overlap = Math.min(trace.t(i), b) - Math.max(trace.t(i - 1), a);
            if (overlap > 0 || (a == b && trace.t(i - 1) <= a && trace.t(i) >= a)) {
                longest = Math.max(longest, len);
                if (len > threshold + SamplingQuality.EPS) {
                    covered += Math.max(0, overlap);
                }
            }
        }
        return new double[] {covered, longest};
    }

    private static int whole(double v) {
        return Double.isFinite(v) ? (int) Math.round(v) : Integer.MIN_VALUE;
    }
}
