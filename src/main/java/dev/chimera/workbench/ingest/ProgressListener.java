package dev.chimera.workbench.ingest;

/** Receives load progress from worker threads; implementations must be thread-safe and cheap. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    void progress(long done, long total, String message);
}
