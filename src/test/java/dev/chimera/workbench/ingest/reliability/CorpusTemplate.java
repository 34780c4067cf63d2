package dev.chimera.workbench.ingest.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small valid file of one reader family that the bad-input corpus mutates.
 *
 * @param family      the reader family (for the per-family case count)
 * @param rel         where the file sits in the generated folder (the name can matter for detection)
 * @param text        the valid content, '\n' line ends, ending with a newline
 * @param shape       how it may be mutated
 * @param headerLines lines before the first data line (LINES shape); every later non-blank line is one record
 * @param records     records of the valid file: for LINES counted from the text, for DOCUMENT written by hand
 * @param format      the reader id the valid file is detected as
 * @param numericCell 0-based index of a numeric cell on a data line (CSV), -1 when there is none
 * @param textCell    0-based index of a text cell on a data line (CSV), -1 when there is none
 */
record CorpusTemplate(String family, String rel, String text, Shape shape, int headerLines, long records,
                      String format, int numericCell, int textCell) {

    enum Shape { CSV, JSONL, TEXT_LINES, DOCUMENT }

    static CorpusTemplate csv(String family, String rel, String text, String format, int numericCell, int textCell) {
        return new CorpusTemplate(family, rel, text, Shape.CSV, 1, dataLines(text, 1), format, numericCell, textCell);
    }

    static CorpusTemplate jsonl(String family, String rel, String text, String format) {
        return new CorpusTemplate(family, rel, text, Shape.JSONL, 0, dataLines(text, 0), format, -1, -1);
    }

    static CorpusTemplate textLines(String family, String rel, String text, String format, int headerLines) {
        return new CorpusTemplate(family, rel, text, Shape.TEXT_LINES, headerLines, dataLines(text, headerLines),
                format, -1, -1);
    }

    static CorpusTemplate document(String family, String rel, String text, String format, long records) {
        return new CorpusTemplate(family, rel, text, Shape.DOCUMENT, 0, records, format, -1, -1);
    }

    /** Every line after the header that is not blank: the independent record count of a line format. */
    static long dataLines(String text, int headerLines) {
        List<String> lines = text.lines().toList();
        return lines.stream().skip(headerLines).filter(l -> !l.isBlank()).count();
    }

    /**
     * Table rows per record where the reader adds a fixed number (read off the format docs: one row per CSV
     * line or JSONL record; TR123 one row per phase: prefill, decode, total), else 0 = not checked.
     */
    long rowsPerRecord() {
        return switch (format) {
            case "tr117.metrics.csv", "tr120.metrics.csv", "tr121.runs.jsonl", "tr121.metrics.csv",
                    "tr122.power_trace.csv", "tr122.generation_events.jsonl", "nvidia-smi.query.csv",
                    "nvidia-smi.dmon", "dcgm.dmon" -> 1;
            case "tr123.raw_measurements.jsonl" -> 3;
            case "unknown" -> 0;
            default -> 0;
        };
    }

    List<String> lines() {
        return text.lines().toList();
    }

    /** The first {@code n} lines of a repository file, '\n'-terminated (n <= 0: the whole file). */
    static String head(String repoPath, int n) {
        try {
            List<String> all = Files.readAllLines(Path.of(repoPath), StandardCharsets.UTF_8);
            List<String> cut = n <= 0 ? all : all.subList(0, Math.min(n, all.size()));
            return String.join("\n", cut) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return family + ":" + rel;
    }
}
