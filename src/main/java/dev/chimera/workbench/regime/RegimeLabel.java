package dev.chimera.workbench.regime;

/** How the data's answer at a size was obtained. */
public enum RegimeLabel {
    /** A model within ±15 % of the size was run on every compared backend. */
    MEASURED("measured"),
    /** Inside every compared backend's measured size range, read from the fits. */
    INTERPOLATED("interpolated"),
    /** Outside some backend's measured range. */
    EXTRAPOLATED("extrapolated");

    private final String id;

    RegimeLabel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
