package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.Diagnostic;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Walks a folder for candidate files: follows symlinks but never into a loop, skips hidden files and folders,
 * and notes everything it skipped. Files come back sorted by relative path so loads are deterministic.
 */
public final class FolderScanner {

    /** A file to read, and what was left out. */
    public record ScanResult(Path root, List<Path> files, List<Diagnostic> notes) {
    }

    private final LoadOptions options;

    public FolderScanner(LoadOptions options) {
        this.options = options;
    }

    public ScanResult scan(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Diagnostic> notes = new ArrayList<>();
        if (Files.isRegularFile(root)) {
            files.add(root);
            return new ScanResult(root.getParent() == null ? root : root.getParent(), files, notes);
        }
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), options.maxDepth(),
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(root) && isHidden(dir)) {
                            notes.add(Diagnostic.info(relative(root, dir), "hidden folder skipped"));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String rel = relative(root, file);
                        if (attrs.isDirectory()) {
                            notes.add(Diagnostic.info(rel, "folder nested deeper than " + options.maxDepth()
                                    + " levels; not read"));
                        } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
                            notes.add(Diagnostic.warning(rel, 0, 0, "symbolic link to a missing target; skipped"));
                        } else if (!attrs.isRegularFile()) {
                            notes.add(Diagnostic.info(rel, "not a regular file; skipped"));
                        } else if (isHidden(file)) {
                            notes.add(Diagnostic.info(rel, "hidden file skipped"));
                        } else if (files.size() >= options.maxFiles()) {
                            notes.add(Diagnostic.warning(rel, 0, 0, "more than " + options.maxFiles()
                                    + " files in the folder; the rest are not read"));
                            return FileVisitResult.TERMINATE;
                        } else {
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String rel = relative(root, file);
                        if (e instanceof FileSystemLoopException) {
                            notes.add(Diagnostic.warning(rel, 0, 0,
                                    "symbolic link loops back to a parent folder; not followed"));
                        } else if (e instanceof AccessDeniedException) {
                            notes.add(Diagnostic.warning(rel, 0, 0, "not readable (permission denied); skipped"));
                        } else {
                            notes.add(Diagnostic.warning(rel, 0, 0, "could not be opened: " + e.getMessage()));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort((a, b) -> relative(root, a).compareTo(relative(root, b)));
        return new ScanResult(root, files, notes);
    }

    static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Relative path with '/' separators, whatever the platform. */
    public static String relative(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        return rel.isEmpty() ? file.getFileName().toString() : rel;
    }
}
