package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.FileKind;
import java.io.IOException;

/**
 * One producer format. Implementations are stateless and thread-safe: all per-file state lives in the
 * {@link ReadContext}. A reader never throws for bad data: it reports a diagnostic and keeps the good rows.
 */
public interface FormatReader {

    /** Stable id, e.g. {@code tr118.bench.jsonl}; appears in the CLI output and in the {@code format} column. */
    String id();

    /**
     * The tool that wrote this format ("vllm", "aiperf", "tr118" ...), shown by {@code inspect}. Defaults to
     * the part of the id before the first dot.
     */
    default String producer() {
        int dot = id().indexOf('.');
        return dot > 0 ? id().substring(0, dot) : id();
    }

    /** Human-readable name for the Sources tree. */
    String displayName();

    FileKind kind();

    /**
     * How sure this reader is that the probed file is its format: 0 = not mine, up to 100. Look at content
     * first; the name only breaks ties.
     */
    int detect(FileProbe probe);

    /** Reads the file into the context's table buffers. IOExceptions are turned into diagnostics by the loader. */
    void read(ReadContext ctx) throws IOException;

    /**
     * If another file of the folder holds the same records (TR121 {@code metrics.csv} and {@code runs.jsonl},
     * a TR117/TR120 {@code metrics.csv} and its {@code run_*.json} files), the relative path of that file, so
     * the loader does not add the rows twice. Null when this file is the primary copy.
     */
    default String duplicateOf(FileProbe probe, FolderIndex folder) {
        return null;
    }
}
