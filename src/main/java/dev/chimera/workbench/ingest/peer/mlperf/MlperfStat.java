package dev.chimera.workbench.ingest.peer.mlperf;

import dev.chimera.workbench.ingest.SummaryRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One LoadGen statistic mapped to the canonical vocabulary: metric, statistic, unit and the factor from the
 * logged value (ns → ms = 1e-6). Statistics are collected by metric + statistic so a value LoadGen logs twice
 * (headline and Additional Stats) gives one row; the last one wins. The value is raw × mul ÷ div (ns → ms
 * divides by 1e6, which is exact-rounded where multiplying by 1e-6 is not).
 */
record MlperfStat(String metric, String statistic, String unit, double mul, double div) {

    static MlperfStat latency(String metric, String statistic) {
        return new MlperfStat(metric, statistic, "ms", 1, 1e6);
    }

    static MlperfStat rate(String metric, String unit) {
        return new MlperfStat(metric, "value", unit, 1, 1);
    }

    static MlperfStat flag(String metric) {
        return new MlperfStat(metric, "value", "", 1, 1);
    }

    double convert(double raw) {
        return raw * mul / div;
    }

    /** "50.00" → p50, "99.90" → p99.9, "90.0" → p90. */
    static String percentile(String digits) {
        return "p" + new BigDecimal(digits).stripTrailingZeros().toPlainString();
    }

    /** A value of a statistic with where it came from. */
    record Value(MlperfStat stat, double raw, long line, String nativeKey) {
    }

    /** Collects values, one per metric + statistic. */
    static final class Collector {
        private final Map<String, Value> values = new LinkedHashMap<>();

        void put(MlperfStat stat, double raw, long line, String nativeKey) {
            if (!Double.isNaN(raw)) {
                values.put(stat.metric() + "|" + stat.statistic(), new Value(stat, raw, line, nativeKey));
            }
        }

        boolean has(String metric) {
            return values.keySet().stream().anyMatch(k -> k.startsWith(metric + "|"));
        }

        /** Emits every statistic; percentiles are LoadGen's sorted[floor(n·p)] over samples. */
        void emit(SummaryRow row) {
            row.population("all").pctlMethod("floor_rank");
            for (Value v : values.values()) {
                row.line(v.line()).metric(v.stat().metric(), v.stat().unit()).nativeKey(v.nativeKey())
                        .add(v.stat().statistic(), v.stat().convert(v.raw()));
            }
        }
    }
}
