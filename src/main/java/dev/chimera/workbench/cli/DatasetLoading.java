package dev.chimera.workbench.cli;

import dev.chimera.workbench.ingest.CancellationToken;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.ProgressListener;
import dev.chimera.workbench.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Loads a folder for a command; prints a clear message and returns null when the folder cannot be read. */
final class DatasetLoading {
    private DatasetLoading() {
    }

    static Dataset load(Path folder, PrintWriter err) {
        try {
            return DatasetLoader.standard().load(folder, ProgressListener.NONE, CancellationToken.none());
        } catch (NoSuchFileException e) {
            err.println("chimera-workbench: no such file or folder: " + folder);
        } catch (AccessDeniedException e) {
            err.println("chimera-workbench: not readable: " + folder);
        } catch (IOException e) {
            err.println("chimera-workbench: could not read " + folder + ": " + e.getMessage());
        }
        return null;
    }
}
