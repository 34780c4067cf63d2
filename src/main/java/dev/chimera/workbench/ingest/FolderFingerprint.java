package dev.chimera.workbench.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * The size and modification time of every file a load would read: two fingerprints differ exactly when a load
 * could see different bytes. Watch mode takes one before each load, so a file that grows during the load is
 * noticed on the next poll rather than lost.
 */
public record FolderFingerprint(Map<String, Stamp> files) {

    /** What is compared per file. */
    public record Stamp(long size, long modifiedMillis) {
    }

    public FolderFingerprint {
        files = Map.copyOf(files);
    }

    public static final FolderFingerprint EMPTY = new FolderFingerprint(Map.of());

    /** Session files (see the session package) are the workbench's own, not benchmark output. */
    static final String SESSION_SUFFIX = ".chimera-session.json";

    /** Fingerprints {@code folder} with the loader's own scanner rules; an unreadable folder gives {@link #EMPTY}. */
    public static FolderFingerprint of(Path folder, LoadOptions options) {
        try {
            FolderScanner.ScanResult scan = new FolderScanner(options).scan(folder);
            Map<String, Stamp> stamps = new TreeMap<>();
            for (Path file : scan.files()) {
                if (file.getFileName().toString().endsWith(SESSION_SUFFIX)) {
                    continue; // saving a session into the open folder is not a change of the results
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    stamps.put(FolderScanner.relative(scan.root(), file),
                            new Stamp(a.size(), a.lastModifiedTime().toMillis()));
                } catch (IOException gone) {
                    // deleted between the walk and the stat: it simply is not part of this fingerprint
                }
            }
            return new FolderFingerprint(stamps);
        } catch (IOException | RuntimeException unreadable) {
            return EMPTY;
        }
    }

    /** A short human summary of what changed from {@code before} to this, e.g. "1 new, 2 grown". */
    public String describeChangeFrom(FolderFingerprint before) {
        int added = 0;
        int grown = 0;
        int changed = 0;
        for (Map.Entry<String, Stamp> e : files.entrySet()) {
            Stamp old = before.files.get(e.getKey());
            if (old == null) {
                added++;
            } else if (e.getValue().size() > old.size()) {
                grown++;
            } else if (!e.getValue().equals(old)) {
                changed++;
            }
        }
        long removed = before.files.keySet().stream().filter(k -> !files.containsKey(k)).count();
        StringBuilder s = new StringBuilder();
        append(s, added, "new");
        append(s, grown, "grown");
        append(s, changed, "changed");
        append(s, (int) removed, "removed");
        return s.length() == 0 ? "no change" : s.toString();
    }

    private static void append(StringBuilder s, int n, String what) {
        if (n > 0) {
            s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(what);
        }
    }
}
