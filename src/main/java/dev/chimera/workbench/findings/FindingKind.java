package dev.chimera.workbench.findings;

import java.util.Locale;

/** Whether a claim should hold anywhere or is a reference number of the TR hardware. */
public enum FindingKind {
    /** should hold on any hardware: a disagreement is CONTRADICTED */
    PORTABLE,
    /** a number of the RTX 4080 Laptop reference machine: a difference is reported as yours vs theirs */
    HARDWARE_SPECIFIC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FindingKind parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
