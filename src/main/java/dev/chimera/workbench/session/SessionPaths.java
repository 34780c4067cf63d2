package dev.chimera.workbench.session;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Checks on path strings read from a session file, which may have been edited or come from anywhere. */
final class SessionPaths {
    static final int MAX_LENGTH = 4096;

    private SessionPaths() {
    }

    /** Throws IllegalArgumentException unless {@code text} is an absolute path this platform can represent. */
    static Path requireAbsolute(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " contains a NUL character");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters");
        }
        Path p;
        try {
            p = Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(what + " is not a valid path: " + e.getReason());
        }
        if (!p.isAbsolute()) {
            throw new IllegalArgumentException(what + " must be absolute: " + text);
        }
        return p;
    }
}
