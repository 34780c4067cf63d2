package dev.chimera.workbench.ui.task;

import dev.chimera.workbench.ingest.ProgressListener;

/** What a background job uses to report progress; safe to call from any thread, as often as it likes. */
@FunctionalInterface
public interface ProgressReporter extends ProgressListener {
    ProgressReporter NONE = (done, total, message) -> { };

    /** Reports only a message, with unknown progress. */
    default void message(String message) {
        progress(0, -1, message);
    }
}
