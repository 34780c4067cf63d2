package dev.chimera.workbench.ingest.peer.mlperf;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code :::MLLOG} result keys of {@code mlperf_log_detail.txt} (LoadGen results.cc LogDetail) → statistics. */
final class MlperfDetailKeys {
    /** The key whose value is tokens per nanosecond although it is logged next to tokens/s figures. */
    static final String TOKEN_THROUGHPUT_BUG = "result_token_throughput";

    private static final Pattern LATENCY = Pattern.compile("result_(min|max|mean)_latency_ns");
    private static final Pattern LATENCY_PCT = Pattern.compile("result_(\\d+(?:\\.\\d+)?)_percentile_latency_ns");
    private static final Pattern QUERY = Pattern.compile("result_(min|max|mean)_query_latency_ns");
    private static final Pattern QUERY_PCT = Pattern.compile("result_(\\d+(?:\\.\\d+)?)_percentile_per_query_latency_ns");
    private static final Pattern TTFT = Pattern.compile("result_first_token_(min|max|mean)_latency_ns");
    private static final Pattern TTFT_PCT = Pattern.compile("result_first_token_(\\d+(?:\\.\\d+)?)_percentile_latency_ns");
    // ns although the key has no _ns suffix
    private static final Pattern TPOT = Pattern.compile("result_time_to_output_token_(min|max|mean)");
    private static final Pattern TPOT_PCT = Pattern.compile("result_time_per_output_token_(\\d+(?:\\.\\d+)?)_percentile_ns");

    private static final Map<String, MlperfStat> SCALARS = Map.ofEntries(
            Map.entry("result_completed_samples_per_sec", MlperfStat.rate("request_throughput", "req/s")),
            Map.entry("result_samples_per_second", MlperfStat.rate("request_throughput", "req/s")),
            Map.entry("result_qps_with_loadgen_overhead", MlperfStat.rate("request_throughput", "req/s")),
            Map.entry("result_qps_without_loadgen_overhead",
                    MlperfStat.rate("x.mlperf.qps_without_loadgen_overhead", "req/s")),
            Map.entry("result_scheduled_samples_per_sec",
                    MlperfStat.rate("x.mlperf.scheduled_samples_per_second", "req/s")),
            Map.entry("result_completed_tokens_per_second", MlperfStat.rate("output_token_throughput", "tokens/s")),
            Map.entry("result_tokens_per_second", MlperfStat.rate("output_token_throughput", "tokens/s")),
            Map.entry("result_token_throughput_with_loadgen_overhead",
                    MlperfStat.rate("output_token_throughput", "tokens/s")),
            // tokens / (mean latency in ns × samples): tokens per ns; × 1e9 gives the summary's "TPS w/o loadgen overhead"
            Map.entry(TOKEN_THROUGHPUT_BUG,
                    new MlperfStat("x.mlperf.tps_without_loadgen_overhead", "value", "tokens/s", 1e9, 1)),
            Map.entry("result_query_count", MlperfStat.flag("x.mlperf.query_count")),
            Map.entry("result_overlatency_query_count", MlperfStat.flag("x.mlperf.overlatency_query_count")),
            Map.entry("num_errors", MlperfStat.flag("error_count")),
            Map.entry("result_perf_constraints_met", MlperfStat.flag("x.mlperf.performance_constraints_satisfied")),
            Map.entry("result_min_duration_met", MlperfStat.flag("x.mlperf.min_duration_satisfied")),
            Map.entry("result_min_queries_met", MlperfStat.flag("x.mlperf.min_queries_satisfied")),
            Map.entry("early_stopping_met", MlperfStat.flag("x.mlperf.early_stopping_satisfied")),
            Map.entry("early_stopping_latency_ss", MlperfStat.latency("x.mlperf.early_stopping_latency_ss", "value")),
            Map.entry("early_stopping_latency_ms", MlperfStat.latency("x.mlperf.early_stopping_latency_ms", "value")));

    private MlperfDetailKeys() {
    }

    /** The statistic of a result key, or null for settings and free-text keys. */
    static MlperfStat of(String key) {
        Matcher m;
        if ((m = LATENCY.matcher(key)).matches()) {
            return MlperfStat.latency("e2e_latency", m.group(1));
        }
        if ((m = LATENCY_PCT.matcher(key)).matches()) {
            return MlperfStat.latency("e2e_latency", MlperfStat.percentile(m.group(1)));
        }
        if ((m = QUERY.matcher(key)).matches()) {
            return MlperfStat.latency("x.mlperf.per_query_latency", m.group(1));
        }
        if ((m = QUERY_PCT.matcher(key)).matches()) {
            return MlperfStat.latency("x.mlperf.per_query_latency", MlperfStat.percentile(m.group(1)));
        }
        if ((m = TTFT.matcher(key)).matches()) {
            return MlperfStat.latency("ttft", m.group(1));
        }
        if ((m = TTFT_PCT.matcher(key)).matches()) {
            return MlperfStat.latency("ttft", MlperfStat.percentile(m.group(1)));
        }
        if ((m = TPOT.matcher(key)).matches()) {
            return MlperfStat.latency("tpot", m.group(1));
        }
        if ((m = TPOT_PCT.matcher(key)).matches()) {
            return MlperfStat.latency("tpot", MlperfStat.percentile(m.group(1)));
        }
        if (key.startsWith("result_inferred_")) {
            return MlperfStat.flag("x.mlperf." + key.substring("result_".length()));
        }
        return SCALARS.get(key);
    }
}
