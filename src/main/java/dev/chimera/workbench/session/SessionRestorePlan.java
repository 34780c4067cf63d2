package dev.chimera.workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What restoring a session will open: each saved folder checked on disk (there and unchanged, there but changed,
 * or missing). A missing folder is resolved with its new location or skipped; the GUI asks the user for each one.
 * Immutable: {@link #resolve} and {@link #skip} return a new plan.
 */
public final class SessionRestorePlan {

    /** Where a saved folder stands. */
    public enum Status {
        /** At its saved path with the same file count and bytes. */
        OK,
        /** At its saved path, but files were added, removed or changed in size since the save. */
        CHANGED,
        /** Not found at its saved path; needs {@link #resolve} or {@link #skip}. */
        MISSING,
        /** Missing at its saved path, found by the user elsewhere. */
        RELOCATED,
        /** Missing and left out by the user. */
        SKIPPED
    }

    /**
     * One saved folder and what was found.
     *
     * @param location where it will be opened from (null for MISSING and SKIPPED)
     * @param current  its fingerprint now (null when not there or unreadable)
     */
    public record FolderCheck(SessionFolder saved, Status status, Path location, FolderFingerprint current) {
        /** Whether it will be opened. */
        public boolean opens() {
            return status == Status.OK || status == Status.CHANGED || status == Status.RELOCATED;
        }
    }

    private final Session session;
    private final List<FolderCheck> folders;

    private SessionRestorePlan(Session session, List<FolderCheck> folders) {
        this.session = session;
        this.folders = List.copyOf(folders);
    }

    /** Looks at every saved folder on disk now. */
    public static SessionRestorePlan check(Session session) {
        List<FolderCheck> checks = new ArrayList<>();
        for (SessionFolder f : session.folders()) {
            Path p = f.toPath();
            if (!Files.isDirectory(p)) {
                checks.add(new FolderCheck(f, Status.MISSING, null, null));
            } else {
                FolderFingerprint now = fingerprint(p);
                checks.add(new FolderCheck(f, f.fingerprint().equals(now) ? Status.OK : Status.CHANGED, p, now));
            }
        }
        return new SessionRestorePlan(session, checks);
    }

    /** The missing folder at {@code index} is at {@code replacement} (which must be an existing folder). */
    public SessionRestorePlan resolve(int index, Path replacement) {
        FolderCheck c = missingAt(index);
        Path p = replacement.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("not a folder: " + p);
        }
        List<FolderCheck> copy = new ArrayList<>(folders);
        copy.set(index, new FolderCheck(c.saved(), Status.RELOCATED, p, fingerprint(p)));
        return new SessionRestorePlan(session, copy);
    }

    /** The missing folder at {@code index} is left out of the restore. */
    public SessionRestorePlan skip(int index) {
        FolderCheck c = missingAt(index);
        List<FolderCheck> copy = new ArrayList<>(folders);
        copy.set(index, new FolderCheck(c.saved(), Status.SKIPPED, null, null));
        return new SessionRestorePlan(session, copy);
    }

    private FolderCheck missingAt(int index) {
        FolderCheck c = folders.get(index);
        if (c.status() != Status.MISSING) {
            throw new IllegalStateException("folder " + index + " is " + c.status() + ", not missing");
        }
        return c;
    }

    public List<FolderCheck> folders() {
        return folders;
    }

    /** Indices of the folders still to resolve or skip, in order. */
    public List<Integer> missing() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            if (folders.get(i).status() == Status.MISSING) {
                out.add(i);
            }
        }
        return out;
    }

    /** True when no folder is missing any more. */
    public boolean isResolved() {
        return missing().isEmpty();
    }

    /** The folders to open, in saved order (relocated ones at their new place). */
    public List<Path> foldersToOpen() {
        return folders.stream().filter(FolderCheck::opens).map(FolderCheck::location).toList();
    }

    /** The session as restored: relocated folders at their new paths, skipped ones left out. */
    public Session session() {
        List<SessionFolder> kept = new ArrayList<>();
        for (FolderCheck c : folders) {
            if (c.status() == Status.RELOCATED) {
                kept.add(new SessionFolder(c.location().toString(), c.current() == null ? c.saved().fingerprint()
                        : c.current()));
            } else if (c.status() != Status.SKIPPED) {
                kept.add(c.saved());
            }
        }
        return session.withFolders(kept);
    }

    private static FolderFingerprint fingerprint(Path p) {
        try {
            return FolderFingerprint.of(p);
        } catch (IOException e) {
            return null;
        }
    }
}
