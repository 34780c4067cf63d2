package dev.chimera.workbench.ingest.telemetry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One sample line of the Prometheus text exposition format: {@code name{label="v",...} value [timestamp_ms]}.
 * Label values may contain escaped quotes, backslashes and newlines.
 *
 * @param name        metric name
 * @param labels      label name → unescaped value, in order
 * @param value       the value token as written ("301.25", "NaN", "+Inf")
 * @param timestampMs the optional sample timestamp (ms since the epoch), null when absent
 * @param errorColumn 0 when parsed; else the 1-based column where parsing failed
 */
record PrometheusSample(String name, Map<String, String> labels, String value, Long timestampMs,
                        int errorColumn) {

    boolean ok() {
        return errorColumn == 0;
    }

    private static PrometheusSample error(int column) {
        return new PrometheusSample("", Map.of(), "", null, column);
    }

    /** Parses a non-comment line; a result with {@code errorColumn > 0} when the line is malformed. */
    static PrometheusSample parse(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < n && isNameChar(line.charAt(i), i == start)) {
            i++;
        }
        if (i == start) {
            return error(start + 1);
        }
        String name = line.substring(start, i);
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < n && line.charAt(i) == '{') {
            i++;
            while (true) {
                while (i < n && (Character.isWhitespace(line.charAt(i)) || line.charAt(i) == ',')) {
                    i++;
                }
                if (i < n && line.charAt(i) == '}') {
                    i++;
                    break;
                }
                int ls = i;
                while (i < n && isNameChar(line.charAt(i), i == ls)) {
                    i++;
                }
                if (i == ls || i + 1 >= n || line.charAt(i) != '=' || line.charAt(i + 1) != '"') {
                    return error(i + 1);
                }
                String label = line.substring(ls, i);
                i += 2;
                StringBuilder v = new StringBuilder();
                while (i < n && line.charAt(i) != '"') {
                    char c = line.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        char e = line.charAt(++i);
                        v.append(e == 'n' ? '\n' : e);
                    } else {
                        v.append(c);
                    }
                    i++;
                }
                if (i >= n) {
                    return error(n + 1); // unterminated label value
                }
                i++;
                labels.put(label, v.toString());
            }
        }
        String[] rest = line.substring(i).trim().split("\\s+");
        if (rest.length == 0 || rest[0].isEmpty() || rest.length > 2) {
            return error(i + 1);
        }
        Long ts = null;
        if (rest.length == 2) {
            try {
                ts = Long.parseLong(rest[1]);
            } catch (NumberFormatException e) {
                return error(line.lastIndexOf(rest[1]) + 1);
            }
        }
        return new PrometheusSample(name, labels, rest[0], ts, 0);
    }

    private static boolean isNameChar(char c, boolean first) {
        return c == '_' || c == ':' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9';
    }
}
