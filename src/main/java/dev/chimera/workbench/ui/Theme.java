package dev.chimera.workbench.ui;

import dev.chimera.workbench.chart.ChartTheme;
import java.util.Locale;

/** The look of the window: light (Modena + workbench.css) or dark (workbench-dark.css on top). */
public enum Theme {
    LIGHT(null, ChartTheme.STANDARD),
    DARK("/dev/chimera/workbench/ui/workbench-dark.css", ChartTheme.DARK);

    private final String extraStylesheet;
    private final ChartTheme chartTheme;

    Theme(String extraStylesheet, ChartTheme chartTheme) {
        this.extraStylesheet = extraStylesheet;
        this.chartTheme = chartTheme;
    }

    /** The stylesheet added after workbench.css, or null. */
    public String extraStylesheet() {
        return extraStylesheet;
    }

    /** The theme charts on screen are re-coloured with. */
    public ChartTheme chartTheme() {
        return chartTheme;
    }

    /** A stored name back to a theme; anything unknown is LIGHT. */
    public static Theme parse(String name) {
        if (name != null) {
            for (Theme t : values()) {
                if (t.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                    return t;
                }
            }
        }
        return LIGHT;
    }
}
