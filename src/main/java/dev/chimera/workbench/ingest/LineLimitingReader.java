package dev.chimera.workbench.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Passes text through line by line and drops every line longer than a limit (keeping its line break, so line
 * numbers stay right), telling a listener which line it dropped. Memory stays bounded by the limit however
 * long a line is, which a plain {@code readLine()} or CSV field buffer would not guarantee.
 */
final class LineLimitingReader extends Reader {

    /** Told about each dropped line: its 1-based number and how many characters it had at least. */
    interface OverlongListener {
        void dropped(long line, long chars);
    }

    private final Reader in;
    private final int maxChars;
    private final OverlongListener listener;
    private final char[] chunk = new char[1 << 14];
    private char[] line = new char[256];
    private int lineLen;
    private long dropping = -1;
    private long lineNo = 1;
    private static final char[] NEWLINE = {'\n'};
    private char[] out = new char[1 << 15];
    private int outPos;
    private int outLen;
    private boolean eof;

    LineLimitingReader(Reader in, int maxChars, OverlongListener listener) {
        this.in = in;
        this.maxChars = maxChars;
        this.listener = listener;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (outPos == outLen) {
            if (eof) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, outLen - outPos);
        System.arraycopy(out, outPos, buf, off, n);
        outPos += n;
        return n;
    }

    /** Reads one chunk and moves every completed line (or the rest, at the end) to the output. */
    private void fill() throws IOException {
        int n = in.read(chunk, 0, chunk.length);
        outPos = 0;
        outLen = 0;
        if (n < 0) {
            eof = true;
            if (dropping >= 0) {
                listener.dropped(lineNo, dropping);
            } else {
                emit(line, lineLen);
            }
            lineLen = 0;
            return;
        }
        int start = 0;
        if (maxChars >= chunk.length && dropping < 0) {
            // Fast path (any real limit): a line wholly inside the chunk is shorter than the limit, so only the
            // first line (continuing the carried one) needs checking; the lines after it are copied as they are.
            int first = indexOf('\n', 0, n);
            int last = lastIndexOf('\n', n);
            if (first >= 0 && last > first) {
                take(0, first);
                if (dropping >= 0) {
                    listener.dropped(lineNo, dropping);
                    dropping = -1;
                } else {
                    emit(line, lineLen);
                }
                lineLen = 0;
                lineNo += countNewlines(first, last + 1);
                emitChunk(first, last + 1);
                start = last + 1;
                take(start, n);
                return;
            }
        }
        for (int i = 0; i < n; i++) {
            if (chunk[i] == '\n') {
                take(start, i);
                if (dropping >= 0) {
                    listener.dropped(lineNo, dropping);
                    dropping = -1;
                } else {
                    emit(line, lineLen);
                }
                emit(NEWLINE, 1);
                lineLen = 0;
                lineNo++;
                start = i + 1;
            }
        }
        take(start, n);
    }

    /** Adds chunk[from, to) to the current line, or starts dropping it when it grows over the limit. */
    private void take(int from, int to) {
        int len = to - from;
        if (dropping >= 0) {
            dropping += len;
        } else if ((long) lineLen + len > maxChars) {
            dropping = (long) lineLen + len;
            lineLen = 0;
        } else {
            if (lineLen + len > line.length) {
                line = Arrays.copyOf(line, (int) Math.min(maxChars, Math.max(lineLen + len, line.length * 2L)));
            }
            System.arraycopy(chunk, from, line, lineLen, len);
            lineLen += len;
        }
    }

    private int indexOf(char c, int from, int to) {
        char[] a = chunk;
        for (int i = from; i < to; i++) {
            if (a[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private int lastIndexOf(char c, int to) {
        char[] a = chunk;
        for (int i = to - 1; i >= 0; i--) {
            if (a[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private int countNewlines(int from, int to) {
        char[] a = chunk;
        int count = 0;
        for (int i = from; i < to; i++) {
            if (a[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    private void emitChunk(int from, int to) {
        int len = to - from;
        if (outLen + len > out.length) {
            out = Arrays.copyOf(out, Math.max(outLen + len, out.length * 2));
        }
        System.arraycopy(chunk, from, out, outLen, len);
        outLen += len;
    }

    private void emit(char[] src, int len) {
        if (outLen + len > out.length) {
            out = Arrays.copyOf(out, Math.max(outLen + len, out.length * 2));
        }
        System.arraycopy(src, 0, out, outLen, len);
        outLen += len;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
