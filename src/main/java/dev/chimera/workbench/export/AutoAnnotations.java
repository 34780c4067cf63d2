package dev.chimera.workbench.export;

/**
 * The automatic annotations of an export, each of which the user can switch off. Regime bands and the crossover
 * marker with its CI are drawn by the crossover chart itself and removed when off; the slider line, the verdict
 * badge and the n labels are added at export time.
 *
 * @param sliderParams the model-size slider's position in parameters (NaN: none)
 * @param verdict      badge text, e.g. "TR118 crossover: CONFIRMED" (null: none)
 */
public record AutoAnnotations(boolean regimeBands, boolean crossover, boolean slider, boolean verdictBadge,
                              boolean sampleCounts, double sliderParams, String verdict) {

    public static AutoAnnotations all() {
        return new AutoAnnotations(true, true, true, true, true, Double.NaN, null);
    }

    public static AutoAnnotations none() {
        return new AutoAnnotations(false, false, false, false, false, Double.NaN, null);
    }

    public AutoAnnotations withSlider(double params) {
        return new AutoAnnotations(regimeBands, crossover, slider, verdictBadge, sampleCounts, params, verdict);
    }

    public AutoAnnotations withVerdict(String text) {
        return new AutoAnnotations(regimeBands, crossover, slider, verdictBadge, sampleCounts, sliderParams, text);
    }
}
