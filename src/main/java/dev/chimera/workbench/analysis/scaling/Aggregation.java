package dev.chimera.workbench.analysis.scaling;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.Stats;
import java.util.Collection;

/** How one model's samples become one point of a scaling fit. */
public enum Aggregation {
    /** Arithmetic mean of the per-scenario means (TR118: mean over scenarios of throughput_mean_tok_s). */
    MEAN_OF_SCENARIO_MEANS("mean-of-scenario-means"),
    /** Geometric mean of the per-scenario medians (TR121 {@code analyze_scaling.py}, warmups excluded). */
    GEOMEAN_OF_SCENARIO_MEDIANS("geomean-of-scenario-medians"),
    /** Median of all the model's samples, scenarios pooled. */
    MEDIAN("median");

    private final String id;

    Aggregation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Aggregation parse(String s) {
        for (Aggregation a : values()) {
            if (a.id.equalsIgnoreCase(s) || a.name().equalsIgnoreCase(s)) {
                return a;
            }
        }
        if (s.equalsIgnoreCase("mean")) {
            return MEAN_OF_SCENARIO_MEANS;
        }
        if (s.equalsIgnoreCase("geomean")) {
            return GEOMEAN_OF_SCENARIO_MEDIANS;
        }
        throw new IllegalArgumentException("unknown aggregation '" + s
                + "' (mean-of-scenario-means, geomean-of-scenario-medians, median)");
    }

    /** The model's value from its samples per scenario; NaN when it has none. */
    double of(Collection<double[]> perScenario) {
        int k = 0;
        double acc = 0;
        switch (this) {
            case MEAN_OF_SCENARIO_MEANS -> {
                for (double[] s : perScenario) {
                    if (s.length > 0) {
                        acc += Stats.of(s, PercentileMethod.LINEAR).mean();
                        k++;
                    }
                }
                return k == 0 ? Double.NaN : acc / k;
            }
            case GEOMEAN_OF_SCENARIO_MEDIANS -> {
                for (double[] s : perScenario) {
                    if (s.length > 0) {
                        acc += Math.log(Stats.percentile(s, 50, PercentileMethod.LINEAR));
                        k++;
                    }
                }
                return k == 0 ? Double.NaN : Math.exp(acc / k);
            }
            default -> {
                int n = perScenario.stream().mapToInt(s -> s.length).sum();
                double[] all = new double[n];
                int i = 0;
                for (double[] s : perScenario) {
                    System.arraycopy(s, 0, all, i, s.length);
                    i += s.length;
                }
                return n == 0 ? Double.NaN : Stats.percentile(all, 50, PercentileMethod.LINEAR);
            }
        }
    }
}
