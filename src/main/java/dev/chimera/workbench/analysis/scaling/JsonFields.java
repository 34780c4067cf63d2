package dev.chimera.workbench.analysis.scaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a versioned JSON data file and its fields with the JSON path of every problem in the error, so a user
 * editing a registry or matrix by hand learns where it is wrong.
 */
public final class JsonFields {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String file;

    public JsonFields(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public static JsonNode parse(Path path) throws IOException {
        return parse(Files.newInputStream(path), path.toString());
    }

    public static JsonNode parse(InputStream in, String name) throws IOException {
        try (InputStream s = in) {
            return MAPPER.readTree(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DataFileException(name, "$", "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        }
    }

    /** Checks the document's {@code schema} name and that its {@code version} is one this build reads. */
    public void checkHeader(JsonNode root, String schema, int maxVersion) {
        if (root == null || !root.isObject()) {
            throw fail("$", "expected a JSON object");
        }
        String s = text(root, "$", "schema", true);
        if (!s.equals(schema)) {
            throw fail("$.schema", "expected \"" + schema + "\", found \"" + s + "\"");
        }
        JsonNode v = root.get("version");
        if (v == null || !v.isInt()) {
            throw fail("$.version", "expected an integer schema version");
        }
        if (v.asInt() < 1 || v.asInt() > maxVersion) {
            throw fail("$.version", "version " + v.asInt() + " is not supported (this build reads 1.." + maxVersion
                    + ")");
        }
    }

    public DataFileException fail(String path, String problem) {
        return new DataFileException(file, path, problem);
    }

    public String text(JsonNode obj, String path, String field, boolean required) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw fail(path + "." + field, "missing (required text)");
            }
            return "";
        }
        if (!n.isTextual()) {
            throw fail(path + "." + field, "expected text, found " + n.getNodeType().name().toLowerCase());
        }
        return n.asText();
    }

    /** A number, or NaN when absent and not required. */
    public double number(JsonNode obj, String path, String field, boolean required) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw fail(path + "." + field, "missing (required number)");
            }
            return Double.NaN;
        }
        if (!n.isNumber()) {
            throw fail(path + "." + field, "expected a number, found " + n.getNodeType().name().toLowerCase());
        }
        return n.asDouble();
    }

    /** A positive integer, or 0 when absent. */
    public int positiveInt(JsonNode obj, String path, String field) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!n.isInt() || n.asInt() <= 0) {
            throw fail(path + "." + field, "expected a positive integer");
        }
        return n.asInt();
    }

    public List<String> texts(JsonNode obj, String path, String field) {
        JsonNode n = obj.get(field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw fail(path + "." + field, "expected an array of text");
        }
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                throw fail(path + "." + field + "[" + i + "]", "expected text");
            }
            out.add(n.get(i).asText());
        }
        return out;
    }

    public JsonNode array(JsonNode obj, String path, String field, boolean required) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw fail(path + "." + field, "missing (required array)");
            }
            return MAPPER.createArrayNode();
        }
        if (!n.isArray()) {
            throw fail(path + "." + field, "expected an array");
        }
        return n;
    }

    public JsonNode object(JsonNode obj, String path, String field, boolean required) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw fail(path + "." + field, "missing (required object)");
            }
            return null;
        }
        if (!n.isObject()) {
            throw fail(path + "." + field, "expected an object");
        }
        return n;
    }
}
