package dev.chimera.workbench.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.chimera.workbench.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a headed CSV file with FastCSV straight into a handler, one record at a time, with line numbers.
 * Rows with the wrong number of cells are reported (file, line, column) and skipped; the rest load.
 */
public final class CsvSupport {

    private CsvSupport() {
    }

    /** Gives a handler named access to the cells of the current record. */
    public static final class Row {
        private final Map<String, Integer> index;
        private final List<String> header;
        private CsvLine record;
        /**
         * The names asked for by {@link #get(String)} on the previous rows, in order, with their cell index (-1 when
         * absent): handlers ask for the same cells in the same order on every row, so a reference check usually
         * replaces the map lookup (a miss falls back to the map).
         */
        private final String[] askedNames = new String[64];
        private final int[] askedIndex = new int[64];
        private int asked;

        Row(List<String> header) {
            this.header = header;
            this.index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i), i);
            }
        }

        public long line() {
            return record.number();
        }

        public List<String> header() {
            return header;
        }

        public boolean has(String column) {
            return index.containsKey(column);
        }

        /** 1-based column number of a header name, 0 when absent. */
        public int columnNumber(String column) {
            Integer i = index.get(column);
            return i == null ? 0 : i + 1;
        }

        /** The raw cell, or null when the column does not exist. */
        public String get(String column) {
            int i = indexOf(column);
            return i < 0 || i >= record.size() ? null : record.cells()[i];
        }

        private int indexOf(String column) {
            int p = asked;
            if (p < askedNames.length) {
                asked = p + 1;
                String name = askedNames[p];
                if (name != null && (name == column || name.equals(column))) {
                    return askedIndex[p];
                }
                Integer i = index.get(column);
                askedNames[p] = column;
                askedIndex[p] = i == null ? -1 : i;
                return askedIndex[p];
            }
            Integer i = index.get(column);
            return i == null ? -1 : i;
        }

        void moveTo(CsvLine next) {
            record = next;
            asked = 0;
        }

        /** The cell at a 0-based index (see {@link #index}); null when the index is negative or past the row. */
        public String get(int i) {
            return i >= 0 && i < record.size() ? record.cells()[i] : null;
        }

        /** 0-based index of a header name, -1 when absent: resolve once, then {@link #get(int)} per row. */
        public int index(String column) {
            Integer i = index.get(column);
            return i == null ? -1 : i;
        }

        /** As {@link #numberChecked(ReadContext, String)} for the cell at a 0-based index. */
        public double numberChecked(ReadContext ctx, int i) {
            if (i < 0) {
                return Double.NaN;
            }
            String raw = get(i);
            double v = ValueParsers.parseDoubleOrNaN(raw);
            if (Double.isNaN(v) && !ValueParsers.isMissingToken(raw)) {
                notANumber(ctx, header.get(i), i + 1, raw);
            }
            return v;
        }

        public int size() {
            return record.size();
        }

        public double number(String column) {
            return ValueParsers.parseDoubleOrNaN(get(column));
        }

        public int integer(String column) {
            return ValueParsers.parseIntOrMissing(get(column));
        }

        public Boolean bool(String column) {
            return ValueParsers.parseBooleanOrNull(get(column));
        }

        /** The cell as a number; a non-empty cell that is not a number gets a warning with line and column. */
        public double numberChecked(ReadContext ctx, String column) {
            String raw = get(column);
            double v = ValueParsers.parseDoubleOrNaN(raw);
            if (Double.isNaN(v) && !ValueParsers.isMissingToken(raw)) {
                notANumber(ctx, column, columnNumber(column), raw);
            }
            return v;
        }

        private void notANumber(ReadContext ctx, String column, int columnNumber, String raw) {
            ctx.diagnostics().add(Severity.WARNING, line(), columnNumber,
                    "'" + abbreviate(raw) + "' in column " + column + " is not a number; left empty",
                    "not a number in column " + column);
        }
    }

    @FunctionalInterface
    public interface RowHandler {
        void row(Row row);
    }

    /** Files from this size on are parsed on a second thread while the reader handles rows ({@link ReadAhead}). */
    static final long READ_AHEAD_BYTES = 4L << 20;

    /**
     * Streams every data record of the file to the handler. Returns the number of records handed over. The
     * header is the first record; a header-only or empty file yields 0 records and an info diagnostic. A large
     * file is parsed on a second thread, ahead of the handler; the handler still runs on the calling thread, in
     * order, with the same diagnostics.
     */
    public static long forEachRow(ReadContext ctx, RowHandler handler) throws IOException {
        return forEachRow(ctx, handler, ctx.probe().size() >= READ_AHEAD_BYTES);
    }

    static long forEachRow(ReadContext ctx, RowHandler handler, boolean readAhead) throws IOException {
        // Set before the parser thread starts; its over-long-line reports are run here, in stream order.
        List<ReadAhead<CsvLine>> ahead = new ArrayList<>(1);
        LineLimitingReader.OverlongListener overlong = (line, chars) -> {
            if (!ahead.isEmpty() && ahead.get(0).isParserThread()) {
                ahead.get(0).defer(() -> ctx.reportOverlong(line, chars));
            } else {
                ctx.reportOverlong(line, chars);
            }
        };
        try (BufferedReader text = ctx.openText(overlong);
             CsvReader<CsvRecord> csv = CsvReader.builder()
                     .ignoreDifferentFieldCount(true)
                     .skipEmptyLines(true)
                     .ofCsvRecord(text)) {
            Iterator<CsvRecord> it = csv.iterator();
            if (!hasNext(it)) {
                ctx.diagnostics().info("empty file");
                return 0;
            }
            List<String> header = it.next().getFields().stream().map(String::trim).toList();
            int maxColumns = ctx.limits().maxColumns();
            if (header.size() > maxColumns) {
                ctx.diagnostics().error(1, maxColumns + 1, "header has " + header.size() + " columns, over the "
                        + maxColumns + "-column limit; file not read");
                return 0;
            }
            CsvLine.Maker lines = new CsvLine.Maker();
            ReadAhead.Source<CsvLine> source = () -> it.hasNext() ? lines.make(it.next()) : null;
            if (!readAhead) {
                return rows(ctx, header, source, handler);
            }
            ahead.add(new ReadAhead<>("chimera-csv-parse", source));
            try (ReadAhead<CsvLine> parser = ahead.get(0).start()) {
                return rows(ctx, header, parser::next, handler);
            }
        }
    }

    private static boolean hasNext(Iterator<CsvRecord> it) throws IOException {
        try {
            return it.hasNext();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long rows(ReadContext ctx, List<String> header, ReadAhead.Source<CsvLine> records,
                             RowHandler handler) throws IOException {
        long count = 0;
        Row row = new Row(header);
        CsvLine rec = next(records, ctx);
        while (rec != null) {
            CsvLine following = next(records, ctx);
            if ((count & 0x3FF) == 0) {
                ctx.checkCancelled();
            }
            if (rec.size() != header.size()) {
                if (rec.size() == 1 && rec.cells()[0].isBlank()) {
                    rec = following;
                    continue;
                }
                int col = Math.min(rec.size(), header.size()) + 1;
                if (following == null && rec.size() < header.size()) {
                    ctx.diagnostics().warning(rec.number(), col,
                            "last line is incomplete (file cut off or still being written); skipped");
                } else {
                    ctx.diagnostics().add(Severity.ERROR, rec.number(), col,
                            "expected " + header.size() + " cells, found " + rec.size()
                                    + "; row skipped", "wrong number of cells");
                }
            } else {
                row.moveTo(rec);
                handler.row(row);
                count++;
            }
            rec = following;
        }
        return count;
    }

    private static CsvLine next(ReadAhead.Source<CsvLine> records, ReadContext ctx) throws IOException {
        try {
            return records.next();
        } catch (CsvParseException e) {
            ctx.diagnostics().error(0, 0, "CSV syntax error: " + e.getMessage() + "; rest of file skipped");
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
