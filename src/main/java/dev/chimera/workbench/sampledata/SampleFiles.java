package dev.chimera.workbench.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writing helpers: UTF-8, LF line ends, parent folders created, CSV cells quoted like Python's csv module. */
public final class SampleFiles {
    private SampleFiles() {
    }

    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void writeLines(Path file, List<String> lines) throws IOException {
        StringBuilder sb = new StringBuilder(lines.size() * 256);
        for (String line : lines) {
            sb.append(line).append('\n');
        }
        write(file, sb.toString());
    }

    public static String csvRow(List<String> cells) {
        StringBuilder sb = new StringBuilder(256);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvCell(cells.get(i)));
        }
        return sb.toString();
    }

    public static String csvCell(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** Python's str(bool). */
    public static String pyBool(boolean b) {
        return b ? "True" : "False";
    }
}
