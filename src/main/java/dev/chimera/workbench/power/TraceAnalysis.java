package dev.chimera.workbench.power;

import java.util.List;

/**
 * Everything the power engine says about one trace.
 *
 * @param energyJ             trapezoid ∫P dt over the real timestamps of the whole trace
 * @param meanW               arithmetic mean of the samples (biased toward densely sampled stretches)
 * @param timeWeightedMeanW   energy / duration
 * @param baseline            the level used for event energy (baseline.json when present, else detected)
 * @param detectedBaseline    what the trace itself shows (for comparison with baseline.json)
 * @param floorSuspectSamples samples below the floor anywhere in the trace
 * @param idleHighPowerSamples idle-utilisation samples drawing more than twice the idle level: power lags
 *                            utilisation (and nvidia-smi's power.draw is a 1 s average)
 */
public record TraceAnalysis(PowerTrace trace, SamplingQuality sampling, double energyJ, double meanW,
                            double timeWeightedMeanW, IdleBaseline baseline, IdleBaseline detectedBaseline,
                            int floorSuspectSamples, int idleHighPowerSamples, HeatSoak heatSoak,
                            List<EventEnergy> events, List<PhaseEnergy> phases, List<String> notes) {

    public TraceAnalysis {
        events = List.copyOf(events);
        phases = List.copyOf(phases);
        notes = List.copyOf(notes);
    }

    public long eventCount(EnergyQuality q) {
        return events.stream().filter(e -> e.quality() == q).count();
    }
}
