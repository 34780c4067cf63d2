package dev.chimera.workbench.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A versioned findings catalog (schema in docs/findings-schema.md). */
public record Catalog(String source, int version, List<Finding> findings) {

    public static final String SCHEMA = "chimera.findings";
    public static final int VERSION = 1;
    private static final String RESOURCE = "catalog.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Catalog {
        findings = List.copyOf(findings);
    }

    /** The catalog shipped with the workbench. */
    public static Catalog builtIn() {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + RESOURCE);
        } catch (IOException | CatalogException e) {
            throw new IllegalStateException("built-in findings catalog is broken: " + e.getMessage(), e);
        }
    }

    /** A user's catalog file, validated. */
    public static Catalog load(Path file) throws IOException, CatalogException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public static Catalog parse(String text, String source) throws CatalogException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CatalogException(source + ": not JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new CatalogException(source + ": $ must be an object");
        }
        if (!SCHEMA.equals(root.path("schema").asText())) {
            throw new CatalogException(source + ": $.schema must be \"" + SCHEMA + "\"");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new CatalogException(source + ": $.version must be " + VERSION + " (found "
                    + root.path("version") + ")");
        }
        JsonNode list = root.path("findings");
        if (!list.isArray() || list.isEmpty()) {
            throw new CatalogException(source + ": $.findings must be a non-empty array");
        }
        List<Finding> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Finding f = finding(list.get(i), source + ": $.findings[" + i + "]");
            if (!ids.add(f.id())) {
                throw new CatalogException(source + ": $.findings[" + i + "].id duplicates \"" + f.id() + "\"");
            }
            out.add(f);
        }
        return new Catalog(source, version, out);
    }

    private static Finding finding(JsonNode n, String at) throws CatalogException {
        if (!n.isObject()) {
            throw new CatalogException(at + " must be an object");
        }
        JsonNode comp = object(n, "computation", at);
        String check = text(comp, "check", at + ".computation", true);
        if (!FindingsChecker.CHECKS.contains(check)) {
            throw new CatalogException(at + ".computation.check: unknown check \"" + check + "\" (known: "
                    + String.join(", ", FindingsChecker.CHECKS) + ")");
        }
        FindingKind kind;
        String k = text(n, "kind", at, true);
        try {
            kind = FindingKind.parse(k);
        } catch (IllegalArgumentException e) {
            throw new CatalogException(at + ".kind must be portable or hardware_specific (found \"" + k + "\")");
        }
        JsonNode r = object(n, "rule", at);
        Rule rule = new Rule(number(r, "expected", at + ".rule", true), bound(r, "lo", at, Double.NEGATIVE_INFINITY),
                bound(r, "hi", at, Double.POSITIVE_INFINITY), r.path("min_n").asInt(1),
                text(r, "unit", at + ".rule", false), text(r, "text", at + ".rule", true));
        if (rule.lo() > rule.hi()) {
            throw new CatalogException(at + ".rule: lo > hi");
        }
        String quoted = text(n, "quoted_value", at, true);
        String reportValue = text(n, "report_value", at, false);
        return new Finding(text(n, "id", at, true), text(n, "title", at, true), text(n, "report", at, true),
                text(n, "section", at, false), text(n, "statement", at, true), quoted,
                reportValue.isEmpty() ? quoted : reportValue, text(n, "note", at, false),
                strings(n.path("conditions"), at + ".conditions"), kind, text(n, "data_needed", at, true), check,
                strings(comp.path("params"), at + ".computation.params"),
                text(comp, "statistic", at + ".computation", true), rule);
    }

    private static JsonNode object(JsonNode n, String key, String at) throws CatalogException {
        JsonNode v = n.get(key);
        if (v == null || !v.isObject()) {
            throw new CatalogException(at + "." + key + " must be an object");
        }
        return v;
    }

    private static String text(JsonNode n, String key, String at, boolean required) throws CatalogException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new CatalogException(at + "." + key + " is required");
            }
            return "";
        }
        if (!v.isTextual() || (required && v.asText().isBlank())) {
            throw new CatalogException(at + "." + key + " must be a non-empty string");
        }
        return v.asText();
    }

    private static double number(JsonNode n, String key, String at, boolean required) throws CatalogException {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) {
            throw new CatalogException(at + "." + key + " must be a number");
        }
        return v.asDouble();
    }

    private static double bound(JsonNode r, String key, String at, double open) throws CatalogException {
        JsonNode v = r.get(key);
        return v == null || v.isNull() ? open : number(r, key, at + ".rule", true);
    }

    private static Map<String, String> strings(JsonNode n, String at) throws CatalogException {
        Map<String, String> out = new LinkedHashMap<>();
        if (n.isMissingNode() || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw new CatalogException(at + " must be an object");
        }
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode()) {
                throw new CatalogException(at + "." + e.getKey() + " must be a string or number");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }
}
