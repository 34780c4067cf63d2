package dev.chimera.workbench.ui.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What the export dialog offers: the charts of the current tab (id → title), whether the crossover toggles
 * apply, and the folder it starts in (may be null).
 */
public record ExportDialogRequest(List<TabChart> charts, boolean crossoverToggles, Path initialFolder) {
    public ExportDialogRequest {
        charts = List.copyOf(charts);
    }
}
