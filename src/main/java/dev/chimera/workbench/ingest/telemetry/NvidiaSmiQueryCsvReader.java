package dev.chimera.workbench.ingest.telemetry;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.ValueParsers;
import dev.chimera.workbench.ingest.telemetry.NvidiaSmiHeader.Column;
import dev.chimera.workbench.ingest.telemetry.NvidiaSmiHeader.Role;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.PowerColumns;
import dev.chimera.workbench.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code nvidia-smi --query-gpu=... --format=csv[,nounits]} logs. Parsed by header name, never by position
 * (nvidia-smi output is not guaranteed stable): cells are split on ',' and trimmed, which handles both the
 * ", " separator and headers written without spaces; units inside cells are stripped; bracketed values such as
 * [N/A] are missing and counted per column.
 */
public final class NvidiaSmiQueryCsvReader implements FormatReader {

    /** One data line split into exactly header-count cells. */
    private record SmiRow(long line, String[] cells) {
    }

    @Override
    public String id() {
        return "nvidia-smi.query.csv";
    }

    @Override
    public String displayName() {
        return "nvidia-smi query log (CSV)";
    }

    @Override
    public FileKind kind() {
        return FileKind.POWER;
    }

    @Override
    public int detect(FileProbe probe) {
        if (probe.firstJsonLine() != null) {
            return 0;
        }
        List<String> cells = probe.csvHeader();
        if (cells.size() < 2) {
            return 0;
        }
        String name = probe.lowerName();
        int hint = name.contains("gpu") && name.contains("metric") || name.contains("nvidia") && name.contains("smi")
                ? 5 : 0;
        if (NvidiaSmiHeader.TIMESTAMP.matcher(cells.get(0)).matches()) {
            return 80 + hint; // noheader variant: recognised, but columns cannot be named
        }
        int known = 0;
        boolean metric = false;
        for (String c : cells) {
            String field = NvidiaSmiHeader.field(c);
            if (NvidiaSmiHeader.isKnownField(field)) {
                known++;
                metric |= NvidiaSmiHeader.isMetricField(field);
            }
        }
        return metric && known == cells.size() ? 85 + hint : 0;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        List<SmiRow> rows = new ArrayList<>();
        NvidiaSmiHeader header = null;
        try (BufferedReader r = ctx.openText()) {
            long lineNo = 0;
            String line = r.readLine();
            while (line != null) {
                lineNo++;
                String next = r.readLine();
                if ((lineNo & 0x3FF) == 0) {
                    ctx.checkCancelled();
                }
                if (!line.isBlank()) {
                    if (header == null) {
                        String first = line.split(",", -1)[0].trim();
                        if (NvidiaSmiHeader.TIMESTAMP.matcher(first).matches()) {
                            ctx.diagnostics().error(lineNo, 1, "no header: column meaning unknown"
                                    + " (file written with --format=csv,noheader); no rows loaded");
                            ctx.addRecords(countDataLines(line, next, r));
                            return;
                        }
                        String[] cells = line.split(",", -1);
                        if (cells.length > ctx.limits().maxColumns()) {
                            ctx.diagnostics().error(lineNo, ctx.limits().maxColumns() + 1, "header has "
                                    + cells.length + " columns, over the " + ctx.limits().maxColumns()
                                    + "-column limit; file not read");
                            return;
                        }
                        header = NvidiaSmiHeader.parse(Arrays.asList(cells));
                    } else {
                        SmiRow row = split(ctx, header, line, lineNo, next == null);
                        if (row != null) {
                            rows.add(row);
                        }
                    }
                }
                line = next;
            }
        }
        if (header == null) {
            ctx.diagnostics().info("empty file");
            return;
        }
        emit(ctx, header, rows);
        ctx.addRecords(rows.size());
    }

    private static long countDataLines(String first, String second, BufferedReader r) throws IOException {
        long n = first.isBlank() ? 0 : 1;
        String l = second;
        while (l != null) {
            n += l.isBlank() ? 0 : 1;
            l = r.readLine();
        }
        return n;
    }

    /** Splits a line into header-count cells; surplus cells are re-joined into the GPU name (it may hold commas). */
    private static SmiRow split(ReadContext ctx, NvidiaSmiHeader header, String line, long lineNo, boolean last) {
        String[] raw = line.split(",", -1);
        int n = header.columns().size();
        Column name = header.first(Role.NAME);
        if (raw.length > n && name != null && surplusCouldBeName(raw, name.index(), raw.length - n)) {
            int extra = raw.length - n;
            String[] joined = new String[n];
            for (int i = 0, j = 0; i < n; i++, j++) {
                if (i == name.index()) {
                    joined[i] = String.join(",", Arrays.copyOfRange(raw, j, j + extra + 1));
                    j += extra;
                } else {
                    joined[i] = raw[j];
                }
            }
            raw = joined;
        }
        if (raw.length != n) {
            int col = Math.min(raw.length, n) + 1;
            if (last && raw.length < n) {
                ctx.diagnostics().warning(lineNo, col,
                        "last line is incomplete (file cut off or still being written); skipped");
            } else {
                ctx.diagnostics().add(Severity.ERROR, lineNo, col, "expected " + n + " cells, found "
                        + raw.length + "; row skipped", "wrong number of cells");
            }
            return null;
        }
        for (int i = 0; i < raw.length; i++) {
            raw[i] = raw[i].trim();
        }
        return new SmiRow(lineNo, raw);
    }

