package dev.chimera.workbench.cli;

import dev.chimera.workbench.analysis.Bootstrap;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every scaling-fit command shares: the model registry and the bootstrap of the fits' CIs. */
final class FitOptions {

    @Option(names = "--registry", paramLabel = "<file>", description = "model registry JSON overriding the built-in")
    Path registry;

    @Option(names = "--boot", defaultValue = "2000", description = "bootstrap draws (default: ${DEFAULT-VALUE})")
    int boot;

    @Option(names = "--seed", defaultValue = "42", description = "bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed;

    /** 95 % CIs from {@code boot} draws with {@code seed}. */
    Bootstrap bootstrap() {
        return new Bootstrap(boot, 0.95, seed);
    }
}
