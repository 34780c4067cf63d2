package dev.chimera.workbench.ingest.peer.aiperf;

import java.util.Locale;
import java.util.Map;

/**
 * AIPerf and GenAI-Perf metric tags, display headers and statistic keys mapped to the canonical vocabulary of
 * peer-formats §0.2. Both tools use the same tags (AIPerf was shaped after GenAI-Perf); a tag with no canonical
 * name is kept verbatim as {@code x.<tool>.<tag>}.
 */
public final class MetricNames {
    private static final Map<String, String> REQUEST = Map.ofEntries(
            Map.entry("time_to_first_token", "ttft"),
            Map.entry("time_to_second_token", "ttst"),
            // Both tools' "inter token latency" is (e2e - ttft) / (osl - 1): the canonical TPOT (§9.1).
            Map.entry("inter_token_latency", "tpot"),
            Map.entry("inter_chunk_latency", "itl"),
            Map.entry("request_latency", "e2e_latency"),
            Map.entry("input_sequence_length", "input_tokens"),
            Map.entry("output_sequence_length", "output_tokens"),
            Map.entry("request_throughput", "request_throughput"),
            Map.entry("output_token_throughput", "output_token_throughput"),
            Map.entry("total_token_throughput", "total_token_throughput"),
            Map.entry("goodput", "goodput"),
            Map.entry("request_goodput", "goodput"),
            Map.entry("request_count", "request_count"),
            Map.entry("error_request_count", "error_count"),
            Map.entry("benchmark_duration", "duration"));

    private static final Map<String, String> TELEMETRY = Map.ofEntries(
            Map.entry("gpu_power_usage", "gpu_power"),
            Map.entry("power_usage", "gpu_power"),
            Map.entry("power", "gpu_power"),
            Map.entry("energy_consumption", "gpu_energy"),
            Map.entry("gpu_energy_consumption", "gpu_energy"),
            Map.entry("gpu_utilization", "gpu_util"),
            Map.entry("gfx_activity", "gpu_util"),
            Map.entry("gpu_memory_used", "gpu_mem_used"),
            Map.entry("memory_used", "gpu_mem_used"),
            Map.entry("gpu_temperature", "gpu_temp"),
            Map.entry("temperature", "gpu_temp"),
            Map.entry("gpu_clock_sm", "sm_clock"),
            Map.entry("sm_clock", "sm_clock"));

    private MetricNames() {
    }

    /** Canonical metric of a request / system metric tag. */
    public static String request(String tag, String tool) {
        String c = REQUEST.get(tag);
        return c != null ? c : "x." + tool + "." + tag;
    }

    /** True when the tag's statistics are over failed requests rather than successful ones. */
    public static boolean isErrorMetric(String tag) {
        return tag.startsWith("error_") || tag.startsWith("total_error");
    }

    /** A telemetry field without its vendor namespace ({@code nvidia_power_usage} → {@code power_usage}). */
    public static String telemetryField(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.startsWith("nvidia_")) {
            return k.substring("nvidia_".length());
        }
        return k.startsWith("amd_") ? k.substring("amd_".length()) : k;
    }

    /** Canonical metric of a GPU telemetry field (either key generation, §3.5). */
    public static String telemetry(String key, String tool) {
        String c = TELEMETRY.get(telemetryField(key));
        return c != null ? c : "x." + tool + "." + key.toLowerCase(Locale.ROOT);
    }

    /** A display header ("Time To First Token", "GPU Power Usage") as its snake-case tag. */
    public static String tagOfDisplay(String display) {
        return display.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /**
     * A statistic key as a canonical statistic name: avg → mean, p50.0 / p99_9 → p50 / p99.9; null when the key
     * is not a statistic.
     */
    public static String statistic(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        if (k.startsWith("adj_")) {
            k = k.substring(4);
        }
        switch (k) {
            case "avg", "mean":
                return "mean";
            case "min", "max", "std", "sum", "count", "median", "value":
                return k;
            default:
                break;
        }
        if (k.matches("p\\d+([._]\\d+)?")) {
            String num = k.substring(1).replace('_', '.');
            if (num.contains(".")) {
                num = num.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return "p" + num;
        }
        return null;
    }
}
