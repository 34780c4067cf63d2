package dev.chimera.workbench.regime;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the advisor is asked about: a model size plus answers to the trees' questions (gpu yes|no, objective
 * cost|latency|balanced, workload prefill|decode|mixed, or any other input a user tree asks). A missing answer
 * stops a tree at that question.
 */
public record RegimeInputs(double params, Map<String, String> answers) {

    public static RegimeInputs of(double params, String gpu, String objective, String workload) {
        Map<String, String> a = new LinkedHashMap<>();
        put(a, "gpu", gpu);
        put(a, "objective", objective);
        put(a, "workload", workload);
        return new RegimeInputs(params, Map.copyOf(a));
    }

    public RegimeInputs withParams(double p) {
        return new RegimeInputs(p, answers);
    }

    public String answer(String key) {
        return answers.get(key);
    }

    private static void put(Map<String, String> a, String k, String v) {
        if (v != null && !v.isBlank()) {
            a.put(k, v.trim().toLowerCase(Locale.ROOT));
        }
    }
}
