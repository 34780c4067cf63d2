package dev.chimera.workbench.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.File;
import java.util.List;

/**
 * Embeds DejaVu Sans (what Java2D's logical SansSerif/Dialog fonts resolve to on Linux) when its files are
 * installed, so PDF text is real, searchable text with the metrics the layout was measured with. Where the files
 * are missing, pdfbox-graphics2d draws text as vector outlines: it looks the same but cannot be searched.
 */
final class PdfFonts {
    private static final List<String> DIRS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
            "/usr/share/fonts/TTF");

    private PdfFonts() {
    }

    static PdfBoxGraphics2DFontTextDrawer drawer() {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        File plain = find("DejaVuSans.ttf");
        File bold = find("DejaVuSans-Bold.ttf");
        if (plain != null) {
            drawer.registerFont("SansSerif.plain", plain);
            drawer.registerFont("Dialog.plain", plain);
        }
        if (bold != null) {
            drawer.registerFont("SansSerif.bold", bold);
            drawer.registerFont("Dialog.bold", bold);
        }
        return drawer;
    }

    private static File find(String name) {
        for (String d : DIRS) {
            File f = new File(d, name);
            if (f.isFile()) {
                return f;
            }
        }
        return null;
    }
}
