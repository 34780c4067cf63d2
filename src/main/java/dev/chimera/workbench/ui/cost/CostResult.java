package dev.chimera.workbench.ui.cost;

import dev.chimera.workbench.cost.CostReport;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * One computation of the Cost tab: the report at the chosen tier, where its inputs came from, the backend and
 * mode the tier and sensitivity charts show, and the four charts.
 *
 * @param sourceUsed "raw" or "summary"
 */
public record CostResult(CostReport report, String sourceUsed, List<String> backends, List<String> modes,
                         String backend, String mode, JFreeChart byBackend, JFreeChart scatter, JFreeChart tiers,
                         JFreeChart sensitivity) {

    public CostResult {
        backends = List.copyOf(backends);
        modes = List.copyOf(modes);
    }
}
