package dev.chimera.workbench.ui.export;

import org.jfree.chart.JFreeChart;

/** A chart a tab shows: a stable id (file-name base), a title for the dialog and the file, the chart. */
public record TabChart(String id, String title, JFreeChart chart) {
}
