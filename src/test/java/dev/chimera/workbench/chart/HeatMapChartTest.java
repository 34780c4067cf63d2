package dev.chimera.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class HeatMapChartTest {

    // warmup median / steady median per backend x mode, made up; 2 cells above the 10x alert threshold.
    private static final HeatMapData GRID = new HeatMapData(List.of("hf_cpu_fp32", "ollama"),
            List.of("prefill", "kv_decode", "e2e_kv"),
            new double[][] {{1.2, 2.5, 14.0}, {35.5, Double.NaN, 3.0}}, 10);

    @Test
    void cellsHoldTheValuesAndCellsAboveTheThresholdAreMarked() {
        JFreeChart chart = HeatMapChart.create("Warmup ratio", "ratio", GRID, ChartTheme.STANDARD);
        XYZDataset d = (XYZDataset) chart.getXYPlot().getDataset();
        assertThat(d.getItemCount(0)).isEqualTo(6);
        // Row 1 (ollama), column 0 (prefill) is item 3 of the row-by-row layout.
        assertThat(d.getXValue(0, 3)).isEqualTo(0);
        assertThat(d.getYValue(0, 3)).isEqualTo(1);
        assertThat(d.getZValue(0, 3)).isEqualTo(35.5);
        assertThat(GRID.markedCells()).extracting(c -> c[0] + "," + c[1]).containsExactly("0,2", "1,0");
        // 5 values drawn as text + 2 red outlines; the missing cell gets no text.
        assertThat(chart.getXYPlot().getAnnotations()).hasSize(7);

        XYBlockRenderer r = (XYBlockRenderer) chart.getXYPlot().getRenderer();
        Color low = (Color) r.getPaintScale().getPaint(1.2);
        Color high = (Color) r.getPaintScale().getPaint(35.5);
        assertThat(high.getRed() + high.getGreen() + high.getBlue()).as("larger ratio is darker")
                .isLessThan(low.getRed() + low.getGreen() + low.getBlue());
        assertThat(r.getPaintScale().getPaint(Double.NaN)).isEqualTo(HeatMapChart.MISSING);

        BufferedImage img = chart.createBufferedImage(640, 300);
        assertThat(ChartImages.pixelsNear(img, HeatMapChart.MARK, 20)).as("red outlines drawn").isPositive();
        assertThat(ChartImages.pixelsNear(img, HeatMapChart.MISSING, 2)).as("missing cell drawn grey").isPositive();
    }
}
