package dev.chimera.workbench.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The most recently opened folders, newest first, kept in a {@link Preferences} node (tests pass their own
 * node so they never touch the user's list). Paths are stored absolute and normalised, so the same folder
 * reached two ways is listed once.
 */
public final class RecentFolders {
    public static final int MAX = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RecentFolders.class);
    private static final String KEY_PREFIX = "recent.";

    private final Preferences node;

    public RecentFolders(Preferences node) {
        this.node = node;
    }

    /** The node the application uses. */
    public static Preferences defaultNode() {
        return Preferences.userRoot().node("dev/chimera/workbench");
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String v = node.get(KEY_PREFIX + i, null);
            if (v == null || v.isBlank()) {
                break;
            }
            Path p = normalise(Path.of(v));
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Puts the folder first, drops an older entry for it and anything past {@link #MAX}. */
    public List<Path> add(Path folder) {
        List<Path> list = list();
        Path p = normalise(folder);
        list.remove(p);
        list.add(0, p);
        return store(list);
    }

    public List<Path> remove(Path folder) {
        List<Path> list = list();
        list.remove(normalise(folder));
        return store(list);
    }

    public List<Path> clear() {
        return store(new ArrayList<>());
    }

    private List<Path> store(List<Path> list) {
        List<Path> capped = list.size() > MAX ? new ArrayList<>(list.subList(0, MAX)) : list;
        for (int i = 0; i < MAX; i++) {
            if (i < capped.size()) {
                node.put(KEY_PREFIX + i, capped.get(i).toString());
            } else {
                node.remove(KEY_PREFIX + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("could not save the recent folders", e);
        }
        return List.copyOf(capped);
    }

    private static Path normalise(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
