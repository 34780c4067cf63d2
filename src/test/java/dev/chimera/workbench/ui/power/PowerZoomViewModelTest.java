package dev.chimera.workbench.ui.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.chart.PowerTraceChart;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zooming the Power tab's trace chart: the ViewModel publishes the visible slice's points of a 100,000-sample
 * TR122 trace written here (100 ms steps, so sample i is at i / 10 s), checked against a scan of the written values.
 */
class PowerZoomViewModelTest {
    static final int N = 100_000;
    static final int SPIKE = 50_123;     // 612.5 W, inside the 1 % zoom
    static final int DIP = 50_456;       // 11.25 W, inside the 1 % zoom
    static final int FAR_SPIKE = 10_000; // 999 W, outside it
    @TempDir
    static Path dir;
    static double[] watts = new double[N];
    private PowerViewModel vm;

    @BeforeAll
    static void writeTrace() throws IOException {
        SplittableRandom r = new SplittableRandom(17);
        try (Writer w = Files.newBufferedWriter(dir.resolve("power_trace.csv"), StandardCharsets.UTF_8)) {
            w.write("t_ns,power_w,temp_c,sm_clock_mhz,mem_clock_mhz,util_gpu,util_mem,vram_used_mb,read_ok,dt_s\n");
            for (int i = 0; i < N; i++) {
                String p = String.format(Locale.ROOT, "%.3f", 100 + 50 * Math.sin(i / 700.0) + r.nextGaussian() * 4);
                p = i == SPIKE ? "612.500" : i == DIP ? "11.250" : i == FAR_SPIKE ? "999.000" : p;
                watts[i] = Double.parseDouble(p);
                w.write((1_000_000_000_000L + i * 100_000_000L) + "," + p + ",60.0,1800,5000,90,40,4000.0,True,0.1\n");
            }
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        vm = new PowerViewModel(new CurrentThreadTaskExecutor());
        vm.setDataset(DatasetLoader.standard().load(dir));
        assertThat(vm.resultProperty().get().tracePyramid().size()).isEqualTo(N);
        assertThat(vm.visibleTraceProperty().get()).isNull();
    }

    /** Time of sample i as the TR122 reader computes it from the written t_ns. */
    static double t(int i) {
        return (i * 100_000_000L) / 1e9;
    }

    @Test
    void zoomToOnePercentPublishesOnlyTheSliceWithItsMinAndMax() {
        // 5000.05–5099.95 s: samples 50,001..50,999 inside, 50,000 and 51,000 the neighbours beyond the ends.
        vm.visibleRangeChanged(5000.05, 5099.95, 200);
        VisibleTrace v = vm.visibleTraceProperty().get();
        assertThat(v.from()).isEqualTo(50_000);
        assertThat(v.to()).isEqualTo(51_001);
        assertThat(v.columns()).isEqualTo(200);
        assertThat(v.t().length).isLessThanOrEqualTo(2 * 200 + 2).isGreaterThan(200);
        assertThat(v.t()[0]).isEqualTo(t(50_000));
        assertThat(v.t()[v.t().length - 1]).isEqualTo(t(51_000));
        for (int k = 1; k < v.t().length - 1; k++) {
            assertThat(v.t()[k]).isBetween(5000.05, 5099.95);
        }
        // Brute force over the written values of the slice: the extremes are the planted spike and dip.
        int min = 50_000;
        int max = 50_000;
        for (int i = 50_000; i <= 51_000; i++) {
            min = watts[i] < watts[min] ? i : min;
            max = watts[i] > watts[max] ? i : max;
        }
        assertThat(min).isEqualTo(DIP);
        assertThat(max).isEqualTo(SPIKE);
        assertContainsPoint(v, t(DIP), 11.25);
        assertContainsPoint(v, t(SPIKE), 612.5);
        assertThat(v.watts()).doesNotContain(999.0);
    }

    @Test
    void halfTheTraceAndTheRestoredWholeKeepTheirScannedExtremes() {
        // 0–5000 s: samples 0..50,000 (50,000 lies exactly on the end), decimated through the pyramid's levels.
        vm.visibleRangeChanged(0, 5000, 300);
        VisibleTrace half = vm.visibleTraceProperty().get();
        assertThat(half.from()).isZero();
        assertThat(half.to()).isEqualTo(50_001);
        assertThat(half.t().length).isLessThanOrEqualTo(602);
        assertScannedExtremesKept(half, 0, 50_001);
        assertContainsPoint(half, t(FAR_SPIKE), 999.0);

        // Auto-range restored: the View passes the infinities, the whole trace comes back at the plot's width.
        vm.visibleRangeChanged(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1000);
        VisibleTrace whole = vm.visibleTraceProperty().get();
        assertThat(whole.from()).isZero();
        assertThat(whole.to()).isEqualTo(N);
        assertThat(whole.t()[0]).isZero();
        assertThat(whole.t()[whole.t().length - 1]).isEqualTo(t(N - 1));
        assertScannedExtremesKept(whole, 0, N);

        // The same view again publishes nothing new.
        vm.visibleRangeChanged(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1000);
        assertThat(vm.visibleTraceProperty().get()).isSameAs(whole);
    }

    @Test
    void theWholeTraceAtTheBuiltWidthIsWhatTheChartAlreadyShows() {
        vm.visibleRangeChanged(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, PowerTraceChart.COLUMNS);
        assertThat(vm.visibleTraceProperty().get()).isNull();
        // A zoom, then a new result (another gap threshold) resets the published points.
        vm.visibleRangeChanged(100, 200, 400);
        assertThat(vm.visibleTraceProperty().get()).isNotNull();
        vm.gapThresholdProperty().set(0.20);
        assertThat(vm.visibleTraceProperty().get()).isNull();
    }

    private static void assertScannedExtremesKept(VisibleTrace v, int from, int to) {
        int min = from;
        int max = from;
        for (int i = from; i < to; i++) {
            min = watts[i] < watts[min] ? i : min;
            max = watts[i] > watts[max] ? i : max;
        }
        assertContainsPoint(v, t(min), watts[min]);
        assertContainsPoint(v, t(max), watts[max]);
    }

    private static void assertContainsPoint(VisibleTrace v, double time, double w) {
        boolean found = false;
        for (int k = 0; k < v.t().length; k++) {
            found |= v.t()[k] == time && v.watts()[k] == w;
        }
        assertThat(found).as("point (%s s, %s W) published", time, w).isTrue();
    }
}
