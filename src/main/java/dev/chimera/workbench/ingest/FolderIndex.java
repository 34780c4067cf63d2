package dev.chimera.workbench.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The relative paths ('/' separators) of every file found in a folder, for rules that look at siblings. */
public final class FolderIndex {
    private final TreeSet<String> paths;

    public FolderIndex(Collection<String> relativePaths) {
        this.paths = new TreeSet<>(relativePaths);
    }

    public boolean contains(String relativePath) {
        return paths.contains(relativePath);
    }

    public Set<String> paths() {
        return java.util.Collections.unmodifiableSet(paths);
    }

    /** Paths below {@code dir} ("" for the root) whose file name matches the regex. */
    public List<String> findUnder(String dir, String fileNameRegex) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        return paths.subSet(prefix, prefix + Character.MAX_VALUE).stream()
                .filter(p -> p.substring(p.lastIndexOf('/') + 1).matches(fileNameRegex))
                .toList();
    }

    /** The sibling of {@code relativePath} named {@code fileName}, if present. */
    public String sibling(String relativePath, String fileName) {
        int cut = relativePath.lastIndexOf('/');
        String candidate = (cut >= 0 ? relativePath.substring(0, cut + 1) : "") + fileName;
        return paths.contains(candidate) ? candidate : null;
    }
}
