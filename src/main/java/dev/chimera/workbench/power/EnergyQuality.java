package dev.chimera.workbench.power;

import java.util.Locale;

/** TR122's event energy quality (schema good / gappy / no_data; rules of §10.3). */
public enum EnergyQuality {
    /** enough in-window samples (TR122: at least 3), gap fraction within the limit, no gap above the threshold */
    GOOD,
    /** at least 2 samples but too few or with gaps: a number, to be read with care */
    GAPPY,
    /** fewer than 2 in-window samples: no energy is given */
    NO_DATA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
