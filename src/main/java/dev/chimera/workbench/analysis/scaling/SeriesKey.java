package dev.chimera.workbench.analysis.scaling;

/** A backend × mode series of a scaling view. */
public record SeriesKey(String backend, String mode) {
    @Override
    public String toString() {
        return backend + " / " + mode;
    }
}
