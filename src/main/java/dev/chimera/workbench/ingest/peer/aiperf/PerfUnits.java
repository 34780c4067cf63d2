package dev.chimera.workbench.ingest.peer.aiperf;

import dev.chimera.workbench.ingest.ValueParsers;
import java.util.Locale;

/**
 * Unit strings written by AIPerf and GenAI-Perf mapped to the canonical units of peer-formats §0.2 (time ms,
 * energy J, memory MiB, rates req/s and tokens/s). Both tools write a unit next to every value, so a value is
 * always converted by its own unit, never by what the metric usually uses.
 */
public final class PerfUnits {
    /** GB (decimal, 10^9 B) in MiB (2^20 B): AIPerf telemetry memory is DCGM MiB × 1.048576e-3. */
    public static final double MIB_PER_GB = 1e9 / 1048576.0;
    /** Megajoules in joules: AIPerf / GenAI-Perf energy counters are DCGM mJ × 1e-9. */
    public static final double J_PER_MJ = 1e6;

    /** Multiply a value in the source unit by {@code factor} to get it in {@code unit}. */
    public record Scale(double factor, String unit) {
        public double apply(double v) {
            return v * factor;
        }

        public boolean isTime() {
            return unit.equals("ms");
        }
    }

    private static final Scale MS = new Scale(1, "ms");
    private static final Scale NS = new Scale(1e-6, "ms");
    private static final Scale TOKENS = new Scale(1, "tokens");

    private PerfUnits() {
    }

    /**
     * The canonical scale of a unit string. {@code metric} decides what "per sec" counts (GenAI-Perf writes
     * "Request Throughput (per sec)" and, in 2024, "Output Token Throughput (per sec)").
     */
    public static Scale scale(String unit, String metric) {
        // The units AIPerf writes on every per-request metric, exactly as written: no trimmed or lower-cased copies.
        if (unit != null) {
            switch (unit) {
                case "ms":
                    return MS;
                case "ns":
                    return NS;
                case "tokens":
                    return TOKENS;
                default:
                    break;
            }
        }
        String u = unit == null ? "" : unit.trim();
        String m = metric == null ? "" : metric.toLowerCase(Locale.ROOT);
        switch (u.toLowerCase(Locale.ROOT)) {
            case "ms", "msec", "milliseconds":
                return new Scale(1, "ms");
            case "s", "sec", "secs", "second", "seconds":
                return new Scale(1000, "ms");
            case "us", "µs", "usec", "microseconds":
                return new Scale(1e-3, "ms");
            case "ns", "nsec", "nanoseconds":
                return new Scale(1e-6, "ms");
            case "token", "tokens":
                return new Scale(1, "tokens");
            case "tokens/sec", "tokens/s", "tokens per sec", "tokens/second":
                return new Scale(1, "tokens/s");
            case "tokens/sec/user", "tokens/s/user":
                return new Scale(1, "tokens/s/user");
            case "requests/sec", "requests/s", "req/s", "requests per sec":
                return new Scale(1, "req/s");
            case "per sec", "/sec", "per second":
                return new Scale(1, m.contains("token") ? "tokens/s" : "req/s");
            case "requests", "request", "count":
                return new Scale(1, "count");
            case "w", "watts":
                return new Scale(1, "W");
            case "mj":
                // "MJ" (megajoules) and "mJ" (millijoules) differ only in case.
                return u.equals("mJ") ? new Scale(1e-3, "J") : new Scale(J_PER_MJ, "J");
            case "j":
                return new Scale(1, "J");
            case "kwh":
                return new Scale(3.6e6, "J");
            case "gb":
                return new Scale(MIB_PER_GB, "MiB");
            case "mb":
                return new Scale(1e6 / 1048576.0, "MiB");
            case "mib":
                return new Scale(1, "MiB");
            case "gib":
                return new Scale(1024, "MiB");
            case "c", "°c", "celsius":
                return new Scale(1, "C");
            case "%", "percent":
                return new Scale(1, "%");
            case "mhz":
                return new Scale(1, "MHz");
            default:
                return new Scale(1, u);
        }
    }

    /**
     * A CSV cell as a number: GenAI-Perf writes thousands separators ({@code "1,234.56"}, quoted by the CSV
     * writer) and {@code N/A}; both tools leave missing statistics empty. NaN for anything else.
     */
    public static double number(String cell) {
        if (cell == null || ValueParsers.isMissingToken(cell)) {
            return Double.NaN;
        }
        return ValueParsers.parseDoubleOrNaN(cell.trim().replace(",", ""));
    }

    /** Splits a display header "Time to First Token (ms)" into {"Time to First Token", "ms"}. */
    public static String[] nameAndUnit(String cell) {
        String t = cell == null ? "" : cell.trim();
        if (t.endsWith(")")) {
            int open = t.lastIndexOf(" (");
            if (open > 0) {
                return new String[] {t.substring(0, open).trim(), t.substring(open + 2, t.length() - 1).trim()};
            }
        }
        return new String[] {t, ""};
    }
}
