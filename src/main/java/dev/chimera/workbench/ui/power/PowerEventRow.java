package dev.chimera.workbench.ui.power;

import dev.chimera.workbench.power.EnergyQuality;
import dev.chimera.workbench.power.EventEnergy;
import java.util.Locale;

/**
 * One row of the per-event table, formatted for display. A no_data event shows {@link #NO_VALUE} for energy and
 * J/token, never a number (the measurement cannot support one); so does an event without a usable baseline.
 */
public record PowerEventRow(String id, String phase, EnergyQuality quality, int samples, String energyJ,
                            String jPerToken, EventEnergy event) {
    public static final String NO_VALUE = "\u2014";

    public static PowerEventRow of(EventEnergy e) {
        boolean number = e.quality() != EnergyQuality.NO_DATA;
        return new PowerEventRow(e.eventId(), e.phase(), e.quality(), e.samples(),
                number ? format(e.energyJ(), "%.2f") : NO_VALUE, number ? format(e.jPerToken(), "%.4f") : NO_VALUE, e);
    }

    private static String format(double v, String pattern) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, pattern, v) : NO_VALUE;
    }
}
