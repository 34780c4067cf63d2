package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ingest.CancellationToken;
import dev.chimera.workbench.ingest.ProgressListener;
import dev.chimera.workbench.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;

/** Loads a folder into a dataset; {@code DatasetLoader.standard()::load} in the application. */
@FunctionalInterface
public interface FolderLoader {
    Dataset load(Path folder, ProgressListener progress, CancellationToken cancel) throws IOException;
}
