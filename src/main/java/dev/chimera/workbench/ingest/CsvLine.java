package dev.chimera.workbench.ingest;

import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * One parsed CSV record: its starting line number and its cells. Made by {@link Maker}, which shares a cell that
 * equals the same column's cell in the previous record (run-level columns repeat on thousands of rows).
 */
record CsvLine(long number, String[] cells) {

    int size() {
        return cells.length;
    }

    /**
     * Turns FastCSV records into lines, on the thread that parses them. Why share equal cells there: a reader
     * compares a run-level cell with the previous row's (to reuse a derived run id or a string code); with the
     * instance shared that is a reference check, and the reading thread, which may be another core when the file
     * is parsed ahead ({@link ReadAhead}), never loads the cell's characters. Measured on the 1 M-row TR117 CSV,
     * those loads were most of the reader's per-row cost.
     */
    static final class Maker {
        private String[] previous = new String[0];

        CsvLine make(CsvRecord record) {
            int n = record.getFieldCount();
            String[] cells = new String[n];
            String[] prev = previous;
            int shared = Math.min(n, prev.length);
            for (int i = 0; i < n; i++) {
                String cell = record.getField(i);
                if (i < shared && cell.equals(prev[i])) {
                    cell = prev[i];
                }
                cells[i] = cell;
            }
            if (n > 1 || n == 1 && !cells[0].isBlank()) {
                previous = cells;
            }
            return new CsvLine(record.getStartingLineNumber(), cells);
        }
    }
}
