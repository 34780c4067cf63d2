package dev.chimera.workbench.ui.export;

import dev.chimera.workbench.analysis.SampleFilter;

/**
 * The workbench settings an export records, read on the FX thread when the export starts: the row filters
 * (as text), the cold-start settings, the pricing tier and the model-size slider position.
 */
public record ExportContext(String filters, SampleFilter coldStart, String pricingTier, double sliderParams) {

    public static ExportContext defaults() {
        return new ExportContext("none", SampleFilter.defaults(), "on-demand", Double.NaN);
    }
}
