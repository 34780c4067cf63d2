package dev.chimera.workbench.ingest.peer.mlperf;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keys of {@code mlperf_log_summary.txt} (LoadGen results.cc LogSummary) → canonical statistics. */
final class MlperfSummaryKeys {
    private static final Pattern MIN_MAX_MEAN = Pattern.compile("(?i)(min|max|mean) latency \\(ns\\)");
    private static final Pattern PCT = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)(?:th)? percentile latency \\(ns\\)");
    private static final Pattern TTFT = Pattern.compile("(?i)(min|max|mean) first token latency \\(ns\\)");
    private static final Pattern TTFT_PCT = Pattern.compile(
            "(?i)(\\d+(?:\\.\\d+)?)(?:th)? (?:percentile first token|first token percentile) latency \\(ns\\)");
    private static final Pattern TPOT = Pattern.compile("(?i)(min|max|mean) time per output token \\(ns\\)");
    private static final Pattern TPOT_PCT = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?) percentile time to output token \\(ns\\)");

    private static final Map<String, MlperfStat> RATES = Map.of(
            "completed samples per second", MlperfStat.rate("request_throughput", "req/s"),
            "samples per second", MlperfStat.rate("request_throughput", "req/s"),
            "qps w/ loadgen overhead", MlperfStat.rate("request_throughput", "req/s"),
            "qps w/o loadgen overhead", MlperfStat.rate("x.mlperf.qps_without_loadgen_overhead", "req/s"),
            "scheduled samples per second", MlperfStat.rate("x.mlperf.scheduled_samples_per_second", "req/s"),
            "completed tokens per second", MlperfStat.rate("output_token_throughput", "tokens/s"),
            "tokens per second", MlperfStat.rate("output_token_throughput", "tokens/s"),
            "tps w/ loadgen overhead", MlperfStat.rate("output_token_throughput", "tokens/s"),
            // tokens / (mean latency × samples): a per-stream figure, not the run's throughput
            "tps w/o loadgen overhead", MlperfStat.rate("x.mlperf.tps_without_loadgen_overhead", "tokens/s"));

    private MlperfSummaryKeys() {
    }

    /**
     * The statistic of a numeric key, or null. {@code perQuery}: inside MultiStream's "Per-query latency:" block
     * or a MultiStream headline, where latencies are per query, not per sample.
     */
    static MlperfStat of(String key, boolean perQuery) {
        String latencyMetric = perQuery ? "x.mlperf.per_query_latency" : "e2e_latency";
        Matcher m;
        if ((m = MIN_MAX_MEAN.matcher(key)).matches()) {
            return MlperfStat.latency(latencyMetric, m.group(1).toLowerCase(Locale.ROOT));
        }
        if ((m = PCT.matcher(key)).matches()) {
            return MlperfStat.latency(latencyMetric, MlperfStat.percentile(m.group(1)));
        }
        if ((m = TTFT.matcher(key)).matches()) {
            return MlperfStat.latency("ttft", m.group(1).toLowerCase(Locale.ROOT));
        }
        if ((m = TTFT_PCT.matcher(key)).matches()) {
            return MlperfStat.latency("ttft", MlperfStat.percentile(m.group(1)));
        }
        if ((m = TPOT.matcher(key)).matches()) {
            return MlperfStat.latency("tpot", m.group(1).toLowerCase(Locale.ROOT));
        }
        if ((m = TPOT_PCT.matcher(key)).matches()) {
            return MlperfStat.latency("tpot", MlperfStat.percentile(m.group(1)));
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.endsWith("(inferred)")) {
            return MlperfStat.rate("x.mlperf." + slug(lower), lower.contains("token") ? "tokens/s" : "req/s");
        }
        return RATES.get(lower);
    }

    /** "Min duration satisfied" → min_duration_satisfied. */
    static String slug(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("\\(ns\\)", "").replaceAll("[^a-z0-9.]+", "_")
                .replaceAll("^_+|_+$", "");
    }
}
