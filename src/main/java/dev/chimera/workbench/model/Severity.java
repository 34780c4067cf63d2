package dev.chimera.workbench.model;

/** How bad a diagnostic is. ERROR means part of a file could not be loaded; the rest still was. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
