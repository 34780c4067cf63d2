package dev.chimera.workbench.ingest.reliability;

import static dev.chimera.workbench.ingest.reliability.CorpusCase.Expect.clean;
import static dev.chimera.workbench.ingest.reliability.CorpusCase.Expect.diag;
import static dev.chimera.workbench.ingest.reliability.CorpusCase.one;

import dev.chimera.workbench.ingest.LoadLimits;
import dev.chimera.workbench.model.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Mutations of line formats (CSV, JSONL, text logs). Every data line of a template is one record, so the
 * expected record count follows from what the mutation did: n, n - 1 (one line broken) or n + 1 (one added).
 */
final class LineMutations {
    private static final LoadLimits DEFAULTS = LoadLimits.defaults();

    private LineMutations() {
    }

    static List<CorpusCase> of(CorpusTemplate t) {
        List<CorpusCase> out = new ArrayList<>();
        List<String> lines = t.lines();
        int first = t.headerLines();
        int n = lines.size() - first;
        int mid = first + (n - 1) / 2; // never the last line, so breaking it is not a cut-off end
        int last = lines.size() - 1;
        long recs = t.records();
        long perRecord = t.rowsPerRecord();
        String f = t.format();
        String rel = t.rel();

        // A run still writing: the last line stops half-way (at a cell boundary for CSV).
        List<String> cut = new ArrayList<>(lines);
        cut.set(last, halfLine(t, lines.get(last)));
        out.add(c(t, "truncated last line", join(cut, false), diag(rel, f, recs - 1, rows(perRecord, recs - 1),
                Severity.WARNING, last + 1, -1, "incomplete")));
        out.add(c(t, "BOM", "\uFEFF" + t.text(), clean(rel, f, recs, rows(perRecord, recs))));
        out.add(c(t, "CRLF line ends", t.text().replace("\n", "\r\n"), clean(rel, f, recs, rows(perRecord, recs))));
        out.add(c(t, "duplicate line (duplicate timestamps)", join(insert(lines, mid + 1, lines.get(mid)), true),
                clean(rel, f, recs + 1, rows(perRecord, recs + 1))));
        List<String> swapped = new ArrayList<>(lines);
        swapped.set(first, lines.get(first + 1));
        swapped.set(first + 1, lines.get(first));
        out.add(c(t, "out-of-order lines", join(swapped, true), clean(rel, f, recs, rows(perRecord, recs))));
        List<String> blanks = new ArrayList<>(lines);
        blanks.add(mid, "");
        blanks.add(mid, "   ");
        out.add(c(t, "blank lines inside", join(blanks, true), clean(rel, f, recs, rows(perRecord, recs))));
        if (first > 0) {
            out.add(c(t, "header only", join(lines.subList(0, first), true), clean(rel, f, 0, 0)));
        }
        // A line over the line limit is dropped with an error; the others load. The limit sits just above the
        // template's longest line.
        int limit = lines.stream().mapToInt(String::length).max().orElse(0) + 100;
        List<String> longLine = new ArrayList<>(lines);
        longLine.set(mid, "x".repeat(limit * 2));
        out.add(new CorpusCase(t.family(), "line over the length limit", one(rel, join(longLine, true)), null,
                DEFAULTS.withMaxLineChars(limit), diag(rel, f, recs - 1, rows(perRecord, recs - 1), Severity.ERROR,
                mid + 1, 1, "longer than the " + limit + "-character limit")));
        // Bytes that are not UTF-8 inside a line are replaced, never fatal.
        out.add(c(t, "invalid UTF-8 bytes", withBytesAtEnd(lines, mid), clean(rel, f, recs, rows(perRecord, recs))));

        if (t.shape() == CorpusTemplate.Shape.CSV) {
            out.addAll(csvCases(t, lines, mid, recs, perRecord));
        } else if (t.shape() == CorpusTemplate.Shape.JSONL) {
            out.addAll(jsonlCases(t, lines, mid, recs, perRecord));
        }
        return out;
    }

