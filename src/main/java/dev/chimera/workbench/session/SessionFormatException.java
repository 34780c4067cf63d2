package dev.chimera.workbench.session;

import java.io.IOException;

/**
 * A session file that cannot be used: not JSON (with line and column), the wrong schema, a newer version, or a
 * value out of range (with its JSON path). The message is written for the user.
 */
public final class SessionFormatException extends IOException {
    private final int line;
    private final int column;

    public SessionFormatException(String message) {
        this(message, -1, -1, null);
    }

    public SessionFormatException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of a JSON syntax error; -1 when the error is not tied to a position. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
