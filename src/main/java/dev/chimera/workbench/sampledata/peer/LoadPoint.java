package dev.chimera.workbench.sampledata.peer;

import dev.chimera.workbench.sampledata.SeededRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One load point of the simulated experiment: {@code concurrency} clients issue {@link #REQUESTS} chat requests
 * back to back (closed loop) against one vLLM server. TTFT is lognormal and grows with concurrency, per-token
 * gaps are normal around a concurrency-dependent decode step with rare scheduler hiccups, a few prompts are
 * rejected with HTTP 400 and one answer is a single token (it drops out of every TPOT statistic).
 */
public final class LoadPoint {
    public static final int REQUESTS = 200;
    /** Issue positions rejected by the server (prompt longer than the context), the same in every run. */
    private static final int[] FAILED = {37, 118, 171};
    private static final int ONE_TOKEN = 64;

    private final int concurrency;
    private final List<SimRequest> requests;

    private LoadPoint(int concurrency, List<SimRequest> requests) {
        this.concurrency = concurrency;
        this.requests = requests;
    }

    public int concurrency() {
        return concurrency;
    }

    /** In issue order. */
    public List<SimRequest> requests() {
        return requests;
    }

    public List<SimRequest> ok() {
        return requests.stream().filter(SimRequest::ok).toList();
    }

    /** In completion order (what tools that log on completion write). */
    public List<SimRequest> byCompletion() {
        List<SimRequest> out = new ArrayList<>(requests);
        out.sort(Comparator.comparingLong(SimRequest::endUs).thenComparingInt(SimRequest::index));
        return out;
    }

    /** From the first start to the last end, µs. */
    public long spanUs() {
        long end = 0;
        for (SimRequest r : requests) {
            end = Math.max(end, r.endUs());
        }
        return end;
    }

    static LoadPoint simulate(int concurrency, long seed) {
        SeededRandom rnd = new SeededRandom(seed);
        double ttftMedianMs = concurrency <= 4 ? 105 : 165;
        double stepMs = concurrency <= 4 ? 21.5 : 27.0;
        long[] free = new long[concurrency];
        List<SimRequest> out = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            int w = 0;
            for (int k = 1; k < concurrency; k++) {
                if (free[k] < free[w]) {
                    w = k;
                }
            }
            long start = free[w] + 150 + rnd.nextInt(350); // client overhead before the next POST
            int input = (int) Math.max(64, Math.round(rnd.normal(512, 64)));
            SimRequest r;
            if (contains(FAILED, i)) {
                r = new SimRequest(i, start, -1, new long[0], input + 32000, 0,
                        "Bad Request", 4000 + rnd.nextInt(9000));
            } else {
                long ttft = Math.round(1000 * Math.min(260, Math.max(70, rnd.lognormal(ttftMedianMs, 0.3))));
                int output = i == ONE_TOKEN ? 1
                        : (int) Math.max(2, Math.min(128, Math.round(rnd.lognormal(36, 0.45))));
                long[] gaps = new long[output - 1];
                for (int g = 0; g < gaps.length; g++) {
                    double ms = Math.max(15, rnd.normal(stepMs, 1.6));
                    if (rnd.chance(0.01)) {
                        ms += 12 + rnd.uniform(0, 25); // prefill of a newly admitted request stalls decode
                    }
                    gaps[g] = Math.round(ms * 1000);
                }
                r = new SimRequest(i, start, ttft, gaps, input, output, "", 0);
            }
            out.add(r);
            free[w] = r.endUs();
        }
        return new LoadPoint(concurrency, List.copyOf(out));
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
