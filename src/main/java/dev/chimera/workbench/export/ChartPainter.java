package dev.chimera.workbench.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart and its provenance footer onto any Graphics2D (image, Batik SVG, PDFBox): the one drawing routine
 * behind every format, so the files match each other and the screen.
 */
public final class ChartPainter {
    static final Font FOOTER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    static final Color FOOTER_TEXT = new Color(0x4B5563);
    static final Color FOOTER_RULE = new Color(0xD1D5DB);
    private static final int LINE_HEIGHT = 12;
    private static final int PAD = 6;

    private ChartPainter() {
    }

    /** Height of the footer band for the given provenance (0 when none). */
    public static int footerHeight(Provenance provenance) {
        return provenance == null ? 0 : provenance.footerLines().size() * LINE_HEIGHT + PAD + 2;
    }

    /** Paints the chart over width × height (the footer, when given, takes the bottom of that area). */
    public static void paint(Graphics2D g, JFreeChart chart, int width, int height, Provenance provenance) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        int footer = footerHeight(provenance);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height - footer));
        if (provenance != null) {
            drawFooter(g, provenance.footerLines(), width, height - footer);
        }
    }

    private static void drawFooter(Graphics2D g, List<String> lines, int width, int top) {
        g.setPaint(FOOTER_RULE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(PAD, top + 1.5, width - PAD, top + 1.5));
        g.setFont(FOOTER_FONT);
        g.setPaint(FOOTER_TEXT);
        FontMetrics fm = g.getFontMetrics();
        int y = top + PAD / 2 + LINE_HEIGHT;
        for (String line : lines) {
            g.drawString(fit(line, fm, width - 2 * PAD), PAD, y);
            y += LINE_HEIGHT;
        }
    }

    /** The line, cut with an ellipsis in the middle when it is wider than the room (paths keep both ends). */
    static String fit(String line, FontMetrics fm, int room) {
        if (fm.stringWidth(line) <= room) {
            return line;
        }
        int keep = line.length();
        String cut = line;
        while (keep > 8 && fm.stringWidth(cut) > room) {
            keep -= 2;
            int head = keep / 2;
            cut = line.substring(0, head) + "\u2026" + line.substring(line.length() - (keep - head));
        }
        return cut;
    }
}
