package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.SummaryResult;
import dev.chimera.workbench.chart.Ecdf;
import dev.chimera.workbench.chart.HistogramBins;
import dev.chimera.workbench.chart.SampleGroup;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * What one computation produced: the groups' samples, the summary behind the percentile table, the four charts
 * built from them, and the data hovering needs. Immutable once handed to the UI thread.
 *
 * @param groups groups with at least one sample, in summary order (these are the charts' series)
 * @param status    one line saying what the numbers are over
 * @param coldStart the "Cold starts & warmups" sub-view
 * @param paradox   mean-vs-median ordering conflicts among the groups, for the banner
 */
public record DistributionResult(DistributionSettings settings, SummaryResult summary, List<SampleGroup> groups,
                                 List<Ecdf> ecdfs, HistogramBins bins, JFreeChart histogram, JFreeChart ecdf,
                                 JFreeChart ccdf, JFreeChart box, List<PercentileRow> rows, String status,
                                 ColdStartResult coldStart, ParadoxNotes paradox) {

    public DistributionResult {
        groups = List.copyOf(groups);
        ecdfs = List.copyOf(ecdfs);
        rows = List.copyOf(rows);
    }

    public int sampleCount() {
        return groups.stream().mapToInt(SampleGroup::size).sum();
    }

    public JFreeChart chart(ChartKind kind) {
        return switch (kind) {
            case HISTOGRAM -> histogram;
            case ECDF -> ecdf;
            case CCDF -> ccdf;
            case BOX -> box;
            case ALL -> throw new IllegalArgumentException("ALL is not one chart");
        };
    }
}
