package dev.chimera.workbench.ingest.tr;

import dev.chimera.workbench.ingest.CsvSupport;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.model.ColumnType;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.PowerColumns;
import dev.chimera.workbench.model.Severity;
import java.io.IOException;

/**
 * TR122 {@code power_trace.csv}: NVML samples on a strict 100 ms grid with monotonic-ns timestamps. The first
 * t_ns becomes the trace origin so the generation events of the same folder (same clock) line up with it.
 */
final class PowerTraceCsvReader implements FormatReader {

    @Override
    public String id() {
        return "tr122.power_trace.csv";
    }

    @Override
    public String displayName() {
        return "TR122 power trace";
    }

    @Override
    public FileKind kind() {
        return FileKind.POWER;
    }

    @Override
    public int detect(FileProbe probe) {
        if (!probe.headerHas("t_ns", "power_w")) {
            return 0;
        }
        int score = probe.headerHas("read_ok") ? 88 : 80;
        return probe.lowerName().equals("power_trace.csv") ? score + 4 : score;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        State s = new State();
        long records = CsvSupport.forEachRow(ctx, row -> {
            long tns = parseNanos(row.get("t_ns"));
            double ts = Double.NaN;
            if (tns == Long.MIN_VALUE) {
                ctx.diagnostics().add(Severity.WARNING, row.line(), row.columnNumber("t_ns"),
                        "t_ns '" + row.get("t_ns") + "' is not a whole number of ns; time left empty", "bad t_ns");
            } else {
                if (s.firstNs == Long.MIN_VALUE) {
                    s.firstNs = tns;
                    ctx.traceOrigin(tns / 1e9);
                } else if (tns < s.previousNs) {
                    ctx.diagnostics().add(Severity.WARNING, row.line(), row.columnNumber("t_ns"),
                            "t_ns goes backwards (" + tns + " after " + s.previousNs + ")", "t_ns out of order");
                }
                s.previousNs = tns;
                ts = (tns - s.firstNs) / 1e9;
            }
            Boolean readOk = row.bool("read_ok");
            boolean failed = Boolean.FALSE.equals(readOk);
            if (failed && s.failed++ == 0) {
                s.firstFailedLine = row.line();
                s.readOkColumn = row.columnNumber("read_ok");
            }
            TableBuffer b = ctx.newPowerRow(row.line());
            // Columns resolved once per file (a 10 Hz trace of hours has millions of rows), in the order first set.
            Writers w = s.writers != null ? s.writers : (s.writers = new Writers(b));
            w.gpu.set("0");
            w.time.set(ts);
            w.power.set(failed ? Double.NaN : row.numberChecked(ctx, "power_w"));
            w.util.set(row.numberChecked(ctx, "util_gpu"));
            w.mem.set(row.numberChecked(ctx, "vram_used_mb"));
            w.temp.set(row.numberChecked(ctx, "temp_c"));
            w.smClock.set(row.numberChecked(ctx, "sm_clock_mhz"));
            w.memClock.set(row.numberChecked(ctx, "mem_clock_mhz"));
            w.utilMem.set(row.numberChecked(ctx, "util_mem"));
            w.readOk.set(readOk);
            w.dt.set(row.numberChecked(ctx, "dt_s"));
        });
        if (s.failed > 0) {
            ctx.diagnostics().warning(s.firstFailedLine, s.readOkColumn, s.failed
                    + " samples have read_ok=false (NVML read failed, first here); kept with power_w empty");
        }
        ctx.addRecords(records);
    }

    /** The power columns this reader sets on every row. */
    private static final class Writers {
        final TableBuffer.CellWriter gpu;
        final TableBuffer.CellWriter time;
        final TableBuffer.CellWriter power;
        final TableBuffer.CellWriter util;
        final TableBuffer.CellWriter mem;
        final TableBuffer.CellWriter temp;
        final TableBuffer.CellWriter smClock;
        final TableBuffer.CellWriter memClock;
        final TableBuffer.CellWriter utilMem;
        final TableBuffer.CellWriter readOk;
        final TableBuffer.CellWriter dt;

        Writers(TableBuffer b) {
            gpu = b.writer(PowerColumns.GPU, ColumnType.STRING);
            time = b.writer(PowerColumns.T_S, ColumnType.DOUBLE);
            power = b.writer(PowerColumns.POWER_W, ColumnType.DOUBLE);
            util = b.writer(PowerColumns.UTIL_PCT, ColumnType.DOUBLE);
            mem = b.writer(PowerColumns.MEM_MIB, ColumnType.DOUBLE);
            temp = b.writer(PowerColumns.TEMP_C, ColumnType.DOUBLE);
            smClock = b.writer(PowerColumns.SM_CLOCK_MHZ, ColumnType.DOUBLE);
            memClock = b.writer("mem_clock_mhz", ColumnType.DOUBLE);
            utilMem = b.writer("util_mem", ColumnType.DOUBLE);
            readOk = b.writer("read_ok", ColumnType.BOOLEAN);
            dt = b.writer("dt_s", ColumnType.DOUBLE);
        }
    }

    /** Parses monotonic ns exactly (a double would lose the last digits); Long.MIN_VALUE when not a number. */
    static long parseNanos(String cell) {
        if (cell == null) {
            return Long.MIN_VALUE;
        }
        String t = cell.trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(t);
                return Double.isFinite(d) && d == Math.rint(d) ? (long) d : Long.MIN_VALUE;
            } catch (NumberFormatException e2) {
                return Long.MIN_VALUE;
            }
        }
    }

    private static final class State {
        long firstNs = Long.MIN_VALUE;
        long previousNs = Long.MIN_VALUE;
        int failed;
        long firstFailedLine;
        int readOkColumn;
        Writers writers;
    }
}
