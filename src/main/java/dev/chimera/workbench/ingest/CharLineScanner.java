package dev.chimera.workbench.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into lines inside one reusable char buffer, with {@link java.io.BufferedReader#readLine()}'s rules
 * (a line ends at "\n", "\r" or "\r\n"; a last line without a break still counts), but without a String per
 * line: the JSONL fast path parses the buffer range directly. The buffer grows only for a line longer than it;
 * the reader given ({@link ReadContext#openText()}) already drops lines over the length limit.
 */
final class CharLineScanner {
    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int end;
    private int scanFrom;
    private boolean eof;
    private boolean skipLf;
    private int lineStart;
    private int lineLen;

    CharLineScanner(Reader in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the text. The previous line's range becomes invalid. */
    boolean next() throws IOException {
        if (scanFrom < pos) {
            scanFrom = pos;
        }
        while (true) {
            if (skipLf) {
                if (pos < end) {
                    if (buf[pos] == '\n') {
                        pos++;
                        scanFrom = pos;
                    }
                    skipLf = false;
                } else if (!eof) {
                    fill();
                    continue;
                } else {
                    skipLf = false;
                }
            }
            char[] b = buf;
            for (int i = scanFrom; i < end; i++) {
                char c = b[i];
                if (c == '\n' || c == '\r') {
                    lineStart = pos;
                    lineLen = i - pos;
                    pos = i + 1;
                    scanFrom = pos;
                    skipLf = c == '\r';
                    return true;
                }
            }
            scanFrom = end;
            if (eof) {
                if (pos < end) {
                    lineStart = pos;
                    lineLen = end - pos;
                    pos = end;
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    /**
     * Whether another line follows the current one (readLine would not return null). May refill the buffer, so
     * take what is needed of the current line first.
     */
    boolean hasMore() throws IOException {
        while (true) {
            if (skipLf && pos < end) {
                if (buf[pos] == '\n') {
                    pos++;
                    scanFrom = Math.max(scanFrom, pos);
                }
                skipLf = false;
            }
            if (pos < end) {
                return true;
            }
            if (eof) {
                return false;
            }
            fill();
        }
    }

    char[] buffer() {
        return buf;
    }

    int start() {
        return lineStart;
    }

    int length() {
        return lineLen;
    }

    /** True when the current line is empty or whitespace only (String.isBlank). */
    boolean blank() {
        for (int i = lineStart, e = lineStart + lineLen; i < e; i++) {
            if (!Character.isWhitespace(buf[i])) {
                return false;
            }
        }
        return true;
    }

    String text() {
        return new String(buf, lineStart, lineLen);
    }

    /** Drops consumed text, grows the buffer when a single line fills it, reads more. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            scanFrom -= pos;
            lineStart = 0;
            lineLen = 0;
            pos = 0;
        }
        if (end == buf.length) {
            char[] bigger = new char[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, end);
            buf = bigger;
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }
}
