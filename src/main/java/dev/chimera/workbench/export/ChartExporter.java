package dev.chimera.workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.jfree.chart.JFreeChart;

/**
 * Writes one chart in one format. The file is written to a temporary sibling first and moved into place, so a
 * failed export never leaves half a file under the final name.
 */
public final class ChartExporter {

    private ChartExporter() {
    }

    public static void write(JFreeChart chart, String title, ExportFormat format, ExportOptions options,
                             Provenance provenance, Path file) throws IOException {
        // A sibling temp name opened normally (not createTempFile), so the file gets the usual permissions.
        Path tmp = file.resolveSibling("." + file.getFileName() + ".part");
        try {
            Files.deleteIfExists(tmp); // a leftover (or a planted link: deleting removes the link, not its target)
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                write(chart, title, format, options, provenance, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void write(JFreeChart chart, String title, ExportFormat format, ExportOptions options,
                             Provenance provenance, OutputStream out) throws IOException {
        switch (format) {
            case PNG -> PngExport.write(chart, title, options, provenance, out);
            case SVG -> SvgExport.write(chart, title, options, provenance, out);
            case PDF -> PdfExport.write(chart, title, options, provenance, out);
            default -> throw new IllegalArgumentException(format.name());
        }
    }
}