    /**
     * Whether the cells after the name that would be folded into it look like parts of a GPU name. A value with
     * a unit ("116.46 W") or a number means the row simply has extra cells: folding them in would shift every
     * later value into the wrong column.
     */
    private static boolean surplusCouldBeName(String[] raw, int nameIndex, int extra) {
        for (int i = nameIndex + 1; i <= nameIndex + extra && i < raw.length; i++) {
            String cell = raw[i].trim();
            if (cell.isEmpty() || ValueParsers.isMissingToken(cell) || VALUE_LIKE.matcher(cell).matches()) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern VALUE_LIKE =
            java.util.regex.Pattern.compile("[-+]?[0-9][0-9.]*\\s*(%|[A-Za-z]{1,4})?");

    private static void emit(ReadContext ctx, NvidiaSmiHeader header, List<SmiRow> rows) {
        List<Column> cols = header.columns();
        boolean[] numeric = new boolean[cols.size()];
        for (Column c : cols) {
            numeric[c.index()] = isNumeric(c, rows);
        }
        reportMissing(ctx, cols, rows);
        Column ts = header.first(Role.TIMESTAMP);
        List<LocalDateTime> times = new ArrayList<>(rows.size());
        for (SmiRow row : rows) {
            LocalDateTime t = ts == null ? null : NvidiaSmiTicks.parse(row.cells()[ts.index()]);
            if (ts != null && t == null && !ValueParsers.isMissingToken(row.cells()[ts.index()])) {
                ctx.diagnostics().add(Severity.WARNING, row.line(), ts.index() + 1, "timestamp '"
                        + row.cells()[ts.index()] + "' is not YYYY/MM/DD HH:MM:SS.mmm; t_s left empty", "bad timestamp");
            }
            times.add(t);
        }
        Column gpuKey = header.first(Role.INDEX) != null ? header.first(Role.INDEX)
                : header.first(Role.UUID) != null ? header.first(Role.UUID) : header.first(Role.BUS_ID);
        int[] inferred = gpuKey == null ? NvidiaSmiTicks.positionsInTick(times) : null;
        if (inferred != null) {
            int k = Arrays.stream(inferred).max().orElse(0) + 1;
            ctx.diagnostics().warning(0, 0, "several rows per sampling tick and no index/uuid/pci.bus_id column:"
                    + " GPU attribution inferred from row order within each tick (" + k + " GPUs)");
        }
        Column power = header.first(Role.POWER);
        Map<String, LocalDateTime> firstByGpu = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            SmiRow row = rows.get(i);
            String gpu = gpuKey != null ? row.cells()[gpuKey.index()]
                    : inferred != null ? Integer.toString(inferred[i]) : "0";
            LocalDateTime t = times.get(i);
            double tS = Double.NaN;
            if (t != null) {
                tS = NvidiaSmiTicks.secondsBetween(firstByGpu.computeIfAbsent(gpu, g -> t), t);
            }
            TableBuffer b = ctx.newPowerRow(row.line());
            b.set(PowerColumns.GPU, gpu);
            b.set(PowerColumns.T_S, tS);
            for (Column c : cols) {
                String cell = row.cells()[c.index()];
                if (numeric[c.index()]) {
                    b.set(c.target(), number(ctx, row, c, cell));
                } else {
                    b.set(c.target(), ValueParsers.isMissingToken(cell) ? "" : cell);
                }
            }
            if (power != null) {
                b.set("power_kind", power.field());
            }
        }
    }

    /** Measurement columns are numbers; other columns are numbers when every available cell is one. */
    private static boolean isNumeric(Column c, List<SmiRow> rows) {
        switch (c.role()) {
            case POWER, UTIL, MEM_UTIL, MEM_USED, TEMP, SM_CLOCK:
                return true;
            case EXTRA:
                break;
            default:
                return false;
        }
        boolean any = false;
        for (SmiRow row : rows) {
            String cell = row.cells()[c.index()];
            if (!ValueParsers.isMissingToken(cell)) {
                if (!ValueParsers.looksNumeric(cell) || !startsNumeric(cell)) {
                    return false;
                }
                any = true;
            }
        }
        return any || !c.unit().isEmpty();
    }

    /** Rejects hex masks ("0x0000000000000004") and ids that happen to end in digits. */
    private static boolean startsNumeric(String cell) {
        String t = cell.trim();
        return !t.startsWith("0x") && !t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-'
                || t.charAt(0) == '.');
    }

    private static double number(ReadContext ctx, SmiRow row, Column c, String cell) {
        double v = ValueParsers.parseWithUnit(cell);
        if (Double.isNaN(v) && !ValueParsers.isMissingToken(cell)) {
            ctx.diagnostics().add(Severity.WARNING, row.line(), c.index() + 1, "'" + cell + "' in column "
                    + c.raw() + " is not a number; left empty", "not a number in column " + c.raw());
        }
        return v;
    }

    /** One diagnostic per column with [N/A]-style cells: how many, and where the first one is. */
    private static void reportMissing(ReadContext ctx, List<Column> cols, List<SmiRow> rows) {
        for (Column c : cols) {
            long count = 0;
            long firstLine = 0;
            String example = "";
            for (SmiRow row : rows) {
                String cell = row.cells()[c.index()];
                if (ValueParsers.isMissingToken(cell)) {
                    if (count++ == 0) {
                        firstLine = row.line();
                        example = cell.isEmpty() ? "empty" : cell;
                    }
                }
            }
            if (count > 0) {
                Severity sev = c.role() == Role.EXTRA || c.role() == Role.NAME ? Severity.INFO : Severity.WARNING;
                ctx.diagnostics().add(sev, firstLine, c.index() + 1, "column " + c.raw() + ": " + count
                        + " of " + rows.size() + " cells not available (" + example + ", first here); left empty",
                        "missing cells in column " + c.raw());
            }
        }
    }
}
