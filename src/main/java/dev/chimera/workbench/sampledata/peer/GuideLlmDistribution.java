package dev.chimera.workbench.sampledata.peer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.sampledata.PyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * GuideLLM's DistributionSummary.from_values (peer-formats §5.2, guidellm {@code schemas/statistics.py}):
 * (value, weight) pairs, equal values merged, zero weights dropped, probabilities = weights / Σweights;
 * mean and variance are probability-weighted (population), every percentile is the first value whose
 * cumulative probability reaches q (np.searchsorted, side left), count = round(Σweights),
 * total_sum = mean × count. An empty input gives zeros.
 */
final class GuideLlmDistribution {
    private static final String[] KEYS = {"p001", "p01", "p05", "p10", "p25", "p50", "p75", "p90", "p95", "p99",
        "p999"};
    private static final double[] LEVELS = {0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999};

    private final List<double[]> pairs = new ArrayList<>();

    GuideLlmDistribution add(double value, double weight) {
        pairs.add(new double[] {value, weight});
        return this;
    }

    GuideLlmDistribution addAll(GuideLlmDistribution other) {
        pairs.addAll(other.pairs);
        return this;
    }

    ObjectNode toJson() {
        TreeMap<Double, Double> merged = new TreeMap<>();
        double weightSum = 0;
        for (double[] p : pairs) {
            merged.merge(p[0], p[1], Double::sum);
            weightSum += p[1];
        }
        merged.values().removeIf(w -> w <= 0);
        ObjectNode ds = PyJson.obj();
        if (merged.isEmpty()) {
            zeros(ds, (int) Math.round(weightSum));
            return ds;
        }
        double[] values = merged.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double[] weights = merged.values().stream().mapToDouble(Double::doubleValue).toArray();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] prob = new double[weights.length];
        double[] cdf = new double[weights.length];
        double run = 0;
        double mean = 0;
        int mode = 0;
        for (int i = 0; i < prob.length; i++) {
            prob[i] = weights[i] / total;
            run += prob[i];
            cdf[i] = run;
            mean += values[i] * prob[i];
            if (prob[i] > prob[mode]) {
                mode = i;
            }
        }
        double variance = 0;
        for (int i = 0; i < prob.length; i++) {
            variance += (values[i] - mean) * (values[i] - mean) * prob[i];
        }
        long count = Math.round(weightSum);
        double[] pct = new double[LEVELS.length];
        for (int k = 0; k < LEVELS.length; k++) {
            int i = 0;
            while (i < cdf.length - 1 && cdf[i] < LEVELS[k]) {
                i++;
            }
            pct[k] = values[i];
        }
        ds.set("mean", PyJson.num(mean));
        ds.set("median", PyJson.num(pct[5]));
        ds.set("mode", PyJson.num(values[mode]));
        ds.set("variance", PyJson.num(variance));
        ds.set("std_dev", PyJson.num(StrictMath.sqrt(variance)));
        ds.set("min", PyJson.num(values[0]));
        ds.set("max", PyJson.num(values[values.length - 1]));
        ds.put("count", count);
        ds.set("total_sum", PyJson.num(mean * count));
        ObjectNode p = ds.putObject("percentiles");
        for (int k = 0; k < KEYS.length; k++) {
            p.set(KEYS[k], PyJson.num(pct[k]));
        }
        ds.putNull("pdf");
        return ds;
    }

    private static void zeros(ObjectNode ds, int count) {
        for (String f : new String[] {"mean", "median", "mode", "variance", "std_dev", "min", "max"}) {
            ds.set(f, PyJson.num(0.0));
        }
        ds.put("count", count);
        ds.set("total_sum", PyJson.num(0.0));
        ObjectNode p = ds.putObject("percentiles");
        for (String k : KEYS) {
            p.set(k, PyJson.num(0.0));
        }
        ds.putNull("pdf");
    }
}
