package dev.chimera.workbench.ui.diagnostics;

import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;

/** A row of the Diagnostics panel. Line and column are 0 when not applicable. */
public record DiagnosticRow(Severity severity, String file, long line, int column, String message) {
    static DiagnosticRow of(Diagnostic d) {
        return new DiagnosticRow(d.severity(), d.file(), d.line(), d.column(), d.message());
    }
}
