package dev.chimera.workbench.export;

import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over the loaded files, in relative-path order: for each file its relative path, a NUL, then its bytes
 * ({@link Basis#BYTES}). Above {@link #BYTES_LIMIT} in total, hashing every byte would hold an export up for
 * minutes, so the hash then covers (path, size, last-modified millis) instead ({@link Basis#METADATA}), and the
 * provenance says which. A file that cannot be read contributes its path and "unreadable".
 */
public final class ContentHash {
    /** Total bytes up to which the content itself is hashed. */
    public static final long BYTES_LIMIT = 512L * 1024 * 1024;

    /** What the hash covers. */
    public enum Basis {
        BYTES("sha256(path,bytes)"), METADATA("sha256(path,size,mtime)");

        private final String id;

        Basis(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A hash and its basis. */
    public record Result(String hex, Basis basis) {
    }

    private ContentHash() {
    }

    public static Result of(Dataset dataset) {
        long total = dataset.files().stream().mapToLong(SourceFile::sizeBytes).sum();
        return of(dataset.root(), paths(dataset), total <= BYTES_LIMIT ? Basis.BYTES : Basis.METADATA);
    }

    /** Hash of the given files (relative to root) on the given basis; the list is sorted first. */
    public static Result of(Path root, List<String> relativePaths, Basis basis) {
        MessageDigest md = sha256();
        List<String> sorted = new ArrayList<>(relativePaths);
        sorted.sort(null);
        byte[] buffer = new byte[64 * 1024];
        for (String rel : sorted) {
            md.update(rel.replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            Path file = root.resolve(rel);
            try {
                if (basis == Basis.BYTES) {
                    try (InputStream in = Files.newInputStream(file)) {
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            md.update(buffer, 0, n);
                        }
                    }
                } else {
                    md.update((Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis())
                            .getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                md.update("unreadable".getBytes(StandardCharsets.UTF_8));
            }
            md.update((byte) 0);
        }
        return new Result(HexFormat.of().formatHex(md.digest()), basis);
    }

    private static List<String> paths(Dataset dataset) {
        return dataset.files().stream().map(SourceFile::path).toList();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
