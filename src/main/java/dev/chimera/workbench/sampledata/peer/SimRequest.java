package dev.chimera.workbench.sampledata.peer;

/**
 * One simulated chat request as the server served it, times in whole MICROSECONDS so that every tool's unit
 * (seconds, ms, ns) holds it exactly. A failed request was rejected before any token ({@code gapsUs} empty,
 * {@code ttftUs} −1) and took {@code errorLatencyUs} to fail.
 *
 * @param index          issue order within the load point (0-based)
 * @param startUs        request start relative to the load point's start
 * @param ttftUs         time to the first token chunk, −1 when failed
 * @param gapsUs         gaps between consecutive token chunks (one token per chunk), output_tokens − 1 of them
 * @param inputTokens    prompt tokens
 * @param outputTokens   generated tokens, 0 when failed
 * @param error          error text, empty when ok
 * @param errorLatencyUs time until the error response, 0 when ok
 */
public record SimRequest(int index, long startUs, long ttftUs, long[] gapsUs, int inputTokens, int outputTokens,
                         String error, long errorLatencyUs) {

    public boolean ok() {
        return error.isEmpty();
    }

    /** Start to last token (ok) or to the error response (failed). */
    public long e2eUs() {
        if (!ok()) {
            return errorLatencyUs;
        }
        long e = ttftUs;
        for (long g : gapsUs) {
            e += g;
        }
        return e;
    }

    public long endUs() {
        return startUs + e2eUs();
    }

    /** Arrival of token chunk k (0 = first token) relative to the load point's start. */
    public long chunkUs(int k) {
        long t = startUs + ttftUs;
        for (int i = 0; i < k; i++) {
            t += gapsUs[i];
        }
        return t;
    }
}
