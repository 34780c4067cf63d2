package dev.chimera.workbench.ingest.peer.aiperf;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.JsonSupport;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells AIPerf's {@code profile_export_aiperf.json} from GenAI-Perf's {@code profile_export_genai_perf.json}
 * (§0.5 step 7): both are {@code {metric: {unit, avg, pNN ...}}} objects, AIPerf adds {@code aiperf_version},
 * {@code schema_version}, {@code error_summary}, {@code was_cancelled} or an {@code input_config.endpoint
 * .model_names}; GenAI-Perf adds {@code telemetry_stats}, {@code sessions} or a flat / {@code perf_analyzer}
 * input_config. Decided from the file's head; the name only breaks a tie.
 */
public final class PerfJsonShape {
    public enum Tool { AIPERF, GENAI_PERF }

    private static final Set<String> AIPERF_KEYS = Set.of("aiperf_version", "schema_version", "error_summary",
            "was_cancelled", "benchmark_id", "telemetry_data");
    private static final Set<String> GENAI_KEYS = Set.of("telemetry_stats", "sessions");

    private PerfJsonShape() {
    }

    /** Detection score (0 = not this tool's aggregate JSON). */
    public static int score(FileProbe probe, Tool tool) {
        Set<String> keys = probe.jsonTopLevelKeys();
        if (keys.isEmpty() || keys.contains("metrics") && keys.contains("metadata") || keys.contains("experiments")) {
            return 0;
        }
        Map<String, JsonNode> head = fields(probe);
        boolean metricShaped = head.values().stream().anyMatch(v -> v.isObject() && v.has("unit")
                && (v.has("avg") || v.has("p50") || v.has("value")));
        if (!metricShaped) {
            return 0;
        }
        Tool byContent = byContent(keys, head.get("input_config"));
        String name = probe.lowerName();
        Tool byName = name.endsWith("_aiperf.json") ? Tool.AIPERF
                : name.endsWith("_genai_perf.json") ? Tool.GENAI_PERF : null;
        if (byContent != null) {
            return byContent != tool ? 0 : byName == tool ? 93 : 88;
        }
        return byName == tool ? 80 : 0;
    }

    private static Tool byContent(Set<String> keys, JsonNode inputConfig) {
        if (keys.stream().anyMatch(AIPERF_KEYS::contains)) {
            return Tool.AIPERF;
        }
        if (keys.stream().anyMatch(GENAI_KEYS::contains)) {
            return Tool.GENAI_PERF;
        }
        if (inputConfig != null && inputConfig.isObject()) {
            if (inputConfig.path("endpoint").has("model_names") || inputConfig.has("loadgen")) {
                return Tool.AIPERF;
            }
            if (inputConfig.has("model") || inputConfig.has("model_names") || inputConfig.has("perf_analyzer")) {
                return Tool.GENAI_PERF;
            }
        }
        return null;
    }

    /** Top-level fields whose values are complete within the head. */
    static Map<String, JsonNode> fields(FileProbe probe) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        String head = probe.head().stripLeading();
        if (!head.startsWith("{")) {
            return out;
        }
        try (JsonParser p = JsonSupport.probeMapper().getFactory().createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                out.put(name, JsonSupport.probeMapper().readTree(p));
            }
        } catch (IOException | RuntimeException e) {
            // Head cut inside a value: keep the fields read so far.
        }
        return out;
    }
}
