package dev.chimera.workbench.sampledata.peer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.sampledata.PyJson;
import java.util.List;

/**
 * The {@code {unit, avg, min, max, pNN, std}} blocks of AIPerf's and GenAI-Perf's aggregate JSON: np.mean,
 * np.std (population), np.percentile (linear), in the tool's key order.
 */
final class PerfStatBlocks {
    static final int[] PERCENTILES = {1, 5, 10, 25, 50, 75, 90, 95, 99};

    private PerfStatBlocks() {
    }

    /** AIPerf order: avg, min, max, p1 … p99, std. */
    static ObjectNode aiperf(String unit, List<Double> values) {
        double[] v = ToolStats.sorted(values);
        ObjectNode o = PyJson.obj();
        o.put("unit", unit);
        o.set("avg", PyJson.num(ToolStats.mean(v)));
        o.set("min", PyJson.num(v[0]));
        o.set("max", PyJson.num(v[v.length - 1]));
        for (int p : PERCENTILES) {
            o.set("p" + p, PyJson.num(ToolStats.linear(v, p)));
        }
        o.set("std", PyJson.num(ToolStats.std(v, 0)));
        return o;
    }

    /** GenAI-Perf order: avg, p1 … p99, min, max, std; {@code scale} applied to every statistic (ns → ms). */
    static ObjectNode genaiPerf(String unit, List<Double> values, double scale) {
        double[] v = ToolStats.sorted(values);
        ObjectNode o = PyJson.obj();
        o.put("unit", unit);
        o.set("avg", PyJson.num(ToolStats.mean(v) * scale));
        for (int p : PERCENTILES) {
            o.set("p" + p, PyJson.num(ToolStats.linear(v, p) * scale));
        }
        o.set("min", PyJson.num(v[0] * scale));
        o.set("max", PyJson.num(v[v.length - 1] * scale));
        o.set("std", PyJson.num(ToolStats.std(v, 0) * scale));
        return o;
    }

    static ObjectNode scalar(String unit, double value) {
        ObjectNode o = PyJson.obj();
        o.put("unit", unit);
        o.set("avg", PyJson.num(value));
        return o;
    }
}
