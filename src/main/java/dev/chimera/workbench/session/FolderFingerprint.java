package dev.chimera.workbench.session;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

/**
 * How many files a result folder holds and how many bytes, counted the way the folder scanner sees them (links
 * followed, hidden files and folders skipped; session files left out), so a restored session notices that the
 * folder changed.
 */
public record FolderFingerprint(long fileCount, long totalBytes) {

    public FolderFingerprint {
        if (fileCount < 0 || totalBytes < 0) {
            throw new IllegalArgumentException("file count and total bytes must not be negative");
        }
    }

    /** Counts the regular, non-hidden files under {@code folder}; unreadable entries are left out. */
    public static FolderFingerprint of(Path folder) throws IOException {
        long[] counts = new long[2];
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        // Session files saved into the folder itself do not make it "changed".
                        if (attrs.isRegularFile() && !hidden(file) && !SessionFiles.looksLikeSession(file)) {
                            counts[0]++;
                            counts[1] += attrs.size();
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // A link loop or an unreadable entry: the scanner skips it too.
                        return FileVisitResult.CONTINUE;
                    }
                });
        return new FolderFingerprint(counts[0], counts[1]);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
