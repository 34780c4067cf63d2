package dev.chimera.workbench.ui.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.chart.PowerTraceChart;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.RealWindow;
import dev.chimera.workbench.ui.main.MainViewModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zooming the real window's trace chart (the domain axis set as a zoom does, on the FX thread) replaces the trace
 * series of the chart on screen with the visible samples; restoring the auto-range brings the whole trace back.
 */
@ExtendWith(ApplicationExtension.class)
class PowerTraceZoomFxTest {
    private final RealWindow window = new RealWindow();
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = window.start(stage);
    }

    @AfterEach
    void tearDown() {
        window.close();
    }

    @Test
    void zoomingTheAxisSwapsInTheVisibleSamples(FxRobot robot) throws Exception {
        window.open(robot, Path.of("sample-data/tr122-physics"), 60);
        PowerViewModel vm = viewModel.power();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null
                && !vm.computingProperty().get());
        robot.clickOn(I18n.tr("tab.power"));
        WaitForAsyncUtils.waitForFxEvents();
        PowerChartPane pane = robot.lookup("#" + PowerView.TRACE_CHART_ID).queryAs(PowerChartPane.class);
        JFreeChart chart = pane.viewer().getChart();
        assertThat(chart).isSameAs(vm.resultProperty().get().traceChart());
        XYDataset data = chart.getXYPlot().getDataset();
        double[] t = vm.resultProperty().get().analysis().trace().times();
        // As built: 9,523 samples decimated to 2,000 columns, at most 4,002 points, first and last sample.
        assertThat(t).hasSize(9_523);
        assertThat(data.getItemCount(PowerTraceChart.TRACE_SERIES)).isLessThanOrEqualTo(4_002);

        // Brute force: the samples in [100 s, 150 s] plus the nearest one beyond each end (none lies on an end).
        int first = -1;
        int last = -1;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= 100 && first < 0) {
                first = i;
            }
            if (t[i] <= 150) {
                last = i;
            }
        }
        assertThat(t[first]).isNotEqualTo(100.0);
        assertThat(t[last]).isNotEqualTo(150.0);
        int expected = last - first + 1 + 2; // ~500 samples, fewer than 2 × plot width + 2: all kept
        double before = t[first - 1];
        double after = t[last + 1];

        ValueAxis axis = chart.getXYPlot().getDomainAxis();
        robot.interact(() -> axis.setRange(100, 150));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> data.getItemCount(PowerTraceChart.TRACE_SERIES) == expected);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(data.getXValue(PowerTraceChart.TRACE_SERIES, 0)).isEqualTo(before);
        assertThat(data.getXValue(PowerTraceChart.TRACE_SERIES, expected - 1)).isEqualTo(after);
        assertThat(pane.viewer().getChart()).isSameAs(chart);
        assertThat(axis.getLowerBound()).isEqualTo(100.0);
        assertThat(axis.getUpperBound()).isEqualTo(150.0);

        robot.interact(() -> axis.setAutoRange(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> data.getItemCount(PowerTraceChart.TRACE_SERIES) > expected
                && data.getXValue(PowerTraceChart.TRACE_SERIES, 0) == t[0]);
        // Read on the FX thread, which owns the chart (the wait above polls from the test thread).
        WaitForAsyncUtils.waitForFxEvents();
        double[] seen = new double[3];
        robot.interact(() -> {
            int n = data.getItemCount(PowerTraceChart.TRACE_SERIES);
            seen[0] = data.getXValue(PowerTraceChart.TRACE_SERIES, n - 1);
            seen[1] = axis.getLowerBound();
            seen[2] = axis.getUpperBound();
        });
        String state = java.util.Arrays.toString(seen) + " auto " + axis.isAutoRange();
        assertThat(seen[0]).as(state).isEqualTo(t[t.length - 1]);
        assertThat(seen[2]).as(state).isGreaterThanOrEqualTo(t[t.length - 1]);
        assertThat(seen[1]).as(state).isLessThanOrEqualTo(t[0]);
    }
}
