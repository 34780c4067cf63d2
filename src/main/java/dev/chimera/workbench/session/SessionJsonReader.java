package dev.chimera.workbench.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Session JSON text to a validated {@link Session}: syntax errors carry line and column; then schema and
 * version are checked before anything else, then every field's type and range (errors name the JSON path).
 * The tree is mapped by hand: no default typing, no class names from the file.
 */
final class SessionJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SessionJsonReader() {
    }

    static Session read(String text) throws SessionFormatException {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? -1 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            throw new SessionFormatException("not valid JSON at line " + line + ", column " + column + ": "
                    + e.getOriginalMessage(), line, column, e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new SessionFormatException("the file is empty");
        }
        JsonFields root = JsonFields.object(tree, "$");
        checkSchemaAndVersion(root);
        try {
            return new Session(root.text("saved_at"), folders(root), root.text("selected_tab"),
                    distributions(root), regimes(root), power(root), cost(root), annotations(root));
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException("$: " + e.getMessage());
        }
    }

    private static void checkSchemaAndVersion(JsonFields root) throws SessionFormatException {
        if (!root.has("schema")) {
            throw new SessionFormatException("not a Chimera session file: the \"schema\" field is missing"
                    + " (expected \"" + Session.SCHEMA + "\")");
        }
        String schema = root.text("schema");
        if (!Session.SCHEMA.equals(schema)) {
            throw new SessionFormatException("not a Chimera session file: schema is \"" + schema
                    + "\", expected \"" + Session.SCHEMA + "\"");
        }
        long version = root.wholeNumber("version");
        if (version > Session.VERSION) {
            throw new SessionFormatException("this session was saved by a newer Chimera Workbench (session version "
                    + version + "); this version reads up to " + Session.VERSION + ". Please update the workbench.");
        }
        if (version < 1) {
            throw new SessionFormatException("$.version: must be 1 or more, not " + version);
        }
    }

    private static List<SessionFolder> folders(JsonFields root) throws SessionFormatException {
        List<SessionFolder> out = new ArrayList<>();
        List<JsonNode> nodes = root.array("folders");
        for (int i = 0; i < nodes.size(); i++) {
            String p = root.path("folders") + "[" + i + "]";
            JsonFields f = JsonFields.object(nodes.get(i), p);
            long files = f.wholeNumber("file_count");
            long bytes = f.wholeNumber("total_bytes");
            try {
                out.add(new SessionFolder(f.requiredText("path"), new FolderFingerprint(files, bytes)));
            } catch (IllegalArgumentException e) {
                throw new SessionFormatException(p + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static JsonFields view(JsonFields root, String name) throws SessionFormatException {
        JsonFields views = root.child("views");
        return views == null ? null : views.child(name);
    }

    private static DistributionState distributions(JsonFields root) throws SessionFormatException {
        JsonFields d = view(root, "distributions");
        if (d == null) {
            return null;
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        JsonFields f = d.child("filters");
        if (f != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = f.entries(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                filters.put(e.getKey(), f.strings(e.getValue(), f.path(e.getKey())));
            }
        }
        return new DistributionState(d.text("metric"), d.text("group_by"), filters, d.bool("exclude_warmup", false),
                d.bool("drop_first_per_run", false), d.bool("include_failed", false),
                d.bool("warmups_as_group", false), d.bool("log_x", false), d.text("percentile_method"),
                d.text("chart_kind"), d.bool("ci", true));
    }

    private static RegimeState regimes(JsonFields root) throws SessionFormatException {
        JsonFields r = view(root, "regimes");
        if (r == null) {
            return null;
        }
        return guarded(r.path("model_params"), () -> new RegimeState(r.text("metric"), r.text("mode"),
                r.text("aggregation"), r.text("backend_a"), r.text("backend_b"), r.number("model_params"),
                r.text("gpu"), r.text("objective"), r.text("workload")));
    }

    private static PowerState power(JsonFields root) throws SessionFormatException {
        JsonFields p = view(root, "power");
        if (p == null) {
            return null;
        }
        return guarded(p.path("gap_threshold_s"), () -> new PowerState(p.text("trace"),
                p.number("gap_threshold_s")));
    }

    private static CostState cost(JsonFields root) throws SessionFormatException {
        JsonFields c = view(root, "cost");
        if (c == null) {
            return null;
        }
        CostState.Prices prices = null;
        JsonFields p = c.child("prices");
        if (p != null) {
            List<CostState.TierPrice> tiers = new ArrayList<>();
            List<JsonNode> nodes = p.array("tiers");
            for (int i = 0; i < nodes.size(); i++) {
                String tierPath = p.path("tiers") + "[" + i + "]";
                JsonFields t = JsonFields.object(nodes.get(i), tierPath);
                tiers.add(guarded(tierPath,
                        () -> new CostState.TierPrice(t.requiredText("id"), t.text("label"), t.number("usd_per_hour"),
                                t.bool("energy_only", false), t.text("source"))));
            }
            prices = guarded(c.path("prices"), () -> new CostState.Prices(tiers, p.number("usd_per_kwh"),
                    p.number("gco2e_per_kwh"), p.bool("cpu_model_enabled", false), p.number("cpu_idle_w", 10),
                    p.number("cpu_max_w", 65)));
        }
        return new CostState(c.text("tier"), c.text("aggregation"), c.text("source"), c.text("sensitivity"),
                c.text("backend"), c.text("mode"), prices);
    }

    private static List<Annotation> annotations(JsonFields root) throws SessionFormatException {
        List<Annotation> out = new ArrayList<>();
        List<JsonNode> nodes = root.array("annotations");
        if (nodes.size() > Session.MAX_ANNOTATIONS) {
            throw new SessionFormatException("$.annotations: at most " + Session.MAX_ANNOTATIONS + " annotations");
        }
        for (int i = 0; i < nodes.size(); i++) {
            String p = root.path("annotations") + "[" + i + "]";
            JsonFields a = JsonFields.object(nodes.get(i), p);
            List<Double> coordinates = new ArrayList<>();
            for (JsonNode c : a.array("coordinates")) {
                if (!c.isNumber()) {
                    throw new SessionFormatException(a.path("coordinates") + ": expected numbers");
                }
                coordinates.add(c.doubleValue());
            }
            String type = a.requiredText("type");
            String chart = a.requiredText("chart");
            String text = a.text("text");
            out.add(guarded(p, () -> new Annotation(chart, Annotation.Type.parse(type), coordinates, text)));
        }
        return out;
    }

    /** A value's own checks (ranges) failing, reported with the JSON path of the value. */
    private interface Build<T> {
        T build() throws SessionFormatException;
    }

    private static <T> T guarded(String path, Build<T> build) throws SessionFormatException {
        try {
            return build.build();
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(path + ": " + e.getMessage());
        }
    }
}
