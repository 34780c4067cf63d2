package dev.chimera.workbench.ui.export;

import dev.chimera.workbench.export.AutoAnnotations;
import dev.chimera.workbench.export.ExportFormat;
import java.nio.file.Path;
import java.util.List;

/**
 * What the user chose in the export dialog.
 *
 * @param chartIds ids of the charts to export (a subset of the request's)
 * @param scale    PNG scale (1 or 2), used when dpi is 0
 * @param dpi      PNG DPI, 0 for none
 * @param auto     which automatic annotations to draw (slider position and verdict are filled in later)
 */
public record ExportDialogAnswer(List<String> chartIds, List<ExportFormat> formats, double scale, int dpi,
                                 Path folder, AutoAnnotations auto) {
    public ExportDialogAnswer {
        chartIds = List.copyOf(chartIds);
        formats = List.copyOf(formats);
    }
}
