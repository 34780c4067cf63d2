package dev.chimera.workbench.analysis.scaling;

/** How the size where two backends trade places is found. */
public enum CrossoverMethod {
    /**
     * TR118 ({@code verify_crossover_math.py}): fit ln(metric_A / metric_B) against ln(params) over the models
     * both were run on; the crossover is where the ratio is 1, exp(−intercept / slope).
     */
    RATIO("ratio"),
    /**
     * Intersection of the two backends' own power-law fits, each over all of its models. Identical to RATIO
     * when both were run on the same models (least squares is linear in y); differs when their model sets do.
     */
    INTERSECTION("intersection");

    private final String id;

    CrossoverMethod(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static CrossoverMethod parse(String s) {
        for (CrossoverMethod m : values()) {
            if (m.id.equalsIgnoreCase(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown crossover method '" + s + "' (ratio, intersection)");
    }
}
