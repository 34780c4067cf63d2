package dev.chimera.workbench.ingest.peer.guidellm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.JsonSupport;

/**
 * Which {@code benchmarks.json} layout a file has (peer-formats §5.1): v0.3 has only {@code benchmarks}, v0.4 adds
 * {@code args}, v0.5–v0.6 add {@code metadata.version 1}, v0.7 has {@code metadata.version 2} and {@code config}.
 */
enum GuideLlmLayout {
    V0_3("v0.2–v0.3 (benchmarks only)"),
    V0_4("v0.4 (args + benchmarks)"),
    V0_5_TO_0_6("v0.5–v0.6 (metadata v1 + args)"),
    V0_7("v0.7 (metadata v2 + config)");

    private final String label;

    GuideLlmLayout(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** True for the v0.3 request records whose native TPOT is (last − first token) / n. */
    boolean v03() {
        return this == V0_3;
    }

    static GuideLlmLayout of(JsonNode root) {
        JsonNode meta = root.get("metadata");
        if (meta != null && meta.isObject()) {
            int version = JsonSupport.integer(meta, "version");
            return version >= 2 || root.has("config") ? V0_7 : V0_5_TO_0_6;
        }
        if (root.has("config")) {
            return V0_7;
        }
        if (root.has("args")) {
            return V0_4;
        }
        // v0.3 benchmarks carry their own args/worker; a v0.4+ benchmark has config instead.
        JsonNode first = root.path("benchmarks").path(0);
        return first.has("config") && !first.has("worker") ? V0_4 : V0_3;
    }
}
