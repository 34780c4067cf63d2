package dev.chimera.workbench.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the bundled {@code sample-data/} folders: TR118/119/120/121/122-shaped result folders whose numbers
 * follow the TR report figures (tr-figures.md §4). Fixed seeds, StrictMath and fixed-precision number text
 * make the output byte-identical on every run, so the committed folder can be checked by regenerating it.
 */
public final class SampleDataGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(SampleDataGenerator.class);

    private SampleDataGenerator() {
    }

    public static void generate(Path outDir) throws IOException {
        Tr118CrossoverSamples.generate(outDir);
        Tr119CostSamples.generate(outDir);
        Tr120CompileSamples.generate(outDir);
        Tr121ScalingSamples.generate(outDir);
        Tr122PhysicsSamples.generate(outDir);
        dev.chimera.workbench.sampledata.peer.PeerToolsSamples.generate(outDir);
        SampleDataReadme.write(outDir);
        LOG.info("Sample data written to {}", outDir.toAbsolutePath());
    }

    /** Usage: {@code SampleDataGenerator [outDir]} (default {@code sample-data}). */
    public static void main(String[] args) throws IOException {
        generate(Path.of(args.length > 0 ? args[0] : "sample-data"));
    }
}
