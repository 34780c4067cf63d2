package dev.chimera.workbench.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Typed, path-aware access to one JSON object of a session file: a wrong type names the field by its JSON path
 * ({@code $.views.regimes.model_params}). Unknown fields are ignored (a newer minor writer may add some).
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonFields object(JsonNode node, String path) throws SessionFormatException {
        if (node == null || !node.isObject()) {
            throw new SessionFormatException(path + ": expected a JSON object");
        }
        return new JsonFields(node, path);
    }

    String path(String field) {
        return path + "." + field;
    }

    boolean has(String field) {
        return node.hasNonNull(field);
    }

    /** A string, or null when absent or null. */
    String text(String field) throws SessionFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new SessionFormatException(path(field) + ": expected a string");
        }
        if (v.asText().indexOf('\0') >= 0) {
            throw new SessionFormatException(path(field) + ": contains a NUL character");
        }
        return v.asText();
    }

    String requiredText(String field) throws SessionFormatException {
        String s = text(field);
        if (s == null) {
            throw new SessionFormatException(path(field) + ": missing");
        }
        return s;
    }

    boolean bool(String field, boolean absent) throws SessionFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isBoolean()) {
            throw new SessionFormatException(path(field) + ": expected true or false");
        }
        return v.booleanValue();
    }

    double number(String field) throws SessionFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new SessionFormatException(path(field) + ": missing");
        }
        if (!v.isNumber()) {
            throw new SessionFormatException(path(field) + ": expected a number");
        }
        return v.doubleValue();
    }

    double number(String field, double absent) throws SessionFormatException {
        return has(field) ? number(field) : absent;
    }

    long wholeNumber(String field) throws SessionFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new SessionFormatException(path(field) + ": missing");
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new SessionFormatException(path(field) + ": expected a whole number");
        }
        return v.longValue();
    }

    /** A nested object, or null when absent. */
    JsonFields child(String field) throws SessionFormatException {
        return has(field) ? object(node.get(field), path(field)) : null;
    }

    /** The elements of an array (empty when absent). */
    List<JsonNode> array(String field) throws SessionFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new SessionFormatException(path(field) + ": expected an array");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    List<String> strings(JsonNode array, String arrayPath) throws SessionFormatException {
        if (!array.isArray()) {
            throw new SessionFormatException(arrayPath + ": expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : array) {
            if (!e.isTextual()) {
                throw new SessionFormatException(arrayPath + ": expected an array of strings");
            }
            out.add(e.asText());
        }
        return out;
    }

    Iterator<Map.Entry<String, JsonNode>> entries() {
        return node.fields();
    }
}
