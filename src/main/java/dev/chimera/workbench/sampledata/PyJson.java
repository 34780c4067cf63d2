package dev.chimera.workbench.sampledata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds Jackson trees (insertion-ordered) and writes them the way Python's {@code json.dumps} does:
 * {@code ", "} and {@code ": "} separators on one line for JSONL, or {@code indent=2} documents, ASCII only.
 * Doubles go in as {@link DecimalNode}s already cut to {@link Num#DIGITS} significant digits.
 */
public final class PyJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private PyJson() {
    }

    public static ObjectNode obj() {
        return NODES.objectNode();
    }

    public static ArrayNode arr() {
        return NODES.arrayNode();
    }

    public static JsonNode num(double value) {
        return Double.isNaN(value) ? NODES.nullNode() : NODES.numberNode(Num.decimal(value));
    }

    public static JsonNode timestamp(double seconds) {
        return decimal(Num.timestamp(seconds));
    }

    public static JsonNode decimal(java.math.BigDecimal value) {
        return NODES.numberNode(value);
    }

    public static ArrayNode nums(List<Double> values) {
        ArrayNode a = arr();
        for (double v : values) {
            a.add(num(v));
        }
        return a;
    }

    public static ArrayNode ints(List<Integer> values) {
        ArrayNode a = arr();
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    public static ArrayNode texts(List<String> values) {
        ArrayNode a = arr();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    /** One JSONL line (without the newline). */
    public static String line(JsonNode node) {
        StringBuilder sb = new StringBuilder(1024);
        write(sb, node, -1, 0);
        return sb.toString();
    }

    /** A json.dump(indent=2) document, newline-terminated. */
    public static String pretty(JsonNode node) {
        StringBuilder sb = new StringBuilder(4096);
        write(sb, node, 2, 0);
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, JsonNode node, int indent, int depth) {
        if (node.isObject()) {
            writeObject(sb, node, indent, depth);
        } else if (node.isArray()) {
            writeArray(sb, node, indent, depth);
        } else if (node.isTextual()) {
            quote(sb, node.textValue());
        } else if (node.isBigDecimal()) {
            sb.append(node.decimalValue().toPlainString());
        } else if (node.isIntegralNumber()) {
            sb.append(node.bigIntegerValue().toString());
        } else if (node.isBoolean()) {
            sb.append(node.booleanValue() ? "true" : "false");
        } else if (node.isNull()) {
            sb.append("null");
        } else {
            throw new IllegalArgumentException("unsupported node " + node.getNodeType());
        }
    }

    private static void writeObject(StringBuilder sb, JsonNode node, int indent, int depth) {
        if (node.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append('{');
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        boolean first = true;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            separator(sb, first, indent, depth + 1);
            first = false;
            quote(sb, e.getKey());
            sb.append(": ");
            write(sb, e.getValue(), indent, depth + 1);
        }
        close(sb, indent, depth);
        sb.append('}');
    }

    private static void writeArray(StringBuilder sb, JsonNode node, int indent, int depth) {
        if (node.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append('[');
        boolean first = true;
        for (JsonNode child : node) {
            separator(sb, first, indent, depth + 1);
            first = false;
            write(sb, child, indent, depth + 1);
        }
        close(sb, indent, depth);
        sb.append(']');
    }

    private static void separator(StringBuilder sb, boolean first, int indent, int depth) {
        if (!first) {
            sb.append(indent < 0 ? ", " : ",");
        }
        if (indent >= 0) {
            sb.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private static void close(StringBuilder sb, int indent, int depth) {
        if (indent >= 0) {
            sb.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
