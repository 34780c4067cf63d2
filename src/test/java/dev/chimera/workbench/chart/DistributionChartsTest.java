package dev.chimera.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.analysis.PercentileMethod;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Histogram, ECDF, CCDF and box plot factories, checked on hand-computed samples and rendered headless. */
class DistributionChartsTest {
    private static final ChartTheme THEME = ChartTheme.STANDARD;

    private static SampleGroup fast() {
        return new SampleGroup("fast", 0, new double[] {4, 1, 3, 2},
                new String[] {"a.json", "a.json", "b.json", "b.json"}, new int[] {1, 2, 1, 2});
    }

    @Test
    void ecdfIsOneHalfAtTheMedianAndTheCcdfEndsAtOneOverN() {
        Ecdf e = Ecdf.of(fast());
        // Sorted 1,2,3,4; numpy median 2.5; F(2.5) = 2 of 4 at or below = 0.5.
        assertThat(e.fractionAtOrBelow(2.5)).isEqualTo(0.5);
        JFreeChart ecdf = EcdfChart.create(null, "latency_ms (ms)", List.of(e), false, false, 800, THEME);
        XYDataset d = ecdf.getXYPlot().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(1);
        assertThat(d.getItemCount(0)).isEqualTo(4);
        assertThat(d.getXValue(0, 1)).isEqualTo(2.0);
        assertThat(d.getYValue(0, 1)).isEqualTo(0.5);

        JFreeChart ccdf = EcdfChart.create(null, "latency_ms (ms)", List.of(e), true, true, 800, THEME);
        XYDataset c = ccdf.getXYPlot().getDataset();
        // Last point: the maximum 4 with 1 of 4 samples at or above it.
        assertThat(c.getXValue(0, 3)).isEqualTo(4.0);
        assertThat(c.getYValue(0, 3)).isEqualTo(0.25);
        assertThat(c.getYValue(0, 0)).isEqualTo(1.0);
        LogAxis y = (LogAxis) ccdf.getXYPlot().getRangeAxis();
        assertThat(y.getLowerBound()).isEqualTo(0.1, within(1e-12)); // 1/4 widened to the decade below
        assertThat(y.getUpperBound()).isEqualTo(1.0, within(1e-12));
        assertThat(ccdf.getXYPlot().getRenderer().getDefaultCreateEntities()).isFalse();

        BufferedImage img = ChartImages.render(ccdf);
        assertThat(ChartImages.pixelsNear(img, THEME.colour(0), 40)).as("curve drawn in group colour").isPositive();
    }

    @Test
    void nearestPointNamesItsSourceFileAndLine() {
        Ecdf e = Ecdf.of(fast());
        PointInfo p = e.nearest(2.9, false);
        assertThat(p.x()).isEqualTo(3.0);
        assertThat(p.y()).isEqualTo(0.75);
        assertThat(p.sourceFile()).isEqualTo("b.json");
        assertThat(p.sourceLine()).isEqualTo(1);
        assertThat(e.nearest(100, true).y()).isEqualTo(0.25);
    }

    @Test
    void logAxisTicksSitAtWholeDecades() {
        LogAxis axis = THEME.logAxis("ms", 229.7, 3325.8);
        assertThat(axis.getLowerBound()).isEqualTo(100, within(1e-9));
        assertThat(axis.getUpperBound()).isEqualTo(10_000, within(1e-9));
        assertThat(axis.getTickUnit().getSize()).isEqualTo(1.0);
    }

