package dev.chimera.workbench.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;

/**
 * PNG through ImageIO at the options' pixel scale, with a pHYs chunk carrying the DPI and tEXt chunks: Title,
 * Software and {@link Provenance#KEY} (the provenance JSON, non-ASCII escaped so it fits Latin-1).
 */
public final class PngExport {
    private static final double METRES_PER_INCH = 0.0254;
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private PngExport() {
    }

    /** The chart drawn into an ARGB image at the options' pixel scale. */
    public static BufferedImage render(JFreeChart chart, ExportOptions o, Provenance provenance) {
        double s = o.pixelScale();
        int w = (int) Math.round(o.width() * s);
        int h = (int) Math.round(o.height() * s);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(s, s);
            ChartPainter.paint(g, chart, o.width(), o.height(), o.footer() ? provenance : null);
        } finally {
            g.dispose();
        }
        return img;
    }

    public static void write(JFreeChart chart, String title, ExportOptions o, Provenance provenance,
                             OutputStream out) throws IOException {
        write(render(chart, o, provenance), o.pngDpi(), title, provenance, out);
    }

    public static void write(BufferedImage img, int dpi, String title, Provenance provenance, OutputStream out)
            throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            meta.mergeTree(PNG_FORMAT, tree(dpi, title, provenance));
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode tree(int dpi, String title, Provenance provenance) {
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Integer.toString((int) Math.round(dpi / METRES_PER_INCH));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        root.appendChild(phys);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        if (title != null) {
            text.appendChild(entry("Title", latin1(title)));
        }
        text.appendChild(entry("Software", "Chimera Workbench "
                + (provenance == null ? AppVersion.current() : provenance.appVersion())));
        if (provenance != null) {
            text.appendChild(entry(Provenance.KEY, provenance.toJson()));
        }
        root.appendChild(text);
        return root;
    }

    private static IIOMetadataNode entry(String keyword, String value) {
        IIOMetadataNode e = new IIOMetadataNode("tEXtEntry");
        e.setAttribute("keyword", keyword);
        e.setAttribute("value", value);
        return e;
    }

    private static String latin1(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c < 256 ? c : '?');
        }
        return b.toString();
    }
}
