package dev.chimera.workbench.power;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/** Entry point of the power engine: every trace of a dataset, analysed with one set of options. */
public final class PowerAnalysis {

    private PowerAnalysis() {
    }

    public static List<TraceAnalysis> analyze(Dataset dataset, PowerOptions o) {
        Table events = dataset.table(CanonicalTable.EVENTS);
        Table summaries = dataset.table(CanonicalTable.SUMMARIES);
        List<TraceAnalysis> out = new ArrayList<>();
        java.util.Set<String> foldersWithEvents = new java.util.HashSet<>();
        for (PowerTrace trace : PowerTraces.from(dataset.table(CanonicalTable.POWER))) {
            // Events belong to one trace per folder (the first GPU's): never attributed twice.
            boolean takesEvents = foldersWithEvents.add(trace.folder());
            out.add(analyze(trace, takesEvents ? events : null, summaries, o));
        }
        return out;
    }

    public static TraceAnalysis analyze(PowerTrace trace, Table events, Table summaries, PowerOptions o) {
        List<String> notes = new ArrayList<>();
        SamplingQuality q = SamplingQuality.of(trace, o);
        double[] t = trace.times();
        double[] p = trace.powers();
        double energy = Energy.trapezoidJ(t, p);
        double mean = 0;
        int floor = 0;
        for (double w : p) {
            mean += w;
            if (w < o.floorW()) {
                floor++;
            }
        }
        mean = p.length == 0 ? Double.NaN : mean / p.length;
        double twMean = trace.durationS() > 0 ? energy / trace.durationS() : Double.NaN;
        IdleBaseline detected = IdleBaselineFinder.detect(trace, o);
        IdleBaseline fromFile = IdleBaselineFinder.fromSummaries(summaries, trace);
        IdleBaseline used = fromFile.usable() ? fromFile : detected;
        if (!used.usable()) {
            notes.add("no idle baseline: " + detected.note() + "; event energy is not baseline-subtracted");
        }
        int lagging = 0;
        if (used.usable()) {
            for (int i = 0; i < trace.size(); i++) {
                if (trace.utilPct(i) <= o.idleUtilPct() && trace.powerW(i) > 2 * used.levelW()) {
                    lagging++;
                }
            }
        }
        if (lagging > 0) {
            notes.add(lagging + " samples at idle utilisation draw more than twice the idle level: power lags"
                    + " utilisation (NVML/nvidia-smi power is a ~1 s average on Ampere and newer)");
        }
        if (floor > 0) {
            notes.add(String.format(Locale.ROOT, "%d samples below %.0f W are floor suspect", floor, o.floorW()));
        }
        if (q.gapCount() > 0) {
            notes.add(String.format(Locale.ROOT, "%d gaps above %.0f ms (%.2f s in all) are bridged by straight"
                    + " lines in the energy", q.gapCount(), o.gapThresholdS() * 1000, q.gapTotalS()));
        }
        List<EventEnergy> ev = events == null ? List.of()
                : EventEnergyAnalyzer.analyze(events, trace, used.levelW(), o);
        HeatSoak heat = HeatSoakAnalyzer.analyze(trace, o);
        return new TraceAnalysis(trace, q, energy, mean, twMean, used, detected, floor, lagging, heat, ev,
                PhaseEnergy.split(ev), notes);
    }
}
