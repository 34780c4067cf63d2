package dev.chimera.workbench.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reads a large JSON-lines file on three kinds of threads: one splits the text into batches of lines, a small pool
 * runs the fast path over whole batches in parallel, and the calling thread takes the batches back in file order,
 * hands the parsed records to {@link JsonSupport.FastLine#accept}, and reads the lines the fast path left through
 * the tree path with its diagnostics. Every diagnostic is made on the calling thread, in the order a single-threaded
 * read makes it; over-long lines (reported while splitting) are replayed before the line that followed them.
 */
final class JsonlParallelRead<R> implements AutoCloseable {
    static final int LINES_PER_BATCH = 512;
    private static final int IN_FLIGHT = 4;

    private final ReadAhead<LineBatch> splitter;
    private final ExecutorService pool;
    private final JsonSupport.FastLine<R> fast;
    private final Deque<Future<Object[]>> inFlight = new ArrayDeque<>();
    private final Deque<LineBatch> inFlightBatches = new ArrayDeque<>();
    private IOException splitFailure;
    private RuntimeException splitRuntimeFailure;
    private boolean splitDone;

    /** The batch the splitter is filling; its over-long-line reports land here (splitter thread only). */
    private LineBatch filling = new LineBatch(1 << 16);

    JsonlParallelRead(BufferedReader text, JsonSupport.FastLine<R> fast, int parsers) {
        this.fast = fast;
        CharLineScanner lines = new CharLineScanner(text);
        long[] lineNo = {0};
        this.splitter = new ReadAhead<>("chimera-jsonl-split", () -> split(lines, lineNo), 1);
        this.pool = Executors.newFixedThreadPool(parsers, r -> {
            Thread t = new Thread(r, "chimera-jsonl-parse");
            t.setDaemon(true);
            return t;
        });
    }

    /** The listener the text's {@link LineLimitingReader} reports to: while splitting, into the batch. */
    void overlong(ReadContext ctx, long line, long chars) {
        if (splitter.isParserThread()) {
            filling.defer(() -> ctx.reportOverlong(line, chars));
        } else {
            ctx.reportOverlong(line, chars);
        }
    }

    JsonlParallelRead<R> start() {
        splitter.start();
        return this;
    }

    /** Splitter thread: the next batch of non-blank lines, null at the end of the text. */
    private LineBatch split(CharLineScanner lines, long[] lineNo) throws IOException {
        LineBatch batch = filling;
        if (batch == null) {
            return null;
        }
        while (lines.next()) {
            lineNo[0]++;
            if (lines.blank()) {
                batch.blankAfterLast = true;
                continue;
            }
            if (batch.count == LINES_PER_BATCH) {
                // Handed on only now that another line exists, so the file's last line is always in the final batch.
                // Sized by this batch: growing from a small buffer copied each batch's text ~twice more (on the
                // 1 M-line benchmark file, 512 lines are ~260 K chars: 2 MB allocated per batch instead of 0.5 MB).
                LineBatch next = new LineBatch(batch.used + (batch.used >> 3));
                next.add(lineNo[0], lines.buffer(), lines.start(), lines.length());
                filling = next;
                return batch;
            }
            batch.add(lineNo[0], lines.buffer(), lines.start(), lines.length());
        }
        batch.endsFile = true;
        filling = null;
        return batch.count == 0 && batch.actions.isEmpty() ? null : batch;
    }

    /** Runs the read on the calling thread; returns the records (fast and tree) handed over. */
    long run(ReadContext ctx, JsonSupport.LineHandler handler) throws IOException {
        long records = 0;
        long checked = 0;
        while (true) {
            refill();
            if (inFlight.isEmpty()) {
                break;
            }
            LineBatch batch = inFlightBatches.poll();
            Object[] parsed = await(inFlight.poll());
            for (int i = 0; i < batch.count; i++) {
                batch.runActionsBefore(i);
                if ((++checked & 0xFF) == 0) {
                    ctx.checkCancelled();
                }
                Object item = parsed[i];
                long line = batch.lines[i];
                if (item instanceof LeftToTree) {
                    boolean last = batch.endsFile && i == batch.count - 1 && !batch.blankAfterLast;
                    if (JsonSupport.treeLine(ctx, batch.text(i), line, last, handler)) {
                        records++;
                    }
                } else {
                    @SuppressWarnings("unchecked")
                    R record = (R) item;
                    fast.accept(line, record);
                    records++;
                }
            }
            batch.runActionsBefore(Integer.MAX_VALUE);
        }
        if (splitFailure != null) {
            throw splitFailure;
        }
        if (splitRuntimeFailure != null) {
            throw splitRuntimeFailure;
        }
        return records;
    }

    /** Keeps up to {@value #IN_FLIGHT} batches being parsed; a parser is made here, on the load's thread. */
    private void refill() throws IOException {
        while (!splitDone && inFlight.size() < IN_FLIGHT) {
            LineBatch b = nextBatch();
            if (b == null) {
                splitDone = true;
                return;
            }
            JsonSupport.FastLine.Parser<R> parser = fast.newParser();
            inFlightBatches.add(b);
            inFlight.add(pool.submit(() -> b.parseAll(parser)));
        }
    }

    private LineBatch nextBatch() {
        try {
            return splitter.next();
        } catch (IOException e) {
            // Raised after the lines before it: those batches are still handed over first.
            splitFailure = e;
        } catch (RuntimeException e) {
            splitRuntimeFailure = e;
        }
        return null;
    }

    private static Object[] await(Future<Object[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while parsing");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        splitter.close();
        try {
            // shutdownNow only interrupts: wait (briefly) until the parse threads are gone, so a closed read
            // leaves no thread behind (a test counting threads right after a read saw one still ending).
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Marks a line the fast path did not read. */
    private enum LeftToTree { LINE }

    /** Non-blank lines copied out of the scanner's buffer, with their numbers. */
    private static final class LineBatch {
        private char[] chars;
        private int used;
        private final int[] starts = new int[LINES_PER_BATCH];
        private final int[] lengths = new int[LINES_PER_BATCH];
        final long[] lines = new long[LINES_PER_BATCH];
        int count;
        boolean endsFile;
        boolean blankAfterLast;
        private final List<Object[]> actions = new ArrayList<>(0);
        private int nextAction;

        LineBatch(int capacity) {
            chars = new char[Math.max(1 << 10, capacity)];
        }

        void add(long line, char[] buf, int off, int len) {
            if (used + len > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
            }
            System.arraycopy(buf, off, chars, used, len);
            starts[count] = used;
            lengths[count] = len;
            lines[count++] = line;
            used += len;
            blankAfterLast = false;
        }

        /** Splitter thread: runs {@code action} on the reading thread before the next line added. */
        void defer(Runnable action) {
            actions.add(new Object[] {count, action});
        }

        void runActionsBefore(int index) {
            while (nextAction < actions.size() && (int) actions.get(nextAction)[0] <= index) {
                ((Runnable) actions.get(nextAction++)[1]).run();
            }
        }

        String text(int i) {
            return new String(chars, starts[i], lengths[i]);
        }

        /** Pool thread: the fast path over every line; {@link LeftToTree} where it declined. */
        <R> Object[] parseAll(JsonSupport.FastLine.Parser<R> parser) {
            Object[] out = new Object[count];
            for (int i = 0; i < count; i++) {
                R r = parser.parse(lines[i], chars, starts[i], lengths[i]);
                out[i] = r != null ? r : LeftToTree.LINE;
            }
            return out;
        }
    }
}
