package dev.chimera.workbench.ui.cost;

import dev.chimera.workbench.cost.Pricing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the Cost tab keeps the user's pricing between sessions: a {@code chimera.pricing} JSON file (the same
 * format the {@code cost --pricing} command reads). A broken file is reported in the log and ignored.
 */
public final class PricingStore {
    private static final Logger LOG = LoggerFactory.getLogger(PricingStore.class);

    private final Path file;

    public PricingStore(Path file) {
        this.file = file;
    }

    /** {@code <config dir>/pricing.json}; the config dir is {@code chimera.configDir} or ~/.chimera-workbench. */
    public static PricingStore inUserConfig() {
        String dir = System.getProperty("chimera.configDir");
        Path base = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".chimera-workbench");
        return new PricingStore(base.resolve("pricing.json"));
    }

    public Path file() {
        return file;
    }

    public Optional<Pricing> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pricing.load(file));
        } catch (IOException | RuntimeException e) {
            LOG.warn("pricing file {} not used: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void save(Pricing pricing) {
        try {
            Files.createDirectories(file.getParent());
            pricing.save(file);
        } catch (IOException e) {
            LOG.warn("could not save pricing to {}: {}", file, e.getMessage());
        }
    }
}
