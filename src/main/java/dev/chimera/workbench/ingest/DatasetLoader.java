package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a result folder: scans it, detects every file's format, reads the files in parallel into per-file
 * buffers, and assembles the canonical tables in file order. Bad data never escapes as an exception: it
 * becomes diagnostics, and the good rows still load. Only a missing or unreadable root, or cancellation,
 * ends a load early.
 */
public final class DatasetLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);

    private final ReaderRegistry registry;
    private final LoadOptions options;

    public DatasetLoader(ReaderRegistry registry, LoadOptions options) {
        this.registry = registry;
        this.options = options;
    }

    public static DatasetLoader standard() {
        return new DatasetLoader(ReaderRegistry.standard(), LoadOptions.defaults());
    }

    public Dataset load(Path root) throws IOException {
        return load(root, ProgressListener.NONE, CancellationToken.none());
    }

    /**
     * @throws NoSuchFileException   the path does not exist
     * @throws AccessDeniedException the path cannot be read
     * @throws CancellationException the token was cancelled; nothing partial is returned
     */
    public Dataset load(Path root, ProgressListener progress, CancellationToken cancel) throws IOException {
        Path absRoot = root.toAbsolutePath().normalize();
        if (!Files.exists(absRoot)) {
            throw new NoSuchFileException(absRoot.toString(), null, "no such file or folder");
        }
        if (!Files.isReadable(absRoot)) {
            throw new AccessDeniedException(absRoot.toString(), null, "not readable");
        }
        progress.progress(0, -1, "Scanning " + absRoot.getFileName());
        FolderScanner.ScanResult scan = new FolderScanner(options).scan(absRoot);
        Path base = scan.root();
        List<String> rels = scan.files().stream().map(f -> FolderScanner.relative(base, f)).toList();
        FolderIndex index = new FolderIndex(rels);

        List<FileResult> results = readAll(scan.files(), rels, index, progress, cancel);
        cancel.throwIfCancelled();
        progress.progress(results.size(), results.size(), "Assembling tables");
        return assemble(absRoot, scan, results);
    }

    private List<FileResult> readAll(List<Path> files, List<String> rels, FolderIndex index,
                                     ProgressListener progress, CancellationToken cancel) throws IOException {
        int total = files.size();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "chimera-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileResult>> futures = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                Path file = files.get(i);
                String rel = rels.get(i);
                futures.add(pool.submit(() -> {
                    FileResult r = readOne(file, rel, index, cancel);
                    progress.progress(done.incrementAndGet(), total, rel);
                    return r;
                }));
            }
            List<FileResult> results = new ArrayList<>(total);
            for (Future<FileResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof CancellationException ce) {
                        throw ce;
                    }
                    throw new IOException("loader failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancel.cancel();
                    throw new CancellationException("interrupted");
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads one file; every failure but cancellation becomes a diagnostic. */
    FileResult readOne(Path file, String rel, FolderIndex index, CancellationToken cancel) {
        cancel.throwIfCancelled();
        try (JsonSupport.Scope limits = JsonSupport.useLimits(options.limits())) {
            return probeAndRead(file, rel, index, cancel);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Detection itself failed (a reader's detect, or the probe): the file is listed, not read.
            LOG.warn("detecting the format of {} failed", rel, e);
            return FileResult.skipped(rel, 0, Diagnostic.error(rel, 0, 0, "could not be examined: " + e));
        }
    }

    private FileResult probeAndRead(Path file, String rel, FolderIndex index, CancellationToken cancel) {
        long size;
        FileProbe probe;
        try {
            size = Files.size(file);
            if (size > options.maxFileBytes()) {
                return FileResult.skipped(rel, size, Diagnostic.warning(rel, 0, 0, "file is " + size
                        + " bytes, over the " + options.maxFileBytes() + "-byte limit; skipped"));
            }
            probe = FileProbe.of(file, rel);
        } catch (IOException e) {
            return FileResult.skipped(rel, 0, Diagnostic.warning(rel, 0, 0, "could not be opened: " + e));
        }
        if (probe.looksBinary()) {
            String compression = probe.compression();
            return FileResult.skipped(rel, size, compression == null ? Diagnostic.info(rel, "binary file skipped")
                    : Diagnostic.warning(rel, 0, 0, "compressed file (" + compression
                    + ") not read; decompress it into the folder to load it"));
        }
        FormatReader reader = registry.detect(probe).orElse(null);
        if (size == 0) {
            // An empty file still has a format when its name says so (e.g. TR121 hf_load_ms.csv).
            return new FileResult(rel, 0, reader, null, null, List.of(Diagnostic.info(rel, "empty file")));
        }
        if (reader == null) {
            return FileResult.unknown(rel, size, probe);
        }
        ReadContext ctx = new ReadContext(probe, reader.id(), cancel, options.limits());
        String duplicateOf = null;
        try {
            duplicateOf = reader.duplicateOf(probe, index);
            reader.read(ctx);
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | java.io.UncheckedIOException e) {
            ctx.diagnostics().error(0, 0, "could not read the file: " + e.getMessage()
                    + "; rows read before the problem are kept");
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("reader {} failed on {}", reader.id(), rel, e);
            ctx.diagnostics().error(0, 0, "reader " + reader.id() + " failed: " + e
                    + "; rows read before the problem are kept");
        }
        if (duplicateOf != null) {
            ctx.note("same records as " + duplicateOf + "; rows not added twice");
        }
        return new FileResult(rel, size, reader, ctx, duplicateOf, List.of());
    }

    private Dataset assemble(Path root, FolderScanner.ScanResult scan, List<FileResult> results) {
        FolderFacts.apply(results);
        Map<CanonicalTable, List<TableBuffer>> parts = new EnumMap<>(CanonicalTable.class);
        List<SourceFile> files = new ArrayList<>();
        for (FileResult r : results) {
            Map<CanonicalTable, Long> rows = new EnumMap<>(CanonicalTable.class);
            if (r.ctx() != null && r.duplicateOf() == null) {
                r.ctx().buffers().forEach((table, buf) -> {
                    if (buf.rowCount() > 0) {
                        parts.computeIfAbsent(table, t -> new ArrayList<>()).add(buf);
                        rows.put(table, (long) buf.rowCount());
                    }
                });
            }
            files.add(r.toSourceFile(rows));
        }
        Map<CanonicalTable, tech.tablesaw.api.Table> tables = new EnumMap<>(CanonicalTable.class);
        for (CanonicalTable t : CanonicalTable.values()) {
            tables.put(t, TableBuffer.concatReleasing(t, parts.getOrDefault(t, List.of())));
        }
        return new Dataset(root, files, tables, scan.notes());
    }

    /** The outcome of reading one file. {@code ctx} is null for files that were not read. */
    record FileResult(String rel, long size, FormatReader reader, ReadContext ctx, String duplicateOf,
                      List<Diagnostic> extra) {

        static FileResult skipped(String rel, long size, Diagnostic why) {
            return new FileResult(rel, size, null, null, null, List.of(why));
        }

        static FileResult unknown(String rel, long size, FileProbe probe) {
            String first = probe.firstNonBlankLine();
            String hint = probe.jsonTopLevelKeys().isEmpty() ? "first line: " + CsvSupport.abbreviate(first)
                    : "JSON keys: " + String.join(", ", probe.jsonTopLevelKeys().stream().limit(8).toList());
            if (!first.contains(",") && (first.contains(";") || first.contains("\t"))) {
                // A spreadsheet export with ';' (European locales) or tab separators: say why it was not read.
                hint += "; looks like a " + (first.contains(";") ? "';'" : "tab") + "-separated table: only"
                        + " comma-separated CSV is read, re-export it with ',' separators";
            }
            return new FileResult(rel, size, null, null, null,
                    List.of(Diagnostic.info(rel, "format not recognised (" + hint + ")")));
        }

        SourceFile toSourceFile(Map<CanonicalTable, Long> rows) {
            List<Diagnostic> diags = new ArrayList<>(extra);
            if (ctx != null) {
                diags.addAll(ctx.diagnostics().finish());
            }
            String format = reader == null ? "unknown" : reader.id();
            String name = reader == null ? "Not recognised" : reader.displayName();
            FileKind kind = reader == null ? FileKind.UNKNOWN : reader.kind();
            String producer = reader == null ? "" : reader.producer();
            return new SourceFile(rel, format, producer, name, kind, ctx == null ? 0 : ctx.records(), rows, size,
                    ctx == null ? "" : ctx.note(), diags);
        }
    }
}
