package dev.chimera.workbench.export;

import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Builds the charts of a dataset for export, headless, through the same chart builders (package {@code chart})
 * and default settings as the GUI's tabs. Every call builds fresh JFreeChart objects, so annotations can be
 * applied to them freely.
 */
public final class ExportCharts {

    private ExportCharts() {
    }

    /**
     * @param findings checked findings (for verdict badges on crossover charts); may be empty
     */
    public static List<ExportChart> build(Dataset ds, ChartRequest request, List<FindingResult> findings) {
        List<ExportChart> out = new ArrayList<>();
        Table runs = ds.table(CanonicalTable.RUNS);
        boolean hasRuns = runs != null && runs.rowCount() > 0;
        if (request.families().contains("latency") && hasRuns) {
            out.addAll(LatencyExportCharts.build(runs, request.filter()));
        }
        boolean crossover = request.families().contains("crossover");
        boolean regime = request.families().contains("regime");
        if ((crossover || regime) && hasRuns) {
            out.addAll(ScalingExportCharts.build(runs, crossover, regime, verdict(findings, "crossover")));
        }
        if (request.families().contains("power")) {
            out.addAll(PowerCostExportCharts.power(ds));
        }
        if (request.families().contains("cost")) {
            out.addAll(PowerCostExportCharts.cost(ds, request.pricingTier()));
        }
        return out;
    }

    /** "TR118 crossover: CONFIRMED" from the first finding drawn on that chart, or null. */
    static String verdict(List<FindingResult> findings, String chart) {
        for (FindingResult r : findings) {
            if (chart.equals(r.chart())) {
                return r.id() + ": " + r.verdict().name();
            }
        }
        return null;
    }
}
