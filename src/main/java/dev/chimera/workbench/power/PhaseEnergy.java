package dev.chimera.workbench.power;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Energy of one phase (prefill, decode ...) summed over its counted events; no_data events are counted only in
 * {@code noData}, never in the sums.
 */
public record PhaseEnergy(String phase, int events, int good, int gappy, int noData, double energyJ,
                          long tokens) {

    /** Operational joules per token over the counted events (sum of energy / sum of tokens). */
    public double jPerToken() {
        return tokens > 0 && events - noData > 0 ? energyJ / tokens : Double.NaN;
    }

    public double tokensPerJ() {
        return energyJ > 0 ? tokens / energyJ : Double.NaN;
    }

    /** One row per phase, in first-seen order. */
    public static List<PhaseEnergy> split(List<EventEnergy> events) {
        Map<String, long[]> counts = new LinkedHashMap<>(); // events, good, gappy, noData, tokens
        Map<String, double[]> energy = new LinkedHashMap<>();
        for (EventEnergy e : events) {
            String phase = e.phase() == null || e.phase().isEmpty() ? "(none)" : e.phase();
            long[] c = counts.computeIfAbsent(phase, k -> new long[5]);
            double[] j = energy.computeIfAbsent(phase, k -> new double[1]);
            c[0]++;
            switch (e.quality()) {
                case GOOD -> c[1]++;
                case GAPPY -> c[2]++;
                case NO_DATA -> c[3]++;
                default -> { }
            }
            if (e.counted() && e.tokens() > 0) {
                j[0] += e.energyJ();
                c[4] += e.tokens();
            }
        }
        List<PhaseEnergy> out = new ArrayList<>();
        counts.forEach((phase, c) -> out.add(new PhaseEnergy(phase, (int) c[0], (int) c[1], (int) c[2],
                (int) c[3], energy.get(phase)[0], c[4])));
        return out;
    }
}
