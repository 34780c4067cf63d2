package dev.chimera.workbench.ui.power;

import dev.chimera.workbench.chart.DecimationPyramid;
import dev.chimera.workbench.power.TraceAnalysis;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * What a background computation hands to the Power tab: the traces of the dataset, the analysis of the selected
 * one, its three charts (temperature null when the trace has none), the event rows, the summary line and the
 * min/max pyramid over the trace's samples (null without a trace) that zoomed views of the trace chart are
 * decimated from.
 */
public record PowerResult(PowerSettings settings, List<String> traceLabels, TraceAnalysis analysis,
                          JFreeChart traceChart, JFreeChart dtChart, JFreeChart temperatureChart,
                          List<PowerEventRow> rows, String summary, DecimationPyramid tracePyramid) {
    public PowerResult {
        traceLabels = List.copyOf(traceLabels);
        rows = List.copyOf(rows);
    }
}
