package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.model.SummaryColumns;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per-file state of one read: the file, its diagnostics, the table buffers it fills, the record count and
 * facts it learned about the folder (model sizes, clock origins). Used by one thread.
 */
public final class ReadContext {
    private final FileProbe probe;
    private final String formatId;
    private final Diagnostics diagnostics;
    private final CancellationToken cancellation;
    private final LoadLimits limits;
    private final Map<CanonicalTable, TableBuffer> buffers = new EnumMap<>(CanonicalTable.class);
    private final List<ModelSizeFact> modelSizes = new ArrayList<>();
    private long records;
    private double traceOriginS = Double.NaN;
    private String note = "";

    public ReadContext(FileProbe probe, String formatId, CancellationToken cancellation) {
        this(probe, formatId, cancellation, LoadLimits.defaults());
    }

    public ReadContext(FileProbe probe, String formatId, CancellationToken cancellation, LoadLimits limits) {
        this.probe = probe;
        this.formatId = formatId;
        this.diagnostics = new Diagnostics(probe.relativePath());
        this.cancellation = cancellation;
        this.limits = limits;
    }

    public LoadLimits limits() {
        return limits;
    }

    public Path path() {
        return probe.path();
    }

    public String relativePath() {
        return probe.relativePath();
    }

    public FileProbe probe() {
        return probe;
    }

    public String formatId() {
        return formatId;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Throws CancellationException when the user cancelled; call between records. */
    public void checkCancelled() {
        cancellation.throwIfCancelled();
    }

    /**
     * Opens a line-oriented file (CSV, JSONL, text log) read-only as UTF-8 text, BOM removed, malformed bytes
     * replaced (never fails on them). A line over {@link LoadLimits#maxLineChars()} comes through empty (its
     * line break kept, so line numbers stay right) and is reported as an error.
     */
    public BufferedReader openText() throws IOException {
        return open(this::reportOverlong);
    }

    /** As {@link #openText()}, an over-long line going to {@code overlong} (which may defer the report). */
    BufferedReader openText(LineLimitingReader.OverlongListener overlong) throws IOException {
        return open(overlong);
    }

    /** The diagnostic of a line over the length limit (skipped by the reader). */
    void reportOverlong(long line, long chars) {
        diagnostics.add(dev.chimera.workbench.model.Severity.ERROR, line, 1, "line is longer than the "
                + limits.maxLineChars() + "-character limit (" + chars + "+ characters); skipped",
                "line over the length limit");
    }

    /**
     * Opens a whole document (JSON parsed by streaming tokens) like {@link #openText()} but without the line
     * limit: a minified document is a single line, bounded instead by the file size and the JSON limits.
     */
    public BufferedReader openDocumentText() throws IOException {
        return open(null);
    }

    private BufferedReader open(LineLimitingReader.OverlongListener overlong) throws IOException {
        InputStream in = Files.newInputStream(probe.path(), StandardOpenOption.READ);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        java.io.Reader text = new InputStreamReader(in, decoder);
        if (overlong != null) {
            text = new LineLimitingReader(text, limits.maxLineChars(), overlong);
        }
        BufferedReader r = new BufferedReader(text, 1 << 16);
        r.mark(1);
        int first = r.read();
        if (first != '\uFEFF' && first != -1) {
            r.reset();
        }
        return r;
    }

    public InputStream openStream() throws IOException {
        return Files.newInputStream(probe.path(), StandardOpenOption.READ);
    }

    /** The buffer of a canonical table; a row added to it gets source_file and format filled in. */
    public TableBuffer table(CanonicalTable table) {
        return buffers.computeIfAbsent(table, t -> new TableBuffer(t, 64, estimatedLines()));
    }

    /** Lines of the file, estimated from the size and the mean line length of its first 64 KiB. */
    int estimatedLines() {
        String head = probe.head();
        long size = probe.size();
        if (head.isEmpty() || size <= head.length()) {
            return 0;
        }
        long newlines = head.chars().filter(c -> c == '\n').count();
        if (newlines == 0) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE - 64, size * newlines / head.length() + 1);
    }

    /** Adds a row to {@code table} with source_file, source_line and format set. */
    public TableBuffer newRow(CanonicalTable table, long line) {
        TableBuffer b = table(table);
        b.addRow();
        // source_file and format are the same on every row of this context: filled once by buffers().
        b.set(RunColumns.SOURCE_LINE, line > Integer.MAX_VALUE ? Integer.MIN_VALUE : (int) line);
        return b;
    }

    public TableBuffer newRunRow(long line) {
        return newRow(CanonicalTable.RUNS, line);
    }

    public TableBuffer newPowerRow(long line) {
        return newRow(CanonicalTable.POWER, line);
    }

    public TableBuffer newEventRow(long line) {
        return newRow(CanonicalTable.EVENTS, line);
    }

    /** Adds one statistic to the summaries table. */
    public void summary(long line, String backend, String model, String scenario, String mode, String metric,
                        String statistic, double value, String unit, String population) {
        if (Double.isNaN(value)) {
            return;
        }
        TableBuffer b = newRow(CanonicalTable.SUMMARIES, line);
        b.set(SummaryColumns.BACKEND, backend);
        b.set(SummaryColumns.MODEL, model);
        b.set(SummaryColumns.SCENARIO, scenario);
        b.set(SummaryColumns.MODE, mode);
        b.set(SummaryColumns.METRIC, metric);
        b.set(SummaryColumns.STATISTIC, statistic);
        b.set(SummaryColumns.VALUE, value);
        b.set(SummaryColumns.UNIT, unit);
        b.set(SummaryColumns.POPULATION, population);
    }

    /** A builder of summaries rows for one group; see {@link SummaryRow}. */
    public SummaryRow stats(long line) {
        return new SummaryRow(this, line);
    }

    public void addRecords(long n) {
        records += n;
    }

    public void addRecord() {
        records++;
    }

    public long records() {
        return records;
    }

    /** Records a model size stated by the folder's own metadata (e.g. TR121 resolved_model_params.csv). */
    public void modelSize(String model, double params, String how) {
        modelSizes.add(new ModelSizeFact(model, params, probe.relativePath(), how));
    }

    List<ModelSizeFact> modelSizes() {
        return modelSizes;
    }

    /**
     * For a power trace on a monotonic clock: the raw clock value (s) of its first sample, so event files of
     * the same folder can be placed on the trace's time axis.
     */
    public void traceOrigin(double rawSeconds) {
        this.traceOriginS = rawSeconds;
    }

    double traceOriginS() {
        return traceOriginS;
    }

    public void note(String note) {
        this.note = note == null ? "" : note;
    }

    String note() {
        return note;
    }

    /** The tables read, with source_file and format filled in (the reader must be done adding rows). */
    Map<CanonicalTable, TableBuffer> buffers() {
        for (TableBuffer b : buffers.values()) {
            b.fillString(RunColumns.SOURCE_FILE, probe.relativePath());
            b.fillString(RunColumns.FORMAT, formatId);
        }
        return buffers;
    }

}
