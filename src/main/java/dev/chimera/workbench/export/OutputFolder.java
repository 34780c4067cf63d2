package dev.chimera.workbench.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The folder an export writes into, and the only way to get a path inside it. File names are derived from chart
 * titles or ids by {@link #safeName}: letters, digits, '-', '_' and '.' only, no leading dot, no "..", at most
 * {@link #MAX_NAME} characters. {@link #resolve} refuses a name that would land outside the folder (absolute,
 * "..", a separator, or a symbolic link whose target is outside) and an existing file unless force is set.
 */
public final class OutputFolder {
    public static final int MAX_NAME = 80;
    private final Path root;
    private final Path realRoot;
    private final boolean force;

    private OutputFolder(Path root, Path realRoot, boolean force) {
        this.root = root;
        this.realRoot = realRoot;
        this.force = force;
    }

    /** Creates the folder when missing. */
    public static OutputFolder open(Path dir, boolean force) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        Files.createDirectories(abs);
        return new OutputFolder(abs, abs.toRealPath(), force);
    }

    public Path root() {
        return root;
    }

    public boolean force() {
        return force;
    }

    /**
     * A file name made from free text: accents stripped, anything but [A-Za-z0-9._-] becomes '-', runs of '-'
     * and '.' collapse (so ".." cannot survive), no leading or trailing '.'/'-', cut to {@link #MAX_NAME}
     * characters; "chart" when nothing is left.
     */
    public static String safeName(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        s = s.replaceAll("\\.{2,}", ".").replaceAll("-{2,}", "-");
        s = s.replaceAll("^[.-]+", "").replaceAll("[.-]+$", "");
        if (s.length() > MAX_NAME) {
            s = s.substring(0, MAX_NAME).replaceAll("[.-]+$", "");
        }
        return s.isEmpty() ? "chart" : s;
    }

    /** {@code safeName(base) + "." + extension}, resolved by {@link #resolve}. */
    public Path file(String base, String extension) throws IOException {
        return resolve(safeName(base) + "." + safeName(extension));
    }

    /**
     * The path of a file directly in this folder. Throws {@link SecurityException} for a name with a separator,
     * "..", an absolute path, or one resolving (through a symbolic link) outside the folder;
     * {@link FileAlreadyExistsException} when the file exists and force is off.
     */
    public Path resolve(String name) throws IOException {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/")
                || name.contains("\\") || name.indexOf('\0') >= 0 || name.contains("..")) {
            throw new SecurityException("refusing output name '" + name + "': not a plain file name");
        }
        Path p = root.resolve(name).normalize();
        if (!p.getParent().equals(root) || !p.startsWith(root)) {
            throw new SecurityException("refusing output name '" + name + "': outside " + root);
        }
        if (Files.isSymbolicLink(p) || Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            Path real = Files.exists(p) ? p.toRealPath() : p;
            if (Files.isSymbolicLink(p) && (!Files.exists(p) || !real.getParent().equals(realRoot))) {
                throw new SecurityException("refusing output name '" + name + "': a symbolic link out of " + root);
            }
            if (!force) {
                throw new FileAlreadyExistsException(p.toString(), null, "exists (use --force to overwrite)");
            }
            if (Files.isSymbolicLink(p)) {
                // Overwriting replaces the link itself, never the file it points to.
                Files.delete(p);
            }
        }
        if (!root.toRealPath().equals(realRoot)) {
            throw new SecurityException("output folder " + root + " changed while exporting");
        }
        return p;
    }

    /** A sub-folder (for a report bundle's images), created, checked as {@link #resolve} does. */
    public OutputFolder subFolder(String name) throws IOException {
        String safe = safeName(name);
        Path p = root.resolve(safe).normalize();
        if (Files.isSymbolicLink(p)) {
            throw new SecurityException("refusing sub-folder '" + safe + "': a symbolic link");
        }
        Files.createDirectories(p);
        Path real = p.toRealPath();
        if (!real.getParent().equals(realRoot)) {
            throw new SecurityException("refusing sub-folder '" + safe + "': outside " + root);
        }
        return new OutputFolder(p, real, force);
    }
}
