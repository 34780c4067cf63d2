package dev.chimera.workbench.ingest.telemetry;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.ReadContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-oriented helpers shared by the text telemetry readers (nvidia-smi dmon, dcgmi dmon, DCGM scrapes):
 * streaming lines with a "this is the last line" flag (a cut-off last line is a warning, not an error), token
 * splitting, and the sampling interval of a recorded command line such as {@code $ nvidia-smi dmon -d 2}.
 */
final class TelemetryText {
    /** "dmon ... -d 2" / "--delay=500": the sampling interval option of nvidia-smi dmon and dcgmi dmon. */
    private static final Pattern DELAY = Pattern.compile("\\bdmon\\b.*?(?:\\s-d|\\s--delay)[\\s=]*(\\d+(?:\\.\\d+)?)");

    /** Receives one line; {@code last} is true for the final line of the file. */
    interface LineHandler {
        void line(long lineNo, String line, boolean last);
    }

    private TelemetryText() {
    }

    /** Streams every line (CR removed) with its 1-based number; checks for cancellation every 1024 lines. */
    static void forEachLine(ReadContext ctx, LineHandler handler) throws IOException {
        try (BufferedReader r = ctx.openText()) {
            long lineNo = 0;
            String line = r.readLine();
            while (line != null) {
                lineNo++;
                String next = r.readLine();
                if ((lineNo & 0x3FF) == 0) {
                    ctx.checkCancelled();
                }
                handler.line(lineNo, line, next == null);
                line = next;
            }
        }
    }

    /** Whitespace-separated tokens, or comma-separated trimmed cells when {@code csv}. */
    static String[] tokens(String line, boolean csv) {
        String t = line.trim();
        if (t.isEmpty()) {
            return new String[0];
        }
        if (!csv) {
            return t.split("\\s+");
        }
        String[] cells = t.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].trim();
        }
        return cells;
    }

    /** True for a shell echo of the dmon command a harness wrote above the output. */
    static boolean isCommandEcho(String line) {
        return line.toLowerCase(Locale.ROOT).matches(".*\\bdmon\\b.*");
    }

    /**
     * The {@code -d} value of a recorded {@code ... dmon ...} command line in the head of the file, in the tool's
     * own unit (seconds for nvidia-smi, milliseconds for dcgmi); NaN when none is recorded.
     */
    static double delayOption(FileProbe probe) {
        for (String l : probe.lines()) {
            Matcher m = DELAY.matcher(l);
            if (m.find()) {
                return Double.parseDouble(m.group(1));
            }
        }
        return Double.NaN;
    }

    /** The first {@code n} non-blank lines of the head that are not an echo of the dmon command line. */
    static List<String> contentLines(FileProbe probe, int n) {
        List<String> out = new ArrayList<>(n);
        for (String l : probe.lines()) {
            if (out.size() == n) {
                break;
            }
            if (!l.isBlank() && !isCommandEcho(l)) {
                out.add(l);
            }
        }
        return out;
    }
}
