package dev.chimera.workbench.findings;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.power.EnergyQuality;
import dev.chimera.workbench.power.EventEnergy;
import dev.chimera.workbench.power.IdleBaseline;
import dev.chimera.workbench.power.PowerAnalysis;
import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.power.TraceAnalysis;
import java.util.List;

/** TR122 checks on the power engine's per-trace analysis (TR122 options: 250 ms gaps, 5-minute slope window). */
final class PowerChecks {
    private PowerChecks() {
    }

    static FindingResult check(DatasetScope s, Finding f) {
        Dataset ds = s.dataset();
        if (ds.rowCount(CanonicalTable.POWER) == 0) {
            return Evidence.noData(f, "no power samples (power_trace.csv, nvidia-smi or telemetry)");
        }
        List<TraceAnalysis> traces = s.cached("power", () -> PowerAnalysis.analyze(ds, PowerOptions.defaults()));
        if (traces.isEmpty()) {
            return Evidence.noData(f, "no power trace with timestamps and watts");
        }
        TraceAnalysis t = traces.get(0);
        List<String> files = Evidence.files(ds, CanonicalTable.POWER, CanonicalTable.EVENTS);
        String trace = traces.size() == 1 ? "" : " (first of " + traces.size() + " traces)";
        switch (f.check()) {
            case "idle_baseline":
                if (!t.baseline().usable()) {
                    return Evidence.inconclusive(f, Double.NaN, Double.NaN, Double.NaN, t.baseline().n(),
                            "no usable idle level: " + t.baseline().note(), files, "power");
                }
                // baseline.json does not say how many samples it averaged (n = -1): count it as one level
                return Evidence.decide(f, t.baseline().meanW(), Double.NaN, Double.NaN, Math.max(1, t.baseline().n()),
                        "idle power of trace " + t.trace().label() + ": " + (t.baseline().source()
                                == IdleBaseline.Source.BASELINE_JSON ? "read from the harness's baseline.json (it "
                                + "does not say how many samples it averaged, so n counts it as 1)"
                                : "mean of the longest steady idle stretch of the trace") + ", sd "
                                + Evidence.fmt(t.baseline().stdW()) + " W" + trace, files, "power");
            case "sampling_gaps":
                return Evidence.decide(f, t.sampling().dtP95S() * 1000, Double.NaN, Double.NaN, t.sampling().samples(),
                        "p95 sampling interval, ms (median " + Evidence.fmt(t.sampling().dtMedianS() * 1000) + " ms; "
                                + t.sampling().gapCount() + " gaps above " + Evidence.fmt(t.sampling().gapThresholdS()
                                * 1000) + " ms, max " + Evidence.fmt(t.sampling().gapMaxS() * 1000) + " ms; continuity "
                                + t.sampling().continuity().id() + ")" + trace, files, "power");
            case "event_gating":
                return gating(f, t, files, trace);
            default:
                if (!t.heatSoak().reachedEquilibrium()) {
                    return Evidence.inconclusive(f, Double.NaN, Double.NaN, Double.NaN, t.heatSoak().slopes().size(),
                            "no thermal equilibrium reached: " + t.heatSoak().note(), files, "power");
                }
                return Evidence.decide(f, t.heatSoak().equilibriumS() / 60.0, Double.NaN, Double.NaN,
                        t.heatSoak().slopes().size(), "minutes from load start to |slope| < "
                                + Evidence.fmt(t.heatSoak().thresholdCPerMin()) + " °C/min ("
                                + Evidence.fmt(t.heatSoak().tempStartC()) + " → " + Evidence.fmt(t.heatSoak().tempEndC())
                                + " °C)" + trace, files, "power");
        }
    }

    /** Share of events shorter than max_duration_s without GOOD energy (no_data or gappy), at ~100 ms polling. */
    private static FindingResult gating(Finding f, TraceAnalysis t, List<String> files, String trace) {
        double maxS = Double.parseDouble(f.param("max_duration_s", "0.2"));
        List<EventEnergy> shortEvents = t.events().stream().filter(e -> e.durationS() < maxS).toList();
        if (t.events().isEmpty()) {
            return Evidence.noData(f, "no generation events (generation_events.jsonl) within the power trace");
        }
        if (shortEvents.isEmpty()) {
            return Evidence.noData(f, "no event shorter than " + Evidence.fmt(maxS * 1000) + " ms among "
                    + t.events().size() + " events");
        }
        double dtMs = t.sampling().dtMedianS() * 1000;
        long noData = shortEvents.stream().filter(e -> e.quality() == EnergyQuality.NO_DATA).count();
        long notGood = shortEvents.stream().filter(e -> e.quality() != EnergyQuality.GOOD).count();
        double share = (double) notGood / shortEvents.size();
        String what = "events shorter than " + Evidence.fmt(maxS * 1000) + " ms without good energy: " + notGood + "/"
                + shortEvents.size() + " (" + noData + " no_data), polling median " + Evidence.fmt(dtMs) + " ms" + trace;
        if (dtMs < 80) {
            return Evidence.inconclusive(f, share, Double.NaN, Double.NaN, shortEvents.size(), what
                    + "; the claim is about ~100 ms polling, yours is faster", files, "power");
        }
        return Evidence.decide(f, share, Double.NaN, Double.NaN, shortEvents.size(), what, files, "power");
    }
}
