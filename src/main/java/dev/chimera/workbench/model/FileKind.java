package dev.chimera.workbench.model;

import java.util.Locale;

/** What a detected file contributes: rows of one canonical table, a manifest, or nothing we understand. */
public enum FileKind {
    RUNS, POWER, EVENTS, SUMMARY, MANIFEST, UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
