package dev.chimera.workbench.findings;

import java.util.Locale;

/** The outcome of checking one finding against the analyst's data. */
public enum Verdict {
    /** the data agrees with the claim within the catalog's tolerance */
    CONFIRMED,
    /** the data disagrees with a portable claim */
    CONTRADICTED,
    /** data present but not decisive: CI too wide, n too small, fit gate failed, or a hardware-specific number differs */
    INCONCLUSIVE,
    /** the data the finding needs is not in the folder */
    NO_DATA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
