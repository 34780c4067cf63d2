package dev.chimera.workbench.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a parser on its own thread and hands its items to the reading thread in batches, so parsing a large file
 * overlaps with the reader's row work (two cores instead of one). Items arrive in order; an exception the parser
 * throws is rethrown by {@link #next()} after the items read before it, exactly where a single-threaded read would
 * have thrown it. Side effects the parser's input raises (e.g. an over-long line reported by
 * {@link LineLimitingReader}) are handed over with {@link #defer} and run on the reading thread, before the item
 * that was being parsed when they happened, so diagnostics keep their single-threaded order and stay on one thread.
 *
 * <p>The parser must not touch the reader's state; the reading thread must {@link #close()} this (it stops the
 * parser thread and waits briefly for it) before closing the parser's input.
 */
final class ReadAhead<T> implements AutoCloseable {
    /** Produces the next item on the parser thread; null at the end of the input. */
    @FunctionalInterface
    interface Source<T> {
        T next() throws IOException;
    }

    static final int BATCH = 512;
    private final int batchSize;
    private static final int QUEUED_BATCHES = 8;
    private static final long JOIN_MILLIS = 2_000;

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread thread;
    private volatile boolean closed;
    /** Parser thread only: deferred actions of the batch being filled, and how many items it holds so far. */
    private List<Deferred> pendingActions = new ArrayList<>();
    private int filling;

    private Batch current;
    private int position;
    private int nextAction;
    private boolean ended;

    /** Prepares the parser thread; {@link #start()} starts it (after the caller can route {@link #defer} here). */
    ReadAhead(String threadName, Source<T> source) {
        this(threadName, source, BATCH);
    }

    /** @param batchSize items per hand-over (1 when each item is itself a large batch) */
    ReadAhead(String threadName, Source<T> source, int batchSize) {
        this.batchSize = batchSize;
        thread = new Thread(() -> produce(source), threadName);
        thread.setDaemon(true);
    }

    ReadAhead<T> start() {
        thread.start();
        return this;
    }

    /** True on the parser thread (whose side effects must be deferred). */
    boolean isParserThread() {
        return Thread.currentThread() == thread;
    }

    /** Called on the parser thread: runs {@code action} on the reading thread before the item being parsed. */
    void defer(Runnable action) {
        pendingActions.add(new Deferred(filling, action));
    }

    /** The next item, null at the end; rethrows the parser's exception in its place in the stream. */
    T next() throws IOException {
        while (true) {
            if (current != null) {
                runActionsUpTo(position);
                if (position < current.count) {
                    @SuppressWarnings("unchecked")
                    T item = (T) current.items[position++];
                    return item;
                }
                Throwable failure = current.failure;
                boolean last = current.last;
                current = null;
                if (failure != null) {
                    ended = true;
                    throw rethrow(failure);
                }
                if (last) {
                    ended = true;
                }
            }
            if (ended) {
                return null;
            }
            current = take();
            position = 0;
            nextAction = 0;
        }
    }

    private void runActionsUpTo(int index) {
        List<Deferred> actions = current.actions;
        while (nextAction < actions.size() && actions.get(nextAction).beforeItem <= index) {
            actions.get(nextAction++).action.run();
        }
    }

    private Batch take() throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the parser thread");
        }
    }

    private void produce(Source<T> source) {
        Object[] items = new Object[batchSize];
        filling = 0;
        try {
            while (!closed) {
                T item = source.next();
                if (item == null) {
                    hand(new Batch(items, filling, takeActions(), null, true));
                    return;
                }
                items[filling++] = item;
                if (filling == batchSize) {
                    hand(new Batch(items, filling, takeActions(), null, false));
                    items = new Object[batchSize];
                    filling = 0;
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            if (!closed) {
                hand(new Batch(items, filling, takeActions(), e, true));
            }
        }
    }

    private List<Deferred> takeActions() {
        List<Deferred> taken = pendingActions;
        pendingActions = new ArrayList<>();
        return taken;
    }

    /** Queues a batch; gives up once the reader closed (it no longer takes any). */
    private void hand(Batch batch) {
        try {
            while (!closed) {
                if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the parser thread: it ends after the item it is parsing; waits up to 2 s for that. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static IOException rethrow(Throwable t) {
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IOException(t);
    }

    private record Deferred(int beforeItem, Runnable action) {
    }

    private record Batch(Object[] items, int count, List<Deferred> actions, Throwable failure, boolean last) {
    }
}
