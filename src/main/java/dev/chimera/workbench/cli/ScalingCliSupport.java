package dev.chimera.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.analysis.Interval;
import dev.chimera.workbench.analysis.scaling.ModelRegistry;
import dev.chimera.workbench.analysis.scaling.ModelSize;
import dev.chimera.workbench.analysis.scaling.ModelSizes;
import dev.chimera.workbench.analysis.scaling.PowerLawFit;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Shared pieces of the crossover, scaling and regime commands: registry loading and JSON helpers. */
final class ScalingCliSupport {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScalingCliSupport() {
    }

    /** Built-in registry, overridden by a user file when given; null (message printed) when the file is bad. */
    static ModelRegistry registry(Path userFile, PrintWriter err) {
        if (userFile == null) {
            return ModelRegistry.builtIn();
        }
        try {
            return ModelRegistry.builtIn().overriddenBy(ModelRegistry.load(userFile));
        } catch (IOException e) {
            err.println("chimera-workbench: could not read registry " + userFile + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("chimera-workbench: " + e.getMessage());
        }
        return null;
    }

    static void num(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }

    static void interval(ObjectNode n, String key, Interval ci) {
        ArrayNode a = n.putArray(key);
        if (ci != null && ci.isDefined()) {
            a.add(ci.lo());
            a.add(ci.hi());
        }
    }

    static void powerLaw(ObjectNode n, PowerLawFit f) {
        if (f == null) {
            n.putNull("slope");
            return;
        }
        num(n, "slope", f.slope());
        num(n, "intercept_ln", f.line().intercept());
        num(n, "r2", f.r2());
        interval(n, "slope_ci95", f.slopeCi());
        n.put("actionable", f.gate().actionable());
        n.put("gate", f.gate().reason());
        num(n, "min_params", f.minParams());
        num(n, "max_params", f.maxParams());
    }

    /** Sizes that were not known, and the notes of the data. */
    static void dataNotes(ObjectNode root, ScalingData data) {
        ArrayNode unknown = root.putArray("unknown_sizes");
        data.unknownSizes().forEach(unknown::add);
        ObjectNode sizes = root.putObject("model_sizes");
        for (Map.Entry<String, ModelSize> e : data.sizes().entrySet()) {
            ObjectNode s = sizes.putObject(e.getKey());
            num(s, "params", e.getValue().params());
            s.put("source", e.getValue().source().id());
            if (e.getValue().nLayer() > 0) {
                s.put("n_layer", e.getValue().nLayer());
            }
            s.put("detail", e.getValue().detail());
        }
        ArrayNode notes = root.putArray("notes");
        data.notes().forEach(notes::add);
    }

    static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String g(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "-";
    }

    static String size(double p) {
        return ModelSizes.format(p);
    }
}
