package dev.chimera.workbench.export;

/**
 * Size and resolution of an export. Width and height are in logical pixels at 96 dpi, which are also the points
 * of the SVG canvas and the PDF page, so every format shows the same layout. A PNG is drawn at
 * {@link #pixelScale()}: the chosen DPI / 96 when a DPI is given, else the scale (1 or 2).
 *
 * @param footer draw the provenance footer under the chart
 */
public record ExportOptions(int width, int height, double scale, int dpi, boolean footer) {
    public static final int DEFAULT_WIDTH = 960;
    public static final int DEFAULT_HEIGHT = 600;
    public static final int SCREEN_DPI = 96;
    /** Large enough for print at 600 dpi of a full page, small enough not to exhaust the heap. */
    public static final int MAX_DPI = 1200;

    public ExportOptions {
        if (width < 50 || height < 50 || width > 20_000 || height > 20_000) {
            throw new IllegalArgumentException("size must be 50..20000 px, was " + width + "x" + height);
        }
        if (!(scale > 0) || scale > 8) {
            throw new IllegalArgumentException("scale must be in (0, 8], was " + scale);
        }
        if (dpi < 0 || dpi > MAX_DPI) {
            throw new IllegalArgumentException("dpi must be 1.." + MAX_DPI + ", was " + dpi);
        }
    }

    public static ExportOptions defaults() {
        return new ExportOptions(DEFAULT_WIDTH, DEFAULT_HEIGHT, 1, 0, true);
    }

    public ExportOptions withScale(double value) {
        return new ExportOptions(width, height, value, dpi, footer);
    }

    /** 0 clears the DPI (the scale applies again). */
    public ExportOptions withDpi(int value) {
        return new ExportOptions(width, height, scale, value, footer);
    }

    public ExportOptions withSize(int w, int h) {
        return new ExportOptions(w, h, scale, dpi, footer);
    }

    public ExportOptions withFooter(boolean value) {
        return new ExportOptions(width, height, scale, dpi, value);
    }

    /** Device pixels per logical pixel of a PNG. */
    public double pixelScale() {
        return dpi > 0 ? dpi / (double) SCREEN_DPI : scale;
    }

    /** The DPI written into the PNG's pHYs chunk. */
    public int pngDpi() {
        return dpi > 0 ? dpi : (int) Math.round(SCREEN_DPI * scale);
    }
}
