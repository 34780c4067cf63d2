package dev.chimera.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.power.EnergyQuality;
import dev.chimera.workbench.power.PowerAnalysis;
import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.power.PowerTrace;
import dev.chimera.workbench.power.TraceAnalysis;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The power charts of the TR122-style sample, rendered headless (Java2D only) and checked dataset by dataset. */
class PowerTraceChartTest {
    private static TraceAnalysis tr122;

    @BeforeAll
    static void load() throws Exception {
        Dataset ds = DatasetLoader.standard().load(Path.of("sample-data/tr122-physics"));
        List<TraceAnalysis> all = PowerAnalysis.analyze(ds, PowerOptions.defaults());
        assertThat(all).hasSize(1);
        tr122 = all.get(0);
    }

    @Test
    void traceChartDecimatesAndShadesEveryEventByQuality() {
        JFreeChart chart = PowerTraceChart.create(tr122, 5, ChartTheme.STANDARD);
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        // 9,523 valid samples (python3 over power_trace.csv, read_ok=True) decimated to ≤ 2·2000 + 2 points,
        // and the first and last sample kept.
        assertThat(data.getItemCount(PowerTraceChart.TRACE_SERIES)).isLessThanOrEqualTo(2 * 2000 + 2)
                .isGreaterThan(2000);
        assertThat(data.getXValue(PowerTraceChart.TRACE_SERIES, 0)).isEqualTo(0.0);
        assertThat(data.getXValue(PowerTraceChart.TRACE_SERIES, data.getItemCount(0) - 1))
                .isCloseTo(959.900362999, within(1e-9));
        // python3: 449 valid samples under 5 W, every one in the floor series.
        assertThat(data.getItemCount(PowerTraceChart.FLOOR_SERIES)).isEqualTo(449);

        // 30 events (wc -l generation_events.jsonl) shaded behind the trace; colours follow the engine's quality
        // (5 good, 2 gappy, 23 no_data: RealTracesTest).
        Collection<?> events = plot.getDomainMarkers(Layer.BACKGROUND);
        assertThat(events).hasSize(30);
        assertThat(events.stream().map(m -> ((Marker) m).getPaint()))
                .filteredOn(p -> p.equals(PowerTraceChart.GOOD)).hasSize(5);
        assertThat(events.stream().map(m -> ((Marker) m).getPaint()))
                .filteredOn(p -> p.equals(PowerTraceChart.GAPPY)).hasSize(2);
        assertThat(events.stream().map(m -> ((Marker) m).getPaint()))
                .filteredOn(p -> p.equals(PowerTraceChart.NO_DATA)).hasSize(23);
        assertThat(tr122.eventCount(EnergyQuality.GOOD)).isEqualTo(5);

        // python3: 25 intervals > 250 ms → 25 gap markers in front of the trace.
        assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).hasSize(25);
        // baseline.json: idle_watts_mean 20.6332864424 ± idle_watts_std 10.0332830391 → the band.
        IntervalMarker band = (IntervalMarker) plot.getRangeMarkers(Layer.BACKGROUND).iterator().next();
        assertThat(band.getStartValue()).isCloseTo(20.6332864424 - 10.0332830391, within(1e-9));
        assertThat(band.getEndValue()).isCloseTo(20.6332864424 + 10.0332830391, within(1e-9));

