package dev.chimera.workbench.findings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The JSON shape of checked findings, as {@code check --json} prints it and a report bundle's findings.json. */
public final class FindingsJson {
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FindingsJson() {
    }

    public static ObjectNode toJson(List<FindingResult> results) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("findings");
        for (FindingResult r : results) {
            ObjectNode n = list.addObject();
            n.put("id", r.id());
            n.put("verdict", r.verdict().name());
            num(n, "measured", r.measured());
            num(n, "expected", r.expected());
            ArrayNode ci = n.putArray("ci95");
            if (Double.isFinite(r.ciLo()) && Double.isFinite(r.ciHi())) {
                ci.add(r.ciLo()).add(r.ciHi());
            }
            n.put("n", r.n());
            num(n, "ratio", r.ratio());
            n.put("kind", r.finding().kind().id());
            n.put("quoted_value", r.finding().quoted());
            n.put("report_value", r.finding().reportValue());
            n.put("detail", r.detail());
            n.put("scope", r.scope());
            n.put("chart", r.chart());
            ArrayNode files = n.putArray("files");
            r.files().forEach(files::add);
        }
        return root;
    }

    private static void num(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }
}
