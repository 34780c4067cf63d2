package dev.chimera.workbench.export;

import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * One chart ready to export: a stable id (the file name's base), a human title, its family (latency,
 * crossover, regime, power, cost), the chart, and what the automatic annotations need.
 *
 * @param sampleCounts category → n for the n labels of a box plot (empty otherwise)
 * @param verdict      the finding verdict badge for this chart, or null
 */
public record ExportChart(String id, String title, String family, JFreeChart chart, Map<String, Integer> sampleCounts,
                          String verdict) {
    public ExportChart {
        sampleCounts = Map.copyOf(sampleCounts);
    }

    public ExportChart(String id, String title, String family, JFreeChart chart) {
        this(id, title, family, chart, Map.of(), null);
    }
}
