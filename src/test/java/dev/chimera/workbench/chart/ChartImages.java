package dev.chimera.workbench.chart;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;

/** Renders charts through Java2D (headless) and looks at the pixels. */
final class ChartImages {
    private ChartImages() {
    }

    static BufferedImage render(JFreeChart chart) {
        return chart.createBufferedImage(640, 400);
    }

    /** Pixels whose colour is within a small distance of {@code c} (antialiasing blends edges). */
    static int pixelsNear(BufferedImage img, Color c, int tolerance) {
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = new Color(img.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) <= tolerance && Math.abs(p.getGreen() - c.getGreen()) <= tolerance
                        && Math.abs(p.getBlue() - c.getBlue()) <= tolerance) {
                    count++;
                }
            }
        }
        return count;
    }
}
