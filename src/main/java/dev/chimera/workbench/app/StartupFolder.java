package dev.chimera.workbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which folder the window opens on start: the first command-line argument; else, on the very first launch (no
 * recent folders), the bundled sample data; afterwards the most recent folder if it still exists, else the
 * sample data.
 */
public final class StartupFolder {
    /** System property that turns auto-open off (tests). */
    public static final String NO_AUTO_OPEN = "chimera.noAutoOpen";

    private StartupFolder() {
    }

    public static Optional<Path> choose(List<String> args, List<Path> recentFolders,
                                        Supplier<Optional<Path>> sampleData) {
        if (Boolean.getBoolean(NO_AUTO_OPEN)) {
            return Optional.empty();
        }
        if (!args.isEmpty() && !args.get(0).isBlank()) {
            return Optional.of(Path.of(args.get(0)));
        }
        if (!recentFolders.isEmpty() && Files.isDirectory(recentFolders.get(0))) {
            return Optional.of(recentFolders.get(0));
        }
        return sampleData.get();
    }
}
