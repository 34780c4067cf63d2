import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the Chimera Workbench icon (a rounded tile with a latency histogram and its long tail, and a
 * percentile marker) at every size the desktop wants. Run from the repository root:
 * {@code java -Djava.awt.headless=true packaging/icons/IconMaker.java packaging/icons}. The PNGs are committed;
 * this program only documents how they were made.
 */
public final class IconMaker {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    // Bar heights of a right-skewed latency histogram (fraction of the plot height).
    private static final double[] BARS = {0.22, 0.62, 0.95, 0.78, 0.50, 0.30, 0.18, 0.11, 0.07, 0.05};

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : ".");
        for (int size : SIZES) {
            String name = size == 256 ? "chimera-workbench.png" : "chimera-workbench-" + size + ".png";
            ImageIO.write(draw(size), "png", new File(dir, name));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        g.scale(s, s);

        g.setPaint(new GradientPaint(0, 0, new Color(0x1E3A5F), 0, 256, new Color(0x0B1A2E)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 52, 52));

        double left = 40;
        double bottom = 204;
        double plotH = 150;
        double barW = 176.0 / BARS.length;
        for (int i = 0; i < BARS.length; i++) {
            double h = BARS[i] * plotH;
            // The tail bars (p99 side) in the accent colour.
            g.setColor(i >= 7 ? new Color(0xE69F00) : new Color(0x56B4E9));
            g.fill(new RoundRectangle2D.Double(left + i * barW + 2, bottom - h, barW - 4, h, 6, 6));
        }

        // The ECDF drawn over the bars.
        Path2D curve = new Path2D.Double();
        double cum = 0;
        double total = 0;
        for (double b : BARS) {
            total += b;
        }
        curve.moveTo(left, bottom);
        for (int i = 0; i < BARS.length; i++) {
            cum += BARS[i];
            curve.lineTo(left + (i + 1) * barW, bottom - cum / total * plotH);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(size <= 32 ? 14f : 9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);

        // Axis line.
        g.setColor(new Color(0xDDE1E6));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(34, 212, 222, 212);
        g.dispose();
        return img;
    }
}