        BufferedImage img = ChartImages.render(chart);
        assertThat(ChartImages.pixelsNear(img, PowerTraceChart.FLOOR, 10)).isGreaterThan(20);
    }

    @Test
    void dtHistogramCountsEveryIntervalAndMarksTheThreshold() {
        JFreeChart chart = PowerSamplingCharts.dtHistogram(tr122, ChartTheme.STANDARD);
        XYPlot plot = chart.getXYPlot();
        ValueMarker threshold = (ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(threshold.getValue()).isEqualTo(250.0);
        // 9,523 samples → 9,522 intervals in all bins (python3).
        double total = 0;
        double aboveThreshold = 0;
        XYDataset d = plot.getDataset();
        for (int i = 0; i < d.getItemCount(0); i++) {
            total += d.getYValue(0, i);
            if (((org.jfree.data.xy.IntervalXYDataset) d).getStartXValue(0, i) >= 250.0) {
                aboveThreshold += d.getYValue(0, i);
            }
        }
        assertThat(total).isEqualTo(9522);
        // Bins starting at or above 250 ms hold only gaps: at most the 25 gaps, at least one (max 585 ms).
        assertThat(aboveThreshold).isBetween(1.0, 25.0);
        assertThat(ChartImages.render(chart).getWidth()).isPositive();

        TraceAnalysis at200 = PowerAnalysis.analyze(tr122.trace(), null, null,
                PowerOptions.defaults().withGapThreshold(0.2));
        ValueMarker m200 = (ValueMarker) PowerSamplingCharts.dtHistogram(at200, ChartTheme.STANDARD).getXYPlot()
                .getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(m200.getValue()).isEqualTo(200.0);
    }

    @Test
    void temperatureChartHasTheSlopeOnASecondAxisAndTheEquilibriumMarker() {
        JFreeChart chart = PowerSamplingCharts.temperature(tr122, ChartTheme.STANDARD);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getRangeAxisCount()).isEqualTo(2);
        assertThat(plot.getDataset(PowerSamplingCharts.SLOPE_DATASET).getItemCount(0))
                .isEqualTo(tr122.heatSoak().slopes().size()).isPositive();
        assertThat(plot.getRangeAxisIndex(plot.getRenderer(PowerSamplingCharts.SLOPE_DATASET).getPlot()
                .getRangeAxis(1))).isEqualTo(1);
        assertThat(plot.getDataset(0).getItemCount(0)).isLessThanOrEqualTo(2 * 2000 + 2);
        // Equilibrium at t = 635.400268017 s (RealTracesTest, checked against TR122's own slope loop).
        ValueMarker eq = (ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(eq.getValue()).isCloseTo(635.400268017, within(1e-9));
        assertThat(ChartImages.pixelsNear(ChartImages.render(chart), PowerSamplingCharts.EQUILIBRIUM, 10))
                .isGreaterThan(50);
    }

    @Test
    void noTemperatureNoHeatSoakChart() {
        PowerTrace t = PowerTrace.of("synthetic", new double[] {0, 0.1, 0.2}, new double[] {30, 40, 35});
        TraceAnalysis a = PowerAnalysis.analyze(t, null, null, PowerOptions.defaults());
        assertThat(PowerSamplingCharts.temperature(a, ChartTheme.STANDARD)).isNull();
        // Three samples: nothing to decimate, no floor samples, no gaps at 100 ms steps.
        XYPlot plot = PowerTraceChart.create(a, 5, ChartTheme.STANDARD).getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(3);
        assertThat(plot.getDataset().getItemCount(1)).isZero();
        assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).isNull();
    }

    @Test
    void chartFromAPyramidShowsTheSamePointsAndReplaceTraceSwapsOnlyTheTrace() {
        PowerTrace trace = tr122.trace();
        DecimationPyramid pyramid = DecimationPyramid.build(trace.times(), trace.powers());
        XYDataset plain = PowerTraceChart.create(tr122, 5, ChartTheme.STANDARD).getXYPlot().getDataset();
        JFreeChart chart = PowerTraceChart.create(tr122, pyramid, 5, ChartTheme.STANDARD);
        XYDataset data = chart.getXYPlot().getDataset();
        assertThat(data.getItemCount(PowerTraceChart.TRACE_SERIES)).isEqualTo(plain.getItemCount(0));
        for (int i = 0; i < plain.getItemCount(0); i++) {
            assertThat(data.getXValue(0, i)).isEqualTo(plain.getXValue(0, i));
            assertThat(data.getYValue(0, i)).isEqualTo(plain.getYValue(0, i));
        }
        Comparable<?> key = data.getSeriesKey(PowerTraceChart.TRACE_SERIES);

        PowerTraceChart.replaceTrace(chart, new double[][] {{1, 2, 3}, {40, 50, 60}});
        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getSeriesKey(PowerTraceChart.TRACE_SERIES)).isEqualTo(key);
        assertThat(data.getItemCount(PowerTraceChart.TRACE_SERIES)).isEqualTo(3);
        assertThat(data.getYValue(PowerTraceChart.TRACE_SERIES, 2)).isEqualTo(60.0);
        assertThat(data.getItemCount(PowerTraceChart.FLOOR_SERIES)).isEqualTo(449); // untouched
    }
}
