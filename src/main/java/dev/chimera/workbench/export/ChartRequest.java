package dev.chimera.workbench.export;

import dev.chimera.workbench.analysis.SampleFilter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which charts {@link ExportCharts} builds and with which settings.
 *
 * @param families     latency, crossover, regime, power, cost
 * @param filter       cold-start settings of the latency charts
 * @param sliderParams the model-size slider position (NaN: none)
 * @param pricingTier  pricing tier id of the cost charts (default on-demand)
 */
public record ChartRequest(Set<String> families, SampleFilter filter, double sliderParams, String pricingTier) {
    public static final List<String> FAMILIES = List.of("latency", "crossover", "regime", "power", "cost");

    public ChartRequest {
        families = Set.copyOf(families);
        pricingTier = pricingTier == null || pricingTier.isBlank() ? "on-demand" : pricingTier;
    }

    public static ChartRequest all() {
        return new ChartRequest(Set.copyOf(FAMILIES), SampleFilter.defaults(), Double.NaN, "on-demand");
    }

    /** "latency,cost" or "all" → the families; throws IllegalArgumentException naming an unknown one. */
    public static Set<String> parseFamilies(String csv) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : csv.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("all")) {
                out.addAll(FAMILIES);
            } else if (FAMILIES.contains(p)) {
                out.add(p);
            } else {
                throw new IllegalArgumentException("unknown chart family '" + part.trim() + "' ("
                        + String.join(", ", FAMILIES) + ", all)");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no chart family given");
        }
        return out;
    }

    public ChartRequest withSlider(double params) {
        return new ChartRequest(families, filter, params, pricingTier);
    }
}
