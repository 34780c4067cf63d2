package dev.chimera.workbench.ingest.peer.aiperf;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.JsonSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The run parameters in an {@code input_config} object. Three shapes: AIPerf ({@code endpoint.model_names},
 * {@code endpoint.type}, {@code loadgen.concurrency|request_rate}), GenAI-Perf 2024 flat argparse dump
 * ({@code model}, {@code service_kind}, {@code endpoint_type}, {@code concurrency}) and GenAI-Perf 2025 nested
 * config ({@code model_names}, {@code endpoint{}}, {@code perf_analyzer.stimulus{}}). Missing parts are null/NaN.
 */
public record PerfConfig(String model, String backend, double concurrency, double requestRate, Boolean streaming,
                         String shape) {
    public static final PerfConfig NONE = new PerfConfig(null, null, Double.NaN, Double.NaN, null, "none");

    public static PerfConfig of(JsonNode cfg) {
        if (cfg == null || !cfg.isObject()) {
            return NONE;
        }
        JsonNode endpoint = cfg.path("endpoint");
        String model = first(endpoint.get("model_names"));
        String shape;
        double concurrency;
        double rate;
        if (model != null || cfg.has("loadgen")) {
            shape = "aiperf";
            concurrency = JsonSupport.number(cfg.path("loadgen"), "concurrency");
            rate = JsonSupport.number(cfg.path("loadgen"), "request_rate");
        } else if (cfg.has("perf_analyzer") || cfg.has("model_names")) {
            shape = "genai-perf nested";
            model = first(cfg.get("model_names"));
            JsonNode stimulus = cfg.path("perf_analyzer").path("stimulus");
            concurrency = JsonSupport.number(stimulus, "concurrency");
            rate = JsonSupport.number(stimulus, "request_rate");
        } else {
            shape = "genai-perf flat";
            model = first(cfg.get("model"));
            concurrency = JsonSupport.number(cfg, "concurrency");
            rate = JsonSupport.number(cfg, "request_rate");
        }
        String kind = firstText(endpoint, "service_kind", cfg, "service_kind");
        String type = firstText(endpoint, "type", cfg, "endpoint_type");
        if (type == null) {
            type = JsonSupport.text(cfg, "backend");
        }
        String backend = kind == null ? type : type == null ? kind : kind + "-" + type;
        Boolean streaming = endpoint.has("streaming") ? JsonSupport.bool(endpoint, "streaming")
                : JsonSupport.bool(cfg, "streaming");
        return new PerfConfig(model, backend, concurrency, rate, streaming, shape);
    }

    /** This config, with the folder's hints filling what it does not say. */
    public PerfConfig orFolder(RunFolder folder) {
        String b = backend;
        // AIPerf's config names only the endpoint type ("chat"); the folder adds the service kind ("openai-chat").
        if (b == null || folder.backend() != null && folder.backend().endsWith("-" + b)) {
            b = folder.backend();
        }
        return new PerfConfig(model != null ? model : folder.model(), b,
                Double.isNaN(concurrency) ? folder.concurrency() : concurrency,
                Double.isNaN(requestRate) ? folder.requestRate() : requestRate, streaming, shape);
    }

    /**
     * The {@code input_config} of a sibling document (AIPerf's {@code profile_export_aiperf.json} next to the
     * per-request and telemetry files, which carry no model or load settings). Opened read-only and streamed
     * until the field; NONE when the file is absent or unreadable.
     */
    public static PerfConfig ofSibling(Path file, String siblingName) {
        Path sibling = file == null || file.toAbsolutePath().getParent() == null ? null
                : file.toAbsolutePath().getParent().resolve(siblingName);
        if (sibling == null || !Files.isRegularFile(sibling)) {
            return NONE;
        }
        try (InputStream in = Files.newInputStream(sibling, StandardOpenOption.READ);
             JsonParser p = JsonSupport.mapper().getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return NONE;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("input_config")) {
                    return of(JsonSupport.mapper().readTree(p));
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // A broken sibling is that file's problem (its own reader reports it); use the folder name instead.
        }
        return NONE;
    }

    private static String first(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : n.get(0).asText();
        }
        return n.isValueNode() ? n.asText() : null;
    }

    private static String firstText(JsonNode a, String fa, JsonNode b, String fb) {
        String v = JsonSupport.text(a, fa);
        return v != null ? v : JsonSupport.text(b, fb);
    }
}
