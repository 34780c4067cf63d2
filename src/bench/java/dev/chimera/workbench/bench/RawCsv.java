package dev.chimera.workbench.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;

/** A raw FastCSV pass for baselines: every cell visited, numeric-looking cells parsed to double. */
final class RawCsv {
    private RawCsv() {
    }

    static long cells(Path file) throws IOException {
        long cells = 0;
        double sum = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord rec : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                for (int i = 0; i < rec.getFieldCount(); i++) {
                    String f = rec.getField(i);
                    char c = f.isEmpty() ? 'x' : f.charAt(0);
                    if (c >= '0' && c <= '9') {
                        sum += Double.parseDouble(f);
                    }
                    cells++;
                }
            }
        }
        return cells + (long) Math.signum(sum);
    }
}
