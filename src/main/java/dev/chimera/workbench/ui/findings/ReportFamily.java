package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.Finding;
import java.util.Locale;

/**
 * The report a finding belongs to, for the report filter: the prefix of its id ("tr118.crossover" → TR118,
 * "checklist.track-p99" → Checklist), since the report field carries versions and co-sources ("TR118 v2.2").
 */
public final class ReportFamily {
    private ReportFamily() {
    }

    public static String of(Finding f) {
        String id = f.id() == null ? "" : f.id();
        int dot = id.indexOf('.');
        String prefix = dot > 0 ? id.substring(0, dot) : id;
        if (prefix.matches("(?i)tr\\d+")) {
            return prefix.toUpperCase(Locale.ROOT);
        }
        if (prefix.isEmpty()) {
            return f.report();
        }
        return prefix.substring(0, 1).toUpperCase(Locale.ROOT) + prefix.substring(1);
    }
}
