package dev.chimera.workbench.sampledata;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the bundled {@code sample-data/} folder: the {@code chimera.sampleData} system property, else
 * {@code sample-data} in the working directory, else next to (or one level above) the running jar.
 */
public final class SampleDataLocator {
    public static final String PROPERTY = "chimera.sampleData";

    private SampleDataLocator() {
    }

    public static Optional<Path> locate() {
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop);
            return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
        }
        Path cwd = Path.of("sample-data");
        if (Files.isDirectory(cwd)) {
            return Optional.of(cwd.toAbsolutePath().normalize());
        }
        try {
            Path jar = Path.of(SampleDataLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("sample-data");
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate.toAbsolutePath().normalize());
                }
                if (dir.getNameCount() < jar.getNameCount() - 3) {
                    break;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // Unusual class source (e.g. jlink image): no sample data to offer.
        }
        return Optional.empty();
    }
}
