package dev.chimera.workbench.session;

import java.nio.file.Path;

/**
 * An open result folder as saved: its absolute path and what it held then.
 *
 * @param path        absolute path, as text (the session may come from another machine)
 * @param fingerprint files and bytes when the session was saved
 */
public record SessionFolder(String path, FolderFingerprint fingerprint) {

    public SessionFolder {
        SessionPaths.requireAbsolute(path, "folder path");
        if (fingerprint == null) {
            throw new IllegalArgumentException("folder fingerprint is missing");
        }
    }

    /** The folder as it is on disk now. */
    public static SessionFolder of(Path folder) throws java.io.IOException {
        Path abs = folder.toAbsolutePath().normalize();
        return new SessionFolder(abs.toString(), FolderFingerprint.of(abs));
    }

    public Path toPath() {
        return Path.of(path);
    }
}
