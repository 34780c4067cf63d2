package dev.chimera.workbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Every format decodes with an independent reader and carries the provenance. */
class ExportFilesTest {
    private static final ExportOptions SMALL = new ExportOptions(480, 300, 1, 0, true);

    private static byte[] export(ExportFormat f, ExportOptions o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartExporter.write(ExportFixtures.ecdf(), "ECDF of latency_ms", f, o, ExportFixtures.PROVENANCE, out);
        return out.toByteArray();
    }

    @Test
    void pngAtScaleTwoDecodesAtTwiceTheSizeWithDpiAndProvenanceChunks() throws Exception {
        byte[] png = export(ExportFormat.PNG, SMALL.withScale(2));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(960);
        assertThat(img.getHeight()).isEqualTo(600);
        Map<String, String> text = new HashMap<>();
        Node phys = readPngMetadata(png, text);
        // 2 × 96 dpi = 192 dpi = 192 / 0.0254 = 7559.055 px/m, rounded to 7559.
        assertThat(phys.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue()).isEqualTo("7559");
        assertThat(phys.getAttributes().getNamedItem("unitSpecifier").getNodeValue()).isEqualTo("meter");
        assertThat(text.get(Provenance.KEY)).isEqualTo(ExportFixtures.PROVENANCE.toJson());
        assertThat(text.get(Provenance.KEY)).contains("\"content_hash\":\"0123456789abcdef")
                .contains("\"pricing_tier\":\"spot\"").contains("\\u00E9t\\u00E9");
        assertThat(text.get("Title")).isEqualTo("ECDF of latency_ms");
        assertThat(text.get("Software")).isEqualTo("Chimera Workbench 9.9.9");
    }

    @Test
    void pngAtAChosenDpiIsScaledToItAndSaysSo() throws Exception {
        byte[] png = export(ExportFormat.PNG, SMALL.withDpi(300));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        // 480 px at 96 dpi → 480 × 300 / 96 = 1500 px; 300 × 300 / 96 = 937.5 → 938.
        assertThat(img.getWidth()).isEqualTo(1500);
        assertThat(img.getHeight()).isEqualTo(938);
        Node phys = readPngMetadata(png, new HashMap<>());
        // 300 / 0.0254 = 11811.02 px/m.
        assertThat(phys.getAttributes().getNamedItem("pixelsPerUnitYAxis").getNodeValue()).isEqualTo("11811");
    }

    @Test
    void svgParsesAsXmlWithTitleDescAndProvenanceMetadata() throws Exception {
        byte[] svg = export(ExportFormat.SVG, SMALL);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo("480");
        assertThat(root.getElementsByTagNameNS(SvgExport.SVG_NS, "title").item(0).getTextContent())
                .isEqualTo("ECDF of latency_ms");
        assertThat(root.getElementsByTagNameNS(SvgExport.SVG_NS, "desc").item(0).getTextContent())
                .contains("3 files").contains("Pricing: spot");
        NodeList hash = doc.getElementsByTagNameNS(SvgExport.NS, "content_hash");
        assertThat(hash.getLength()).isEqualTo(1);
        assertThat(hash.item(0).getTextContent()).isEqualTo(ExportFixtures.PROVENANCE.contentHash());
        assertThat(doc.getElementsByTagNameNS(SvgExport.NS, "source_folders").item(0).getTextContent())
                .isEqualTo("/data/runs/tr120 \u00e9t\u00e9");
        // Text stays text (searchable), and the footer is drawn.
        assertThat(new String(svg, java.nio.charset.StandardCharsets.UTF_8)).contains(">latency_ms (ms)<")
                .contains("Chimera Workbench 9.9.9");
    }

    @Test
    void pdfLoadsWithPdfBoxAndItsInfoCarriesTheProvenance() throws Exception {
        byte[] pdf = export(ExportFormat.PDF, SMALL);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(480f);
            assertThat(box.getHeight()).isEqualTo(300f);
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("ECDF of latency_ms");
            assertThat(info.getCreator()).isEqualTo("Chimera Workbench 9.9.9");
            assertThat(info.getCustomMetadataValue("chimera.content_hash"))
                    .isEqualTo(ExportFixtures.PROVENANCE.contentHash());
            assertThat(info.getCustomMetadataValue("chimera.file_count")).isEqualTo("3");
            assertThat(info.getCustomMetadataValue(Provenance.KEY)).isEqualTo(ExportFixtures.PROVENANCE.toJson());
            assertThat(info.getSubject()).contains("Cold start: warmups excluded");
            assertThat(info.getCreationDate().getTimeInMillis())
                    .isEqualTo(ExportFixtures.PROVENANCE.date().toEpochMilli());
            if (java.nio.file.Files.exists(java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))) {
                // DejaVu Sans embedded: the axis label and the footer are real, searchable text.
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                assertThat(text).contains("latency_ms (ms)").contains("Chimera Workbench 9.9.9");
            }
        }
    }

    @Test
    void theFooterTakesTheBottomOfTheImageAndIsLeftOutWhenOff() throws Exception {
        BufferedImage with = PngExport.render(ExportFixtures.ecdf(), SMALL, ExportFixtures.PROVENANCE);
        BufferedImage without = PngExport.render(ExportFixtures.ecdf(), SMALL.withFooter(false),
                ExportFixtures.PROVENANCE);
        int footer = ChartPainter.footerHeight(ExportFixtures.PROVENANCE);
        // Two lines of 12 px + 6 px padding + 2 = 32 px.
        assertThat(footer).isEqualTo(32);
        assertThat(nonWhite(with, 300 - footer + 4, 300)).isGreaterThan(200); // footer text drawn
        assertThat(nonWhite(without, 300 - 6, 300)).isZero(); // chart padding only
    }

    private static int nonWhite(BufferedImage img, int fromY, int toY) {
        int n = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Fills text with the tEXt entries and returns the pHYs node. */
    private static Node readPngMetadata(byte[] png, Map<String, String> text) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            Node phys = null;
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    phys = n;
                } else if (n.getNodeName().equals("tEXt")) {
                    for (Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
                        NamedNodeMap a = e.getAttributes();
                        text.put(a.getNamedItem("keyword").getNodeValue(), a.getNamedItem("value").getNodeValue());
                    }
                }
            }
            reader.dispose();
            assertThat(phys).as("pHYs chunk").isNotNull();
            return phys;
        }
    }
}
