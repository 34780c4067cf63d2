package dev.chimera.workbench.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The file formats a chart exports to; each is drawn through Java2D from the same JFreeChart object. */
public enum ExportFormat {
    PNG("png"), SVG("svg"), PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "png,svg" → [PNG, SVG]; throws IllegalArgumentException naming an unknown format. */
    public static List<ExportFormat> parseList(String csv) {
        List<ExportFormat> out = new ArrayList<>();
        for (String part : csv.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            ExportFormat f = switch (p) {
                case "png" -> PNG;
                case "svg" -> SVG;
                case "pdf" -> PDF;
                default -> throw new IllegalArgumentException("unknown format '" + part.trim()
                        + "' (png, svg, pdf)");
            };
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no format given (png, svg, pdf)");
        }
        return List.copyOf(out);
    }
}
