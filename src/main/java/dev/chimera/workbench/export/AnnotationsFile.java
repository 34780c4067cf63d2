package dev.chimera.workbench.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * User annotations from JSON, by chart id ("*" or no "chart": every chart):
 * <pre>{"annotations": [
 *   {"chart": "crossover-prefill", "type": "callout", "x": 1e7, "y": 5000, "text": "our 10M model"},
 *   {"chart": "crossover-prefill", "type": "arrow", "x1": 1e6, "y1": 20000, "x2": 1.45e7, "y2": 6000, "text": "tie"},
 *   {"type": "range", "axis": "x", "from": 5e7, "to": 5e8, "label": "target sizes"}]}</pre>
 * Coordinates are data values of the chart's axes. A bad entry throws IllegalArgumentException naming its index.
 */
public final class AnnotationsFile {
    /** Key of the annotations that apply to every chart. */
    public static final String ALL = "*";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotationsFile() {
    }

    public static Map<String, List<ChartAnnotation>> load(Path file) throws IOException {
        return parse(JSON.readTree(Files.readString(file)));
    }

    public static Map<String, List<ChartAnnotation>> parse(JsonNode root) {
        JsonNode list = root == null ? null : root.get("annotations");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("annotations: expected {\"annotations\": [...]}");
        }
        Map<String, List<ChartAnnotation>> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String chart = n.hasNonNull("chart") ? n.get("chart").asText() : ALL;
            String type = n.path("type").asText("").toLowerCase(Locale.ROOT);
            ChartAnnotation a = switch (type) {
                case "callout" -> new ChartAnnotation.Callout(num(n, "x", i), num(n, "y", i), text(n, "text"));
                case "arrow" -> new ChartAnnotation.Arrow(num(n, "x1", i), num(n, "y1", i), num(n, "x2", i),
                        num(n, "y2", i), text(n, "text"));
                case "range" -> new ChartAnnotation.HighlightRange(axis(n, i), num(n, "from", i), num(n, "to", i),
                        text(n, "label"));
                default -> throw new IllegalArgumentException("annotations[" + i + "].type: expected callout, arrow "
                        + "or range, was '" + type + "'");
            };
            out.computeIfAbsent(chart, k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    /** The annotations of one chart: its own plus the ones for every chart. */
    public static List<ChartAnnotation> forChart(Map<String, List<ChartAnnotation>> all, String chartId) {
        List<ChartAnnotation> out = new ArrayList<>(all.getOrDefault(chartId, List.of()));
        out.addAll(all.getOrDefault(ALL, List.of()));
        return out;
    }

    private static double num(JsonNode n, String key, int i) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new IllegalArgumentException("annotations[" + i + "]." + key + ": expected a number");
        }
        return v.asDouble();
    }

    private static String text(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asText() : null;
    }

    private static ChartAnnotation.Axis axis(JsonNode n, int i) {
        String a = n.path("axis").asText("x").toLowerCase(Locale.ROOT);
        return switch (a) {
            case "x" -> ChartAnnotation.Axis.X;
            case "y" -> ChartAnnotation.Axis.Y;
            default -> throw new IllegalArgumentException("annotations[" + i + "].axis: expected x or y");
        };
    }
}