    @Test
    void histogramBinsFollowFreedmanDiaconisWithACap() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i + 1;
        }
        SampleGroup g = SampleGroup.of("one-to-hundred", 1, v);
        // numpy: IQR of 1..100 = 75.25 - 25.75 = 49.5; h = 2 * 49.5 / 100^(1/3) = 21.33; range 99 -> 5 bins.
        HistogramBins bins = HistogramBins.of(List.of(g), false, 120);
        assertThat(bins.binCount()).isEqualTo(5);
        assertThat(bins.edges()[0]).isEqualTo(1.0);
        assertThat(bins.edges()[5]).isEqualTo(100.0, within(1e-9));
        // width 19.8: [1, 20.8) holds 1..20 = 20 values, the last bin [80.2, 100] holds 81..100 = 20.
        assertThat(bins.counts().get(0)).containsExactly(20, 20, 20, 20, 20);
        assertThat(HistogramBins.of(List.of(g), false, 3).binCount()).isEqualTo(3);

        List<SampleGroup> two = List.of(g, SampleGroup.of("other", 2, 50, 60));
        JFreeChart chart = HistogramChart.create(null, "latency_ms (ms)", two, HistogramBins.of(two, false, 120),
                THEME);
        IntervalXYDataset d = (IntervalXYDataset) chart.getXYPlot().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(2);
        assertThat(d.getItemCount(0)).isEqualTo(5);
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += d.getYValue(0, i);
        }
        assertThat(sum).isEqualTo(100);
        assertThat(d.getStartXValue(0, 0)).isEqualTo(1.0);
        BufferedImage img = ChartImages.render(chart);
        assertThat(img.getWidth()).isEqualTo(640);
    }

    @Test
    void logHistogramBinsAreEquallyWideInLog10() {
        SampleGroup g = SampleGroup.of("decades", 0, 1, 10, 100, 1000);
        HistogramBins bins = HistogramBins.of(List.of(g), true, 3);
        // log10 values 0,1,2,3: IQR 1.5, h = 3 / 4^(1/3) = 1.89 -> 2 bins: [1, 31.6), [31.6, 1000].
        assertThat(bins.binCount()).isEqualTo(2);
        assertThat(bins.edges()[1]).isEqualTo(Math.pow(10, 1.5), within(1e-9));
        assertThat(bins.counts().get(0)).containsExactly(2, 2);
        JFreeChart chart = HistogramChart.create(null, "ms", List.of(g), bins, THEME);
        assertThat(chart.getXYPlot().getDomainAxis()).isInstanceOf(LogAxis.class);
        ChartImages.render(chart);
    }

    @Test
    void boxPlotQuartilesWhiskersAndMeanMatchHandValues() {
        SampleGroup g = SampleGroup.of("with-cold-start", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100);
        SampleGroup h = SampleGroup.of("steady", 3, 10, 11, 12, 13);
        JFreeChart chart = BoxPlotChart.create(null, "latency_ms (ms)", List.of(g, h), PercentileMethod.LINEAR,
                false, THEME);
        CategoryPlot plot = chart.getCategoryPlot();
        BoxAndWhiskerCategoryDataset d = (BoxAndWhiskerCategoryDataset) plot.getDataset();
        assertThat(d.getColumnCount()).isEqualTo(2);
        // numpy.percentile([1..9, 100], [25, 50, 75]) = 3.25, 5.5, 7.75; IQR 4.5, upper fence 14.5.
        assertThat(d.getQ1Value(0, 0).doubleValue()).isEqualTo(3.25);
        assertThat(d.getMedianValue(0, 0).doubleValue()).isEqualTo(5.5);
        assertThat(d.getQ3Value(0, 0).doubleValue()).isEqualTo(7.75);
        assertThat(d.getMaxRegularValue(0, 0).doubleValue()).isEqualTo(9.0);
        assertThat(d.getMinRegularValue(0, 0).doubleValue()).isEqualTo(1.0);
        assertThat(d.getMeanValue(0, 0).doubleValue()).isEqualTo(14.5); // 145 / 10
        assertThat(d.getOutliers(0, 0)).containsExactly(100.0);
        // The value axis reaches the outlier (JFreeChart's own auto range would stop at the whiskers).
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(100.0);
        // Nearest rank: q1 = sorted[ceil(2.5) - 1] = 3, median = sorted[4] = 5, q3 = sorted[ceil(7.5) - 1] = 8.
        var nr = BoxPlotChart.item(g.values(), PercentileMethod.NEAREST_RANK);
        assertThat(List.of(nr.getQ1().doubleValue(), nr.getMedian().doubleValue(), nr.getQ3().doubleValue()))
                .containsExactly(3.0, 5.0, 8.0);
        BufferedImage img = ChartImages.render(chart);
        assertThat(ChartImages.pixelsNear(img, THEME.colour(3), 30)).as("second box in its own colour").isPositive();
        assertThat(ChartImages.pixelsNear(img, THEME.colour(0), 30)).isPositive();
    }

    @Test
    void paletteIsStableByIndexAndWrapsRound() {
        assertThat(THEME.colour(2)).isEqualTo(THEME.colour(2 + THEME.paletteSize()));
        assertThat(THEME.colour(0)).isNotEqualTo(THEME.colour(1));
        JFreeChart chart = HistogramChart.create("t", "x", List.of(SampleGroup.of("a", 5, 1, 2)),
                HistogramBins.of(List.of(SampleGroup.of("a", 5, 1, 2)), false, 10), THEME);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(THEME.colour(5));
        assertThat(chart.getAntiAlias()).isTrue();
    }
}
