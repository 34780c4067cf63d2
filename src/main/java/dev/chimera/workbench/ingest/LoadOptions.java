package dev.chimera.workbench.ingest;

/**
 * Limits and switches for a folder load. Immutable; start from {@link #defaults()} and use the withers.
 *
 * @param maxFileBytes  larger files are skipped with a warning
 * @param maxFiles      at most this many files are read from one folder
 * @param maxDepth      folder nesting followed at most
 * @param threads       files read in parallel
 */
public record LoadOptions(long maxFileBytes, int maxFiles, int maxDepth, int threads) {

    public static LoadOptions defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new LoadOptions(2L * 1024 * 1024 * 1024, 100_000, 32, Math.max(1, Math.min(4, cores)));
    }

    public LoadOptions withMaxFileBytes(long bytes) {
        return new LoadOptions(bytes, maxFiles, maxDepth, threads);
    }

    public LoadOptions withThreads(int n) {
        return new LoadOptions(maxFileBytes, maxFiles, maxDepth, Math.max(1, n));
    }
}
