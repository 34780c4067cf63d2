package dev.chimera.workbench.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** A {@link Session} as JSON text, field by field (no Jackson type information, nothing polymorphic). */
final class SessionJsonWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SessionJsonWriter() {
    }

    static String write(Session s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", Session.SCHEMA);
        root.put("version", Session.VERSION);
        putText(root, "saved_at", s.savedAt());
        ArrayNode folders = root.putArray("folders");
        for (SessionFolder f : s.folders()) {
            ObjectNode n = folders.addObject();
            n.put("path", f.path());
            n.put("file_count", f.fingerprint().fileCount());
            n.put("total_bytes", f.fingerprint().totalBytes());
        }
        putText(root, "selected_tab", s.selectedTab());
        ObjectNode views = root.putObject("views");
        if (s.distributions() != null) {
            distributions(views.putObject("distributions"), s.distributions());
        }
        if (s.regimes() != null) {
            regimes(views.putObject("regimes"), s.regimes());
        }
        if (s.power() != null) {
            ObjectNode n = views.putObject("power");
            putText(n, "trace", s.power().trace());
            n.put("gap_threshold_s", s.power().gapThresholdS());
        }
        if (s.cost() != null) {
            cost(views.putObject("cost"), s.cost());
        }
        ArrayNode annotations = root.putArray("annotations");
        for (Annotation a : s.annotations()) {
            ObjectNode n = annotations.addObject();
            n.put("chart", a.chart());
            n.put("type", a.type().id());
            ArrayNode c = n.putArray("coordinates");
            a.coordinates().forEach(c::add);
            n.put("text", a.text());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session tree always serialises", e);
        }
    }

    private static void distributions(ObjectNode n, DistributionState d) {
        putText(n, "metric", d.metric());
        putText(n, "group_by", d.groupBy());
        ObjectNode filters = n.putObject("filters");
        for (Map.Entry<String, List<String>> e : d.filters().entrySet()) {
            ArrayNode values = filters.putArray(e.getKey());
            e.getValue().forEach(values::add);
        }
        n.put("exclude_warmup", d.excludeWarmup());
        n.put("drop_first_per_run", d.dropFirstPerRun());
        n.put("include_failed", d.includeFailed());
        n.put("warmups_as_group", d.warmupsAsGroup());
        n.put("log_x", d.logX());
        putText(n, "percentile_method", d.percentileMethod());
        putText(n, "chart_kind", d.chartKind());
        n.put("ci", d.ci());
    }

    private static void regimes(ObjectNode n, RegimeState r) {
        putText(n, "metric", r.metric());
        putText(n, "mode", r.mode());
        putText(n, "aggregation", r.aggregation());
        putText(n, "backend_a", r.backendA());
        putText(n, "backend_b", r.backendB());
        n.put("model_params", r.modelParams());
        putText(n, "gpu", r.gpu());
        putText(n, "objective", r.objective());
        putText(n, "workload", r.workload());
    }

    private static void cost(ObjectNode n, CostState c) {
        putText(n, "tier", c.tier());
        putText(n, "aggregation", c.aggregation());
        putText(n, "source", c.source());
        putText(n, "sensitivity", c.sensitivity());
        putText(n, "backend", c.backend());
        putText(n, "mode", c.mode());
        if (c.prices() != null) {
            ObjectNode p = n.putObject("prices");
            ArrayNode tiers = p.putArray("tiers");
            for (CostState.TierPrice t : c.prices().tiers()) {
                ObjectNode tn = tiers.addObject();
                tn.put("id", t.id());
                putText(tn, "label", t.label());
                tn.put("usd_per_hour", t.usdPerHour());
                tn.put("energy_only", t.energyOnly());
                putText(tn, "source", t.source());
            }
            p.put("usd_per_kwh", c.prices().usdPerKwh());
            p.put("gco2e_per_kwh", c.prices().gco2ePerKwh());
            p.put("cpu_model_enabled", c.prices().cpuModelEnabled());
            p.put("cpu_idle_w", c.prices().cpuIdleW());
            p.put("cpu_max_w", c.prices().cpuMaxW());
        }
    }

    private static void putText(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
