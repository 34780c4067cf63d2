package dev.chimera.workbench.ingest;

/**
 * Limits and switches for a folder load. Immutable; start from {@link #defaults()} and use the withers.
 *
 * @param threads files read in parallel
 * @param limits  resource limits (file size, line length, columns, JSON depth and string size, ...)
 */
public record LoadOptions(int threads, LoadLimits limits) {

    public static LoadOptions defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new LoadOptions(Math.max(1, Math.min(4, cores)), LoadLimits.defaults());
    }

    public long maxFileBytes() {
        return limits.maxFileBytes();
    }

    public int maxFiles() {
        return limits.maxFiles();
    }

    public int maxDepth() {
        return limits.maxDepth();
    }

    public LoadOptions withMaxFileBytes(long bytes) {
        return new LoadOptions(threads, limits.withMaxFileBytes(bytes));
    }

    public LoadOptions withThreads(int n) {
        return new LoadOptions(Math.max(1, n), limits);
    }

    public LoadOptions withLimits(LoadLimits l) {
        return new LoadOptions(threads, l);
    }
}
