package dev.chimera.workbench.ingest.telemetry;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.Severity;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code nvidia-smi dmon} logs (peer-formats §1.2): whitespace-aligned text or the {@code --format csv}
 * variant, two '#' header lines (field names, units) that may re-appear, optional date/time columns with
 * {@code -o DT}, '-' for unavailable values. Without time columns the samples carry no clock: t_s is the
 * sample ordinal × the {@code -d} interval when a recorded command line states it, else missing.
 */
public final class NvidiaSmiDmonReader implements FormatReader {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final long DAY_MS = 86_400_000L;

    @Override
    public String id() {
        return "nvidia-smi.dmon";
    }

    @Override
    public String displayName() {
        return "nvidia-smi dmon log";
    }

    @Override
    public FileKind kind() {
        return FileKind.POWER;
    }

    @Override
    public int detect(FileProbe probe) {
        List<String> lines = TelemetryText.contentLines(probe, 2);
        if (lines.isEmpty() || !DmonHeader.looksLikeHeader(lines.get(0))) {
            return 0;
        }
        String name = probe.lowerName();
        int hint = name.contains("dmon") ? 3 : 0;
        // peer-formats §0.5 step 3: a '#' field line followed by the '#' units line
        boolean units = lines.size() > 1 && DmonHeader.looksLikeUnits(lines.get(1));
        return (units ? 90 : 80) + hint;
    }

    /** Mutable per-file state of one read. */
    private static final class State {
        DmonHeader header;
        int headerBlocks;
        boolean headerChanged;
        long lastTimeOfDayMs = -1;
        long dayOffsetMs;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        double delayS = TelemetryText.delayOption(ctx.probe());
        GpuTraceWriter out = new GpuTraceWriter(ctx, delayS);
        State st = new State();
        TelemetryText.forEachLine(ctx, (lineNo, line, last) -> {
            if (line.isBlank()) {
                return;
            }
            DmonHeader h = DmonHeader.parse(line);
            if (h != null) {
                if (st.header != null && !st.header.sameFields(h)) {
                    st.headerChanged = true;
                    ctx.diagnostics().warning(lineNo, 1, "header changes here from " + st.header.fields() + " to "
                            + h.fields() + "; following rows are read with the new columns");
                }
                st.header = h;
                st.headerBlocks++;
                return;
            }
            if (line.stripLeading().startsWith("#")) {
                return; // the units line, or another comment
            }
            if (st.header == null) {
                if (!TelemetryText.isCommandEcho(line)) {
                    ctx.diagnostics().add(Severity.WARNING, lineNo, 1, "line before the dmon header; skipped",
                            "line before header");
                }
                return;
            }
            row(ctx, out, st, lineNo, line, last);
        });
        ctx.addRecords(out.rows());
        if (st.header == null) {
            ctx.diagnostics().error(0, 0, "no dmon header line ('# gpu ...') found; no rows loaded");
            return;
        }
        String variant = variant(st, delayS);
        ctx.diagnostics().info("variant: " + variant);
        ctx.note(variant);
        if (st.header.timeIndex() < 0) {
            out.reportNoClock("dmon output without -o T/DT", "-d " + delayS + " on the recorded command line");
        }
        out.reportMissing();
    }

    private static String variant(State st, double delayS) {
        DmonHeader h = st.header;
        String clock = h.dateIndex() >= 0 && h.timeIndex() >= 0 ? "-o DT (date and time columns)"
                : h.timeIndex() >= 0 ? "-o T (time column)" : h.dateIndex() >= 0 ? "-o D (date column only)"
                : "no time columns";
        return "nvidia-smi dmon " + (h.csv() ? "--format csv" : "text") + ", " + clock + ", fields "
                + String.join(" ", h.fields()) + (st.headerBlocks > 1 ? ", header printed " + st.headerBlocks
                + " times" : "") + (st.headerChanged ? " (column set changes)" : "")
                + (Double.isNaN(delayS) ? "" : ", -d " + delayS);
    }

    private static void row(ReadContext ctx, GpuTraceWriter out, State st, long lineNo, String line, boolean last) {
        DmonHeader h = st.header;
        String[] cells = TelemetryText.tokens(line, h.csv());
        if (cells.length != h.size()) {
            int col = Math.min(cells.length, h.size()) + 1;
            if (last && cells.length < h.size()) {
                ctx.diagnostics().warning(lineNo, col, "last line is incomplete (log cut off); skipped");
            } else {
                ctx.diagnostics().add(Severity.ERROR, lineNo, col, "expected " + h.size() + " fields, found "
                        + cells.length + "; row skipped", "wrong number of fields");
            }
            if (h.gpuIndex() >= 0 && h.gpuIndex() < cells.length && cells[h.gpuIndex()].matches("\\d+")) {
                out.skipSample(cells[h.gpuIndex()]);
            }
            return;
        }
        String gpu = h.gpuIndex() >= 0 ? cells[h.gpuIndex()] : "0";
        String date = h.dateIndex() >= 0 ? cells[h.dateIndex()] : null;
        String time = h.timeIndex() >= 0 ? cells[h.timeIndex()] : null;
        TableBuffer b = time == null ? out.untimedRow(lineNo, gpu)
                : out.row(lineNo, gpu, clockMs(ctx, st, lineNo, h, date, time));
        if (time != null || date != null) {
            // local wall clock without zone, verbatim (peer-formats §0.3)
            b.set("timestamp_local", date != null && time != null ? date + " " + time : time != null ? time : date);
        }
        for (int i = 0; i < h.size(); i++) {
            if (h.isMetric(i)) {
                out.set(b, h.field(i), h.target(i), cells[i], 1.0, lineNo, i + 1);
            }
        }
    }

    /** Local wall clock in ms (read as UTC, only differences matter); a time-only log rolls over midnight. */
    private static double clockMs(ReadContext ctx, State st, long lineNo, DmonHeader h, String date, String time) {
        try {
            LocalTime t = LocalTime.parse(time);
            if (date != null) {
                LocalDate d = LocalDate.parse(date, DATE);
                return d.atTime(t).toEpochSecond(ZoneOffset.UTC) * 1000 + t.getNano() / 1_000_000;
            }
            long ms = t.toNanoOfDay() / 1_000_000;
            if (st.lastTimeOfDayMs >= 0 && ms < st.lastTimeOfDayMs - DAY_MS / 2) {
                st.dayOffsetMs += DAY_MS; // 23:59:59 → 00:00:00 without a date column
            }
            st.lastTimeOfDayMs = ms;
            return ms + st.dayOffsetMs;
        } catch (DateTimeParseException e) {
            int col = (date != null ? h.dateIndex() : h.timeIndex()) + 1;
            ctx.diagnostics().add(Severity.WARNING, lineNo, col, "date/time '" + (date == null ? "" : date + " ")
                    + time + "' is not YYYYMMDD HH:MM:SS; t_s left empty", "bad timestamp");
            return Double.NaN;
        }
    }
}
