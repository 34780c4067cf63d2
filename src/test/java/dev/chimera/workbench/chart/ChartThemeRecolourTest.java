package dev.chimera.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** The dark theme re-colours a finished chart (paints only) and the light theme restores it exactly. */
class ChartThemeRecolourTest {
    private static final Color DARK_BG = new Color(0x1F2227);
    private static final Color DARK_TEXT = new Color(0xE5E7EB);
    private static final Color LIGHT_TEXT = new Color(0x1F2937);

    // Same made-up grid as HeatMapChartTest: 5 values drawn as text in black or white by cell darkness.
    private static final HeatMapData GRID = new HeatMapData(List.of("hf_cpu_fp32", "ollama"),
            List.of("prefill", "kv_decode", "e2e_kv"),
            new double[][] {{1.2, 2.5, 14.0}, {35.5, Double.NaN, 3.0}}, 10);

    @Test
    void darkRecolouringChangesBackgroundsAndThemeTextButNotCellLabels() {
        JFreeChart chart = HeatMapChart.create("Warmup ratio", "ratio", GRID, ChartTheme.STANDARD);
        XYPlot plot = chart.getXYPlot();
        XYTextAnnotation themed = new XYTextAnnotation("note", 0, 0);
        themed.setPaint(ChartTheme.STANDARD.textPaint());
        plot.addAnnotation(themed);
        ValueMarker marker = new ValueMarker(1.0);
        marker.setLabel("published");
        marker.setLabelPaint(ChartTheme.STANDARD.mutedTextPaint());
        plot.addDomainMarker(marker, Layer.FOREGROUND);
        List<Object> cellPaintsBefore = cellLabelPaints(plot, themed);

        ChartTheme.DARK.recolour(chart);
        assertThat(chart.getBackgroundPaint()).isEqualTo(DARK_BG);
        assertThat(plot.getBackgroundPaint()).isEqualTo(DARK_BG);
        assertThat(plot.getDomainAxis().getTickLabelPaint()).isEqualTo(DARK_TEXT);
        assertThat(plot.getRangeAxis().getLabelPaint()).isEqualTo(DARK_TEXT);
        assertThat(chart.getTitle().getPaint()).isEqualTo(DARK_TEXT);
        assertThat(themed.getPaint()).isEqualTo(DARK_TEXT);
        assertThat(marker.getLabelPaint()).isEqualTo(ChartTheme.DARK.mutedTextPaint());
        // The heat map's black/white cell labels follow the cell colour, not the theme.
        assertThat(cellLabelPaints(plot, themed)).isEqualTo(cellPaintsBefore);
        BufferedImage img = chart.createBufferedImage(640, 300);
        assertThat(new Color(img.getRGB(2, 2))).as("corner pixel is the dark background").isEqualTo(DARK_BG);

        ChartTheme.STANDARD.recolour(chart);
        assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(plot.getDomainAxis().getTickLabelPaint()).isEqualTo(LIGHT_TEXT);
        assertThat(themed.getPaint()).isEqualTo(LIGHT_TEXT);
        assertThat(marker.getLabelPaint()).isEqualTo(ChartTheme.STANDARD.mutedTextPaint());
        assertThat(cellLabelPaints(plot, themed)).isEqualTo(cellPaintsBefore);
    }

    @Test
    void applyingTheLightThemeAndRecolouringWithItAgreeOnEveryPaint() {
        JFreeChart chart = HeatMapChart.create("Warmup ratio", "ratio", GRID, ChartTheme.STANDARD);
        Object gridBefore = chart.getXYPlot().getDomainGridlinePaint();
        Object axisLineBefore = chart.getXYPlot().getRangeAxis().getAxisLinePaint();
        ChartTheme.STANDARD.recolour(chart);
        assertThat(chart.getXYPlot().getDomainGridlinePaint()).isEqualTo(gridBefore);
        assertThat(chart.getXYPlot().getRangeAxis().getAxisLinePaint()).isEqualTo(axisLineBefore);
        assertThat(chart.getXYPlot().getRangeAxis().getLabelPaint()).isEqualTo(LIGHT_TEXT);
    }

    private static List<Object> cellLabelPaints(XYPlot plot, XYTextAnnotation exclude) {
        return plot.getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation && a != exclude)
                .map(a -> (Object) ((XYTextAnnotation) a).getPaint()).toList();
    }
}
