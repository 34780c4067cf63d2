package dev.chimera.workbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.Ecdf;
import dev.chimera.workbench.chart.EcdfChart;
import dev.chimera.workbench.chart.SampleGroup;
import dev.chimera.workbench.export.ExportFormat;
import dev.chimera.workbench.export.ExportOptions;
import dev.chimera.workbench.export.ChartExporter;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The PNG export of a chart and the on-screen ChartViewer showing the same JFreeChart at the same size agree
 * inside the plot's data area, up to a one-pixel neighbourhood (JavaFX and Java2D measure and antialias text
 * differently, which moves the data area by a few pixels).
 */
@ExtendWith(ApplicationExtension.class)
class ExportMatchesScreenFxTest {
    private static final int W = 480;
    private static final int H = 300;
    private static final int CHANNEL_TOLERANCE = 64;
    private JFreeChart chart;
    private ChartViewer viewer;

    @Start
    void start(Stage stage) {
        chart = ecdf(0);
        viewer = new ChartViewer(chart);
        stage.setScene(new Scene(new StackPane(viewer), W, H));
        stage.show();
    }

    static JFreeChart ecdf(double shift) {
        double[] a = new double[300];
        double[] b = new double[300];
        for (int i = 0; i < 300; i++) {
            a[i] = 10 + i + shift;
            b[i] = 60 + 1.5 * i;
        }
        return EcdfChart.create(null, "latency_ms (ms)", List.of(Ecdf.of(SampleGroup.of("alpha", 0, a)),
                Ecdf.of(SampleGroup.of("beta", 1, b))), false, false, 400, ChartTheme.STANDARD);
    }

    @Test
    void pngExportMatchesTheOnScreenSnapshot(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<BufferedImage> screen = new AtomicReference<>();
        AtomicReference<Rectangle2D> screenArea = new AtomicReference<>();
        AtomicReference<BufferedImage> file = new AtomicReference<>();
        AtomicReference<Rectangle2D> fileArea = new AtomicReference<>();
        AtomicReference<BufferedImage> other = new AtomicReference<>();
        robot.interact(() -> {
            screen.set(snapshot());
            screenArea.set(viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getBounds2D());
            // Rendered on the FX thread too: the chart object belongs to the viewer.
            file.set(export(chart));
            fileArea.set(dataArea(chart));
            other.set(export(ecdf(40)));
        });
        BufferedImage s = screen.get();
        assertThat(s.getWidth()).isEqualTo(W);
        assertThat(s.getHeight()).isEqualTo(H);
        java.nio.file.Path shots = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        ImageIO.write(s, "png", shots.resolve("export-vs-screen-screen.png").toFile());
        ImageIO.write(file.get(), "png", shots.resolve("export-vs-screen-file.png").toFile());
        // JavaFX measures tick-label text a little differently from Java2D, so the plot's data area may move by a
        // few pixels; the layout is otherwise the same.
        Rectangle2D a = screenArea.get();
        Rectangle2D b = fileArea.get();
        assertThat(Math.abs(a.getWidth() - b.getWidth())).isLessThan(W * 0.03);
        assertThat(Math.abs(a.getHeight() - b.getHeight())).isLessThan(H * 0.03);
        // Inside the data area (curves, gridlines) the two agree once mapped onto each other.
        double same = differingFraction(s, a, file.get(), b);
        double shifted = differingFraction(s, a, other.get(), b);
        System.err.printf("data area screen %s file %s; differing: same %.5f, shifted %.5f%n", a, b, same, shifted);
        // Measured: 0.04 % of the sample points differ between screen and file; moving one curve by 40 ms (about
        // 30 px) makes 1.8 % differ (most points are background in both). The bound sits between the two.
        assertThat(same).isLessThan(0.005);
        assertThat(shifted).isGreaterThan(0.01);
    }

    private static Rectangle2D dataArea(JFreeChart c) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        c.createBufferedImage(W, H, info);
        return info.getPlotInfo().getDataArea().getBounds2D();
    }

    private BufferedImage snapshot() {
        WritableImage img = viewer.snapshot(null, null);
        PixelReader px = img.getPixelReader();
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        return out;
    }

    private static BufferedImage export(JFreeChart c) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ChartExporter.write(c, null, ExportFormat.PNG, new ExportOptions(W, H, 1, 0, false), null, bytes);
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Fraction of sample points of data area {@code ra} of {@code a} with no pixel within one pixel of the
     * corresponding point of data area {@code rb} of {@code b} whose channels are all within the tolerance.
     */
    static double differingFraction(BufferedImage a, Rectangle2D ra, BufferedImage b, Rectangle2D rb) {
        int cols = 200;
        int rows = 120;
        long diff = 0;
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                double u = (i + 0.5) / cols;
                double v = (j + 0.5) / rows;
                int ax = (int) (ra.getX() + u * ra.getWidth());
                int ay = (int) (ra.getY() + v * ra.getHeight());
                int bx = (int) (rb.getX() + u * rb.getWidth());
                int by = (int) (rb.getY() + v * rb.getHeight());
                if (!nearMatch(a.getRGB(ax, ay), b, bx, by)) {
                    diff++;
                }
            }
        }
        return diff / (double) (cols * rows);
    }

    private static boolean nearMatch(int p, BufferedImage b, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = Math.max(0, Math.min(b.getWidth() - 1, x + dx));
                int yy = Math.max(0, Math.min(b.getHeight() - 1, y + dy));
                int q = b.getRGB(xx, yy);
                boolean ok = true;
                for (int shift = 0; shift <= 16; shift += 8) {
                    ok &= Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)) <= CHANNEL_TOLERANCE;
                }
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }
}
