package dev.chimera.workbench.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;

/**
 * PDF through PDFBox and pdfbox-graphics2d: one page of width × height points holding the chart as vector
 * graphics. The document information carries the title, Creator/Producer, the provenance's one-line footer as
 * Subject, every provenance field as a custom entry ({@code chimera.<field>}) and the JSON as
 * {@link Provenance#KEY}.
 */
public final class PdfExport {

    private PdfExport() {
    }

    public static void write(JFreeChart chart, String title, ExportOptions o, Provenance provenance,
                             OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = PdfFonts.drawer()) {
            PDPage page = new PDPage(new PDRectangle(o.width(), o.height()));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, o.width(), o.height());
            g.setFontTextDrawer(fonts);
            try {
                ChartPainter.paint(g, chart, o.width(), o.height(), o.footer() ? provenance : null);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            info(doc.getDocumentInformation(), title, provenance);
            doc.save(out);
        }
    }

    private static void info(PDDocumentInformation info, String title, Provenance provenance) {
        if (title != null) {
            info.setTitle(title);
        }
        String version = provenance == null ? AppVersion.current() : provenance.appVersion();
        info.setCreator("Chimera Workbench " + version);
        info.setProducer("Chimera Workbench " + version + " (Apache PDFBox, pdfbox-graphics2d)");
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        if (provenance != null) {
            now.setTimeInMillis(provenance.date().toEpochMilli());
            info.setSubject(String.join(" | ", provenance.footerLines()));
            info.setKeywords("chimera-workbench; provenance; " + provenance.contentHash());
            for (Map.Entry<String, String> e : provenance.fields().entrySet()) {
                info.setCustomMetadataValue("chimera." + e.getKey(), e.getValue());
            }
            info.setCustomMetadataValue(Provenance.KEY, provenance.toJson());
        }
        info.setCreationDate(now);
    }
}
