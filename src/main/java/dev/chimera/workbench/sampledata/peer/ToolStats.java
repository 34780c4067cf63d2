package dev.chimera.workbench.sampledata.peer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.sampledata.PyJson;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The statistics the peer tools compute, their way: numpy/pandas linear percentiles, ddof 0 or 1. */
final class ToolStats {
    private ToolStats() {
    }

    static double[] sorted(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** np.std(ddof=0) / pandas .std() (ddof=1). */
    static double std(double[] v, int ddof) {
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return StrictMath.sqrt(ss / (v.length - ddof));
    }

    /** np.percentile(v, p) / pandas quantile, linear interpolation; {@code sorted} ascending. */
    static double linear(double[] sorted, double percent) {
        double h = (sorted.length - 1) * percent / 100.0;
        int lo = (int) StrictMath.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Seconds from whole microseconds, written like a Python float ("0.0945", "1.0"). */
    static JsonNode sec(long us) {
        return PyJson.decimal(plain(BigDecimal.valueOf(us, 6)));
    }

    /** Milliseconds from whole microseconds ("94.5"). */
    static JsonNode ms(long us) {
        return PyJson.decimal(plain(BigDecimal.valueOf(us, 3)));
    }

    static double msValue(long us) {
        return us / 1000.0;
    }

    static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 ? s.setScale(1) : s;
    }
}