    private static List<CorpusCase> csvCases(CorpusTemplate t, List<String> lines, int mid, long recs, long per) {
        List<CorpusCase> out = new ArrayList<>();
        String rel = t.rel();
        String f = t.format();
        int cells = lines.get(0).split(",", -1).length;
        out.add(c(t, "extra cell", join(replace(lines, mid, l -> l + ",extra"), true), diag(rel, f, recs - 1,
                rows(per, recs - 1), Severity.ERROR, mid + 1, cells + 1, "expected " + cells + " cells")));
        out.add(c(t, "missing cell", join(replace(lines, mid, l -> l.substring(0, l.lastIndexOf(','))), true),
                diag(rel, f, recs - 1, rows(per, recs - 1), Severity.ERROR, mid + 1, cells, "expected " + cells)));
        out.add(new CorpusCase(t.family(), "more columns than the limit", one(rel, t.text()), null,
                DEFAULTS.withMaxColumns(cells - 1), diag(rel, f, 0, 0, Severity.ERROR, 1, cells,
                "column limit")));
        if (t.textCell() >= 0) {
            out.add(c(t, "quoted delimiter", join(setCell(lines, mid, t.textCell(), v -> "\"" + v + ", and more\""),
                    true), clean(rel, f, recs, rows(per, recs))));
            out.add(c(t, "quoted line break", join(setCell(lines, mid, t.textCell(), v -> "\"" + v + "\nmore\""),
                    true), clean(rel, f, recs, rows(per, recs))));
        }
        if (t.numericCell() >= 0) {
            int nc = t.numericCell();
            String[][] values = {{"unit in cell", null}, {"N/A", "N/A"}, {"[Not Supported]", "[Not Supported]"},
                    {"NaN", "NaN"}, {"Infinity", "inf"}, {"negative", "-12.5"}, {"zero", "0"},
                    {"huge number", "1e400"}, {"long integer", "123456789012345678901234567890"},
                    {"wrong type", "fast"}};
            for (String[] v : values) {
                UnaryOperator<String> op = v[1] == null ? x -> x + " ms" : x -> v[1];
                out.add(c(t, "cell: " + v[0], join(setCell(lines, mid, nc, op), true),
                        new CorpusCase.Expect(rel, f, recs, rows(per, recs), null, -1, -1, null, true)));
            }
        }
        // A ';'-separated export (European spreadsheet): never loaded as garbage rows.
        out.add(c(t, "semicolon separators", t.text().replace(',', ';'), semicolonExpect(t, recs, per)));
        return out;
    }

    /** Only ',' CSV is read (a ';' file often has ',' decimals): not recognised, and the note says why. */
    private static CorpusCase.Expect semicolonExpect(CorpusTemplate t, long recs, long per) {
        return diag(t.rel(), "unknown", 0, 0, Severity.INFO, 0, 0, "';'-separated table");
    }

