package dev.chimera.workbench.ingest;

/**
 * Resource limits of one folder load, so a hostile or broken folder can neither exhaust memory nor hang the
 * workbench. Everything over a limit is skipped with a diagnostic naming the file (and line), never silently.
 * Defaults are generous for real result folders; see docs/reliability.md.
 *
 * @param maxFileBytes       larger files are skipped with a warning (default 2 GiB)
 * @param maxFiles           at most this many files are read from one folder (default 100 000)
 * @param maxDepth           folder nesting followed at most (default 32)
 * @param maxLineChars       a longer line of a line-oriented file (CSV, JSONL, text logs) is skipped with an
 *                           error; whole JSON documents are exempt (a minified document is one line) and bounded
 *                           by the file size and the JSON limits instead (default 16 Mi chars)
 * @param maxColumns         a CSV header with more cells is not read (default 10 000)
 * @param maxJsonDepth       JSON nesting depth (Jackson {@code StreamReadConstraints.maxNestingDepth}, default 200)
 * @param maxJsonStringChars one JSON string value at most (Jackson {@code maxStringLength}, default 50 M chars)
 * @param maxJsonNumberChars one JSON number literal at most (Jackson {@code maxNumberLength}, default 1000)
 */
public record LoadLimits(long maxFileBytes, int maxFiles, int maxDepth, int maxLineChars, int maxColumns,
                         int maxJsonDepth, int maxJsonStringChars, int maxJsonNumberChars) {

    public LoadLimits {
        if (maxFileBytes < 0 || maxFiles < 1 || maxDepth < 1 || maxLineChars < 1 || maxColumns < 1
                || maxJsonDepth < 1 || maxJsonStringChars < 1 || maxJsonNumberChars < 1) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    public static LoadLimits defaults() {
        return new LoadLimits(2L * 1024 * 1024 * 1024, 100_000, 32, 16 * 1024 * 1024, 10_000,
                200, 50_000_000, 1000);
    }

    public LoadLimits withMaxFileBytes(long v) {
        return new LoadLimits(v, maxFiles, maxDepth, maxLineChars, maxColumns, maxJsonDepth, maxJsonStringChars,
                maxJsonNumberChars);
    }

    public LoadLimits withMaxLineChars(int v) {
        return new LoadLimits(maxFileBytes, maxFiles, maxDepth, v, maxColumns, maxJsonDepth, maxJsonStringChars,
                maxJsonNumberChars);
    }

    public LoadLimits withMaxColumns(int v) {
        return new LoadLimits(maxFileBytes, maxFiles, maxDepth, maxLineChars, v, maxJsonDepth, maxJsonStringChars,
                maxJsonNumberChars);
    }

    public LoadLimits withMaxJsonDepth(int v) {
        return new LoadLimits(maxFileBytes, maxFiles, maxDepth, maxLineChars, maxColumns, v, maxJsonStringChars,
                maxJsonNumberChars);
    }

    public LoadLimits withMaxJsonStringChars(int v) {
        return new LoadLimits(maxFileBytes, maxFiles, maxDepth, maxLineChars, maxColumns, maxJsonDepth, v,
                maxJsonNumberChars);
    }

    public LoadLimits withMaxFiles(int v) {
        return new LoadLimits(maxFileBytes, v, maxDepth, maxLineChars, maxColumns, maxJsonDepth, maxJsonStringChars,
                maxJsonNumberChars);
    }
}
