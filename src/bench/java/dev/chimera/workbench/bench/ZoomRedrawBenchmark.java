package dev.chimera.workbench.bench;

import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.DecimationPyramid;
import dev.chimera.workbench.chart.Decimator;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A zoom or pan redraw of a 10 M-sample trace (issue 10 target ≤ 120 ms p95): find the visible slice, decimate
 * it to the 1,200-pixel plot width, hand the points to the JFreeChart dataset and render the whole chart (themed,
 * axes re-ranged) into a 1200×600 BufferedImage through Java2D, headless. The views cycle through zoom levels
 * from the whole trace to 1/1000 of it at moving pan offsets, so the fully zoomed-out view (the worst case: all
 * 10 M samples visible) is one step in six. Baseline of the same run: rendering the same chart with an
 * unchanged 2,400-point dataset (the drawing cost alone).
 *
 * <p>{@code zoomPanRedrawPyramid} is the same step with the slice decimated from a {@link DecimationPyramid}
 * built once in the setup (as the Power tab builds it with the trace's analysis): same views, same kept points.
 * {@code sliceDecimator} and {@code slicePyramid} are the decimation of those views alone, without dataset swap
 * and render.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
public class ZoomRedrawBenchmark {
    static final int SAMPLES = 10_000_000;
    static final int WIDTH = 1200;
    static final int HEIGHT = 600;
    private static final double[] ZOOMS = {1.0, 0.5, 0.1, 0.01, 0.001, 0.25};

    private double[] x;
    private double[] y;
    private DefaultXYDataset data;
    private JFreeChart chart;
    private XYPlot plot;
    private BufferedImage image;
    private DecimationPyramid pyramid;
    private int step;

    @Setup
    public void setUp() {
        x = new double[SAMPLES];
        y = new double[SAMPLES];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = i * 0.1;
            y[i] = ((i / 3000) % 2 == 1 ? 180 : 26) + 15 * Math.sin(i / 5000.0) + r.nextGaussian() * 3;
        }
        data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDefaultCreateEntities(false);
        NumberAxis xAxis = new NumberAxis("time from trace start (s)");
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis("power (W)");
        plot = new XYPlot(data, xAxis, yAxis, renderer);
        chart = ChartTheme.STANDARD.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        pyramid = DecimationPyramid.build(x, y);
        show(0, SAMPLES, Decimator.keep(x, y, 0, SAMPLES, WIDTH));
    }

    /** One redraw at the next view (zoom level × pan offset). */
    @Benchmark
    public BufferedImage zoomPanRedraw() {
        int[] slice = nextView();
        show(slice[0], slice[1], Decimator.keep(x, y, slice[0], slice[1], WIDTH));
        return render();
    }

    /** The same redraw with the slice decimated from the pyramid. */
    @Benchmark
    public BufferedImage zoomPanRedrawPyramid() {
        int[] slice = nextView();
        show(slice[0], slice[1], pyramid.keep(slice[0], slice[1], WIDTH));
        return render();
    }

    /** The decimation of the next view alone, by a pass over its samples. */
    @Benchmark
    public int[] sliceDecimator() {
        int[] slice = nextView();
        return Decimator.keep(x, y, slice[0], slice[1], WIDTH);
    }

    /** The decimation of the next view alone, from the pyramid. */
    @Benchmark
    public int[] slicePyramid() {
        int[] slice = nextView();
        return pyramid.keep(slice[0], slice[1], WIDTH);
    }

    /** The next view's samples {from, to}: zoom levels cycle, the pan offset moves. */
    private int[] nextView() {
        step++;
        double zoom = ZOOMS[step % ZOOMS.length];
        double span = x[SAMPLES - 1] - x[0];
        double width = span * zoom;
        double start = x[0] + (span - width) * ((step * 0.137) % 1.0);
        int from = Math.max(0, lowerBound(x, start) - 1);
        int to = Math.min(SAMPLES, lowerBound(x, start + width) + 1);
        return new int[] {from, to};
    }

    /** Baseline: the same chart redrawn without a new view (rendering alone). */
    @Benchmark
    public BufferedImage baselineRenderOnly() {
        return render();
    }

    private void show(int from, int to, int[] keep) {
        chart.setNotify(false);
        data.addSeries("power (W)", Decimator.select(x, y, keep));
        plot.getDomainAxis().setRange(x[from], x[to - 1]);
        chart.setNotify(true);
    }

    private BufferedImage render() {
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return image;
    }

    static int lowerBound(double[] sorted, double v) {
        int i = Arrays.binarySearch(sorted, v);
        return i >= 0 ? i : -i - 1;
    }
}
