package dev.chimera.workbench.sampledata;

import java.io.IOException;
import java.nio.file.Path;

/** Placeholder: replaced by the sample-data branch. */
public final class SampleDataGenerator {
    private SampleDataGenerator() {
    }

    public static void generate(Path outDir) throws IOException {
        throw new IOException("sample generator not available yet");
    }
}
