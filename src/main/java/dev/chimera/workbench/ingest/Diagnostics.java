package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the diagnostics of one file. Repeated problems of the same kind are capped so a million bad rows
 * produce a readable list and a count, not a million entries.
 */
public final class Diagnostics {
    static final int MAX_PER_KIND = 20;

    private final String file;
    private final List<Diagnostic> items = new ArrayList<>();
    private final Map<String, Integer> perKind = new HashMap<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void info(String message) {
        add(Severity.INFO, 0, 0, message, message);
    }

    public void warning(long line, int column, String message) {
        add(Severity.WARNING, line, column, message, message);
    }

    public void error(long line, int column, String message) {
        add(Severity.ERROR, line, column, message, message);
    }

    /**
     * Adds a diagnostic counted under {@code kind}; after {@value #MAX_PER_KIND} of a kind the rest are only
     * counted and summarised by {@link #finish()}.
     */
    public void add(Severity severity, long line, int column, String message, String kind) {
        int n = perKind.merge(severity + kind, 1, Integer::sum);
        if (n <= MAX_PER_KIND) {
            items.add(new Diagnostic(severity, file, line, column, message));
        }
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The collected diagnostics plus one summary line per capped kind. */
    public List<Diagnostic> finish() {
        List<Diagnostic> out = new ArrayList<>(items);
        perKind.forEach((key, count) -> {
            if (count > MAX_PER_KIND) {
                Severity s = key.startsWith(Severity.ERROR.name()) ? Severity.ERROR
                        : key.startsWith(Severity.WARNING.name()) ? Severity.WARNING : Severity.INFO;
                String kind = key.substring(s.name().length());
                out.add(new Diagnostic(s, file, 0, 0,
                        (count - MAX_PER_KIND) + " more like: " + kind));
            }
        });
        return out;
    }
}
