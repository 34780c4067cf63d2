package dev.chimera.workbench.ui.task;

import dev.chimera.workbench.ingest.CancellationToken;

/** Work run off the UI thread. It must not touch nodes or bound properties; it returns its result instead. */
@FunctionalInterface
public interface BackgroundJob<T> {
    T run(ProgressReporter progress, CancellationToken cancel) throws Exception;
}
