package dev.chimera.workbench.ingest.peer.aiperf;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV file made of several tables separated by blank rows, each starting with its own header (AIPerf and
 * GenAI-Perf stats exports, GenAI-Perf analyze export). Parsed with a real CSV parser so quoted cells such as
 * {@code "1,234.56"} stay one cell. Rows whose cell count differs from their block's header are reported and
 * skipped (a cut-off last row is a warning).
 */
public final class CsvBlocks {

    /** One data row with its 1-based line number. */
    public record Row(long line, List<String> cells) {
        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    /** One table: the header row, its line, and its data rows. */
    public record Block(long headerLine, List<String> header, List<Row> rows) {
        public String first() {
            return header.isEmpty() ? "" : header.get(0);
        }

        public int column(String name) {
            return header.indexOf(name);
        }
    }

    private CsvBlocks() {
    }

    /** Reads every block of the file; an unreadable tail is reported and the blocks before it are kept. */
    public static List<Block> read(ReadContext ctx) throws IOException {
        List<List<CsvRecord>> groups = new ArrayList<>();
        try (BufferedReader text = ctx.openText();
             CsvReader<CsvRecord> csv = CsvReader.builder()
                     .ignoreDifferentFieldCount(true)
                     .skipEmptyLines(false)
                     .ofCsvRecord(text)) {
            Iterator<CsvRecord> it = csv.iterator();
            List<CsvRecord> current = null;
            while (true) {
                CsvRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (CsvParseException e) {
                    ctx.diagnostics().error(0, 0, "CSV syntax error: " + e.getMessage() + "; rest of file skipped");
                    break;
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                if (isBlank(rec)) {
                    current = null;
                    continue;
                }
                if (current == null) {
                    current = new ArrayList<>();
                    groups.add(current);
                }
                current.add(rec);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            blocks.add(toBlock(ctx, groups.get(g), g == groups.size() - 1));
        }
        return blocks;
    }

    private static Block toBlock(ReadContext ctx, List<CsvRecord> recs, boolean lastBlock) {
        CsvRecord head = recs.get(0);
        List<String> header = head.getFields().stream().map(String::trim).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < recs.size(); i++) {
            CsvRecord r = recs.get(i);
            int n = r.getFieldCount();
            if (n == header.size()) {
                rows.add(new Row(r.getStartingLineNumber(), r.getFields().stream().map(String::trim).toList()));
            } else if (lastBlock && i == recs.size() - 1 && n < header.size()) {
                ctx.diagnostics().warning(r.getStartingLineNumber(), n + 1,
                        "last line is incomplete (file cut off or still being written); skipped");
            } else {
                ctx.diagnostics().add(Severity.ERROR, r.getStartingLineNumber(), Math.min(n, header.size()) + 1,
                        "expected " + header.size() + " cells, found " + n + "; row skipped", "wrong number of cells");
            }
        }
        return new Block(head.getStartingLineNumber(), header, rows);
    }

    private static boolean isBlank(CsvRecord rec) {
        for (String f : rec.getFields()) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
