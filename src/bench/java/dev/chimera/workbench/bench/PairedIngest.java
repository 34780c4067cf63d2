package dev.chimera.workbench.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The ingest ratios measured interleaved: in one fresh JVM, the raw parse and our load of the same file alternate
 * (two warm-up pairs, then {@code pairs} measured pairs) and the median of the per-pair ratios is printed. On a
 * machine whose load changes from minute to minute this is steadier than JMH's blocks, where all iterations of
 * the baseline and all of ours run minutes apart. A full GC before each operation keeps one's garbage from slowing
 * the other (without it the raw parse's own 1 M-entry String arrays and our loads' leftovers were charged to
 * whichever ran next). The report starts it; prints one line:
 * {@code PAIRED csvRatio=… jsonRatio=… (×1000)}.
 */
public final class PairedIngest {
    private PairedIngest() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        IngestBenchmark b = new IngestBenchmark();
        b.setUp();
        double csv = medianRatio(pairs, b::rawFastCsvRuns, b::loadRunsCsv);
        double json = medianRatio(pairs, b::rawJacksonRequests, b::loadRequestsJsonl);
        System.out.printf(Locale.ROOT, "PAIRED csvRatio=%d jsonRatio=%d%n", Math.round(csv * 1000),
                Math.round(json * 1000));
    }

    interface Op {
        Object run() throws Exception;
    }

    static double medianRatio(int pairs, Op baseline, Op ours) throws Exception {
        double[] ratios = new double[pairs];
        for (int i = -2; i < pairs; i++) {
            // Each operation starts from a collected heap: the garbage one leaves (e.g. 1 M-entry String arrays,
            // humongous objects whose cards every young collection rescans) must not be charged to the other.
            System.gc();
            long t0 = System.nanoTime();
            baseline.run();
            long t1 = System.nanoTime();
            System.gc();
            long t2 = System.nanoTime();
            ours.run();
            long t3 = System.nanoTime();
            if (i >= 0) {
                ratios[i] = (double) (t3 - t2) / (t1 - t0);
            }
        }
        Arrays.sort(ratios);
        return pairs % 2 == 1 ? ratios[pairs / 2] : (ratios[pairs / 2 - 1] + ratios[pairs / 2]) / 2;
    }
}
