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
    private char[] out = new char[0];
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
        StringBuilder ready = new StringBuilder();
        if (n < 0) {
            eof = true;
            if (dropping >= 0) {
                listener.dropped(lineNo, dropping);
            } else {
                ready.append(line, 0, lineLen);
            }
            lineLen = 0;
        } else {
            for (int i = 0; i < n; i++) {
                char c = chunk[i];
                if (c == '\n') {
                    if (dropping >= 0) {
                        listener.dropped(lineNo, dropping);
                        dropping = -1;
                    } else {
                        ready.append(line, 0, lineLen);
                    }
                    ready.append('\n');
                    lineLen = 0;
                    lineNo++;
                } else if (dropping >= 0) {
                    dropping++;
                } else if (lineLen >= maxChars) {
                    dropping = lineLen + 1L;
                    lineLen = 0;
                } else {
                    if (lineLen == line.length) {
                        line = Arrays.copyOf(line, (int) Math.min((long) maxChars, line.length * 2L));
                    }
                    line[lineLen++] = c;
                }
            }
        }
        out = ready.toString().toCharArray();
        outPos = 0;
        outLen = out.length;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
