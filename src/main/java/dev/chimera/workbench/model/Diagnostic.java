package dev.chimera.workbench.model;

import java.util.Objects;

/**
 * One problem or note found while reading a folder. Line and column are 1-based; 0 means "not applicable"
 * (a whole-file problem, or a JSON value whose column is unknown).
 */
public record Diagnostic(Severity severity, String file, long line, int column, String message) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
    }

    public static Diagnostic info(String file, String message) {
        return new Diagnostic(Severity.INFO, file, 0, 0, message);
    }

    public static Diagnostic warning(String file, long line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, message);
    }

    public static Diagnostic error(String file, long line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, message);
    }

    /** "file:line:column: severity: message", the form compilers use, so editors can jump to it. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(severity.label()).append(": ").append(message).toString();
    }
}
