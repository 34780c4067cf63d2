package dev.chimera.workbench.ingest.telemetry;

import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.ValueParsers;
import dev.chimera.workbench.model.PowerColumns;
import dev.chimera.workbench.model.Severity;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the power rows of a multi-GPU telemetry file: t_s per GPU (from the file's clock when it has one,
 * else sample ordinal × the recorded sampling interval, else missing), cell parsing with per-column counts of
 * not-available cells, and cumulative energy counters with reset detection (peer-formats §9.2 items 3, 13).
 */
final class GpuTraceWriter {
    /** DCGM's "blank" sentinels are int64 values near 2^63 (peer-formats §1.3). */
    private static final double DCGM_BLANK = 9.2233720368547748E18;
    static final String ENERGY_J = "energy_j";
    static final String ENERGY_SEGMENT = "energy_segment";

    /** Not-available cells of one source column. */
    private static final class Missing {
        final String target;
        long cells;
        long missing;
        long firstLine;
        int firstColumn;
        String example = "";

        Missing(String target) {
            this.target = target;
        }
    }

    private final ReadContext ctx;
    private final double intervalS;
    private final Map<String, Double> firstClockMs = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, Double> lastEnergyJ = new HashMap<>();
    private final Map<String, Integer> energySegments = new HashMap<>();
    private final Map<String, Missing> missing = new LinkedHashMap<>();
    private long rows;

    /** @param intervalS sampling interval in seconds when known (used only for rows without a clock), else NaN */
    GpuTraceWriter(ReadContext ctx, double intervalS) {
        this.ctx = ctx;
        this.intervalS = intervalS;
    }

    long rows() {
        return rows;
    }

    /**
     * Starts the row of one sample of GPU {@code gpu} of a source with a clock. {@code clockMs} is the sample's
     * clock in ms (epoch, or a local wall clock read as UTC: only differences are used), NaN when unreadable.
     */
    TableBuffer row(long line, String gpu, double clockMs) {
        ordinals.merge(gpu, 1, Integer::sum);
        double tS = Double.NaN;
        if (!Double.isNaN(clockMs)) {
            tS = (clockMs - firstClockMs.computeIfAbsent(gpu, g -> clockMs)) / 1000.0;
        }
        return start(line, gpu, tS);
    }

    /** Starts the row of a sample without a clock: t_s = ordinal of the GPU's sample × interval (or missing). */
    TableBuffer untimedRow(long line, String gpu) {
        int ordinal = ordinals.merge(gpu, 1, Integer::sum) - 1;
        return start(line, gpu, ordinal * intervalS); // NaN when the interval is unknown
    }

    /** A sample line of {@code gpu} that could not be read still takes its place on a synthetic time axis. */
    void skipSample(String gpu) {
        ordinals.merge(gpu, 1, Integer::sum);
    }

    private TableBuffer start(long line, String gpu, double tS) {
        TableBuffer b = ctx.newPowerRow(line);
        b.set(PowerColumns.GPU, gpu);
        b.set(PowerColumns.T_S, tS);
        rows++;
        return b;
    }

    /**
     * Parses a cell of source column {@code label}: "-", N/A, [..], NaN and DCGM blanks are missing and counted;
     * anything else that is not a number is reported. Multiplies by {@code scale} (e.g. 0.001 for mJ → J).
     */
    double number(String label, String target, String cell, double scale, long line, int column) {
        Missing m = missing.computeIfAbsent(label, l -> new Missing(target));
        m.cells++;
        String t = cell == null ? "" : cell.trim();
        double v = t.equals("-") ? Double.NaN : ValueParsers.parseDoubleOrNaN(t);
        boolean blank = !Double.isNaN(v) && Math.abs(v) >= DCGM_BLANK;
        if (t.equals("-") || ValueParsers.isMissingToken(t) || blank
                || t.toLowerCase(Locale.ROOT).matches("[+-]?inf")) {
            if (m.missing++ == 0) {
                m.firstLine = line;
                m.firstColumn = column;
                m.example = blank ? "DCGM blank " + t : t.isEmpty() ? "empty" : t;
            }
            return Double.NaN;
        }
        if (Double.isNaN(v)) {
            ctx.diagnostics().add(Severity.WARNING, line, column, "'" + t + "' in column " + label
                    + " is not a number; left empty", "not a number in column " + label);
            return Double.NaN;
        }
        // mJ → J divides so the result equals the decimal value written in J (918273645123 mJ → 918273645.123)
        return scale < 1 ? v / Math.rint(1 / scale) : v * scale;
    }

    /** Parses a cell and sets it in {@code target} of the current row. */
    void set(TableBuffer b, String label, String target, String cell, double scale, long line, int column) {
        b.set(target, number(label, target, cell, scale, line, column));
    }

    /**
     * Sets the cumulative energy counter (J) of {@code gpu}; a counter that goes down (driver reload, wrap)
     * starts a new {@value #ENERGY_SEGMENT} so deltas are never taken across the reset.
     */
    void energy(TableBuffer b, String gpu, double joules, long line, int column) {
        b.set(ENERGY_J, joules);
        if (Double.isNaN(joules)) {
            b.set(ENERGY_SEGMENT, energySegments.getOrDefault(gpu, 0));
            return;
        }
        Double previous = lastEnergyJ.put(gpu, joules);
        if (previous != null && joules < previous) {
            int segment = energySegments.merge(gpu, 1, Integer::sum);
            ctx.diagnostics().add(Severity.WARNING, line, column, String.format(Locale.ROOT,
                    "energy counter of GPU %s went down from %.3f J to %.3f J (counter reset): energy_segment %d"
                            + " starts here; take deltas only within a segment", gpu, previous, joules, segment),
                    "energy counter reset");
        }
        b.set(ENERGY_SEGMENT, energySegments.getOrDefault(gpu, 0));
    }

    /** One diagnostic per source column with not-available cells: how many, and where the first one is. */
    void reportMissing() {
        missing.forEach((label, m) -> {
            if (m.missing > 0) {
                boolean canonical = PowerColumns.COLUMNS.stream().anyMatch(c -> c.name().equals(m.target))
                        || m.target.equals(ENERGY_J);
                ctx.diagnostics().add(canonical ? Severity.WARNING : Severity.INFO, m.firstLine, m.firstColumn,
                        "column " + label + ": " + m.missing + " of " + m.cells + " values not available ("
                                + m.example + ", first here); left empty", "missing cells in column " + label);
            }
        });
    }

    /** The diagnostic for a source without timestamps: how t_s was filled. */
    void reportNoClock(String what, String intervalSource) {
        if (Double.isNaN(intervalS)) {
            ctx.diagnostics().warning(0, 0, what + " has no timestamps and no sampling interval is recorded"
                    + " (no -d option found): t_s left empty; rows keep their order");
        } else {
            ctx.diagnostics().info(what + " has no timestamps: t_s = sample ordinal per GPU × " + intervalS
                    + " s (" + intervalSource + "); synthetic time axis");
        }
    }

    /** "mtemp" → "mtemp"; a name that collides with a canonical power column gets a prefix. */
    static String extraName(String raw) {
        return NvidiaSmiHeader.sanitise(raw);
    }
}