    private static List<CorpusCase> jsonlCases(CorpusTemplate t, List<String> lines, int mid, long recs, long per) {
        List<CorpusCase> out = new ArrayList<>();
        String rel = t.rel();
        String f = t.format();
        long line = mid + 1;
        // {"broken": } — the parser stops at the '}' in column 12.
        out.add(c(t, "syntax error in a line", join(replace(lines, mid, l -> "{\"broken\": }"), true),
                diag(rel, f, recs - 1, rows(per, recs - 1), Severity.ERROR, line, 12, "not valid JSON")));
        out.add(c(t, "array instead of object", join(replace(lines, mid, l -> "[1, 2, 3]"), true),
                diag(rel, f, recs - 1, rows(per, recs - 1), Severity.ERROR, line, 1, "expected a JSON object")));
        out.add(c(t, "deeply nested line", join(replace(lines, mid, l -> "{\"a\":".repeat(2000) + "1"
                + "}".repeat(2000)), true), diag(rel, f, recs - 1, rows(per, recs - 1), Severity.ERROR, line, -1,
                "nesting depth")));
        out.add(new CorpusCase(t.family(), "string over the JSON string limit", one(rel, join(replace(lines, mid,
                l -> "{\"note\": \"" + "s".repeat(5000) + "\", " + l.substring(1)), true)), null,
                DEFAULTS.withMaxJsonStringChars(1000), diag(rel, f, recs - 1, rows(per, recs - 1), Severity.ERROR,
                line, -1, "String value length")));
        out.add(c(t, "number longer than the limit", join(replace(lines, mid, l -> "{\"big\": 1" + "0".repeat(1500)
                + ", " + l.substring(1)), true), diag(rel, f, recs - 1, rows(per, recs - 1), Severity.ERROR, line, -1,
                "Number value length")));
        out.add(c(t, "NaN, Infinity and huge numbers", join(replace(lines, mid, l -> "{\"x_nan\": NaN, \"x_inf\": "
                + "-Infinity, \"x_big\": 1e400, \"x_long\": 1" + "0".repeat(300) + ", " + l.substring(1)), true),
                clean(rel, f, recs, rows(per, recs))));
        // Every number of one record turned into a string, then every value into null: the record still loads.
        out.add(c(t, "numbers as strings", join(replace(lines, mid, l -> l.replaceAll(
                "(\"\\s*:\\s*)(-?[0-9][0-9.eE+-]*)", "$1\"$2\"")), true), clean(rel, f, recs, rows(per, recs))));
        out.add(c(t, "all values null", join(replace(lines, mid, l -> l.replaceAll(
                "(\"\\s*:\\s*)(\"[^\"]*\"|-?[0-9][0-9.eE+-]*|true|false)", "$1null")), true),
                new CorpusCase.Expect(rel, f, recs, -1, null, -1, -1, null, true)));
        return out;
    }

    static CorpusCase c(CorpusTemplate t, String name, String text, CorpusCase.Expect e) {
        return new CorpusCase(t.family(), name, one(t.rel(), text), null, DEFAULTS, e);
    }

    static CorpusCase c(CorpusTemplate t, String name, byte[] bytes, CorpusCase.Expect e) {
        return new CorpusCase(t.family(), name, one(t.rel(), bytes), null, DEFAULTS, e);
    }

    static long rows(long perRecord, long records) {
        return perRecord <= 0 ? -1 : perRecord * records;
    }

    /** The first half of a line; for CSV cut right after a separator so the row has too few cells. */
    private static String halfLine(CorpusTemplate t, String line) {
        if (t.shape() == CorpusTemplate.Shape.CSV) {
            int cells = line.split(",", -1).length;
            int cutAt = -1;
            for (int i = 0; i < cells / 2; i++) {
                cutAt = line.indexOf(',', cutAt + 1);
            }
            return line.substring(0, Math.max(1, cutAt));
        }
        return line.substring(0, line.length() / 2);
    }

    static String join(List<String> lines, boolean finalNewline) {
        return String.join("\n", lines) + (finalNewline ? "\n" : "");
    }

    private static List<String> insert(List<String> lines, int at, String line) {
        List<String> out = new ArrayList<>(lines);
        out.add(at, line);
        return out;
    }

    private static List<String> replace(List<String> lines, int at, UnaryOperator<String> op) {
        List<String> out = new ArrayList<>(lines);
        out.set(at, op.apply(lines.get(at)));
        return out;
    }

    private static List<String> setCell(List<String> lines, int at, int cell, UnaryOperator<String> op) {
        return replace(lines, at, l -> {
            String[] cells = l.split(",", -1);
            cells[cell] = op.apply(cells[cell]);
            return String.join(",", cells);
        });
    }

    /** The line with two bytes that are not UTF-8 appended inside its last text (before a closing quote/brace). */
    private static byte[] withBytesAtEnd(List<String> lines, int at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i == at) {
                int q = l.lastIndexOf('"');
                int cut = q > 0 ? q : l.length();
                out.writeBytes(l.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe});
                out.writeBytes(l.substring(cut).getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(l.getBytes(StandardCharsets.UTF_8));
            }
            out.write('\n');
        }
        return out.toByteArray();
    }
}
