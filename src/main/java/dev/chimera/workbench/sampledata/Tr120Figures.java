package dev.chimera.workbench.sampledata;

import java.util.ArrayList;
import java.util.List;

/**
 * TR120 compile-paradox figures: per-scenario e2e medians and maxima of transformers-gpu vs -compile
 * (tr-figures.md §4.1, TR120 §4.2) and the controlled prefill / KV-decode distributions of run 173112 (§4.4).
 * The eager backend's maximum is its cold first sample, which is what makes the mean ordering flip.
 */
final class Tr120Figures {
    static final List<String> SCENARIOS = List.of("single_micro", "single_short", "single_medium", "single_long",
            "dual_short", "dual_medium", "stress_single");
    static final String[] PROMPT_SETS = {"micro", "short", "medium", "long", "short", "medium", "stress"};
    /** Two prompts per scenario and their semantic token counts (attention-mask sums). */
    static final String[][] PROMPTS = {
        {"Hi", "Ping"},
        {"Name three uses of a cache.", "What is a token?"},
        {"Describe how a GPU schedules warps when a kernel launches.",
            "Explain why batching raises throughput but also latency."},
        {"Write a short paragraph about measuring latency percentiles in an inference service, including why the"
            + " mean hides the tail and how warmup runs distort the first samples.",
            "Summarise the trade-offs between eager execution and ahead-of-time graph compilation for small"
            + " transformer models served one request at a time."},
        {"Name three uses of a cache.", "What is a token?"},
        {"Describe how a GPU schedules warps when a kernel launches.",
            "Explain why batching raises throughput but also latency."},
        {"Repeat the word benchmark until you run out of room.", "Count upwards from one as far as you can."}};
    static final int[][] PROMPT_TOKENS = {{1, 2}, {7, 5}, {12, 10}, {34, 27}, {7, 5}, {12, 10}, {10, 9}};

    /** §4.1 e2e median / max, eager then compile. */
    static final double[][] E2E_EAGER = {{594.88, 3325.81}, {323.52, 413.06}, {315.74, 441.36}, {339.88, 701.04},
        {285.38, 1042.76}, {292.90, 1061.90}, {565.60, 612.76}};
    static final double[][] E2E_COMPILE = {{573.41, 622.38}, {324.53, 518.57}, {324.32, 551.18}, {370.70, 681.76},
        {288.31, 393.29}, {287.20, 522.33}, {566.82, 612.65}};

    private Tr120Figures() {
    }

    /** Samples of one run file, in order (index 0 = first measured call). */
    static List<Double> samples(SeededRandom r, String mode, boolean compile, int scenario, int n) {
        List<Double> out = new ArrayList<>(n);
        if (mode.equals("e2e_kv")) {
            double[] fig = compile ? E2E_COMPILE[scenario] : E2E_EAGER[scenario];
            List<Double> body = r.stratifiedLognormal(n - 1, fig[0], compile ? 0.10 : 0.05);
            clip(body, fig[1] * 0.97);
            if (compile) {
                // The compiled model's maximum is an ordinary mid-run hiccup, not the first call.
                body.add(1 + r.nextInt(n - 1), fig[1]);
                out.addAll(body);
            } else {
                out.add(fig[1]);
                out.addAll(body);
            }
            return out;
        }
        double scale = 1.0 + 0.012 * (PROMPT_TOKENS[scenario][0] - 5);
        if (mode.equals("prefill")) {
            for (int i = 0; i < n; i++) {
                double v = compile
                        ? (r.chance(0.12) ? r.lognormal(2.2, 0.5) : r.lognormal(0.19, 0.10))
                        : r.chance(0.03) ? r.lognormal(1.74, 0.09) * r.uniform(1.6, 2.3) : r.lognormal(1.74, 0.09);
                out.add(v * scale);
            }
        } else {
            double median = compile ? 103.09 : 93.99;
            for (int i = 0; i < n; i++) {
                double v = r.lognormal(median, 0.07);
                out.add(r.chance(0.02) ? v * r.uniform(1.15, 1.45) : v);
            }
        }
        if (!compile) {
            double median = SampleStats.median(out);
            out.set(0, median * r.uniform(3.0, 10.0)); // cold start: first call pays lazy CUDA/cuBLAS init
        }
        return out;
    }

    private static void clip(List<Double> values, double limit) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) > limit) {
                values.set(i, limit);
            }
        }
    }
}
