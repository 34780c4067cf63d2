package dev.chimera.workbench.ingest.peer.guidellm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.SummaryRow;
import dev.chimera.workbench.ingest.peer.guidellm.GuideLlmBenchmarksReader.Run;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code benchmarks[i].metrics}: every StatusDistributionSummary becomes summaries rows per population
 * (successful → ok, errored, incomplete, total → all). GuideLLM percentiles are nearest-rank on a weighted CDF,
 * std is the population std, and errored/incomplete/total contain 0 placeholders for values a request never had.
 */
final class GuideLlmMetrics {
    /** GuideLLM metric key → canonical metric, unit, factor to the canonical unit. */
    private record Target(String metric, String unit, double factor) {
    }

    private static final Map<String, Target> KNOWN = Map.ofEntries(
            Map.entry("time_to_first_token_ms", new Target("ttft", "ms", 1)),
            // last-token based per-request mean decode time = canonical TPOT (§9.1); stats are token-weighted
            Map.entry("inter_token_latency_ms", new Target("tpot", "ms", 1)),
            Map.entry("time_per_output_token_ms", new Target("x.guidellm.time_per_output_token", "ms", 1)),
            Map.entry("request_latency", new Target("e2e_latency", "ms", 1000)),
            Map.entry("prompt_token_count", new Target("input_tokens", "tokens", 1)),
            Map.entry("output_token_count", new Target("output_tokens", "tokens", 1)),
            Map.entry("requests_per_second", new Target("request_throughput", "req/s", 1)),
            Map.entry("output_tokens_per_second", new Target("output_token_throughput", "tokens/s", 1)),
            Map.entry("tokens_per_second", new Target("total_token_throughput", "tokens/s", 1)),
            Map.entry("request_concurrency", new Target("concurrency", "", 1)));

    private static final String[][] POPULATIONS = {
            {"successful", "ok"}, {"errored", "errored"}, {"incomplete", "incomplete"}, {"total", "all"}};

    private final ReadContext ctx;

    GuideLlmMetrics(ReadContext ctx) {
        this.ctx = ctx;
    }

    void add(Run run, JsonNode bench) {
        SummaryRow row = ctx.stats(0).group(run.backend(), run.model(), run.scenario(), null)
                .runLabel(run.label()).pctlMethod("weighted_cdf").stdKind("population");
        JsonNode metrics = bench.path("metrics");
        JsonNode totals = metrics.has("request_totals") ? metrics.get("request_totals") : bench.get("request_totals");
        totals(row, totals, metrics.has("request_totals") ? "metrics.request_totals" : "request_totals");
        walk(row, metrics, "");
    }

    private static void totals(SummaryRow row, JsonNode totals, String key) {
        if (totals == null || !totals.isObject()) {
            return;
        }
        row.metric("request_count", "").pctlMethod(null).stdKind(null);
        for (String[] p : POPULATIONS) {
            row.population(p[1]).nativeKey(key + "." + p[0]).add("value", JsonSupport.number(totals, p[0]));
        }
        row.metric("error_count", "").population("errored").nativeKey(key + ".errored")
                .add("value", JsonSupport.number(totals, "errored"));
        row.pctlMethod("weighted_cdf").stdKind("population");
    }

    /** Metrics may be nested (v0.4+ modality blocks text/image/video/audio); recurse until a status summary. */
    private void walk(SummaryRow row, JsonNode node, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (v == null || !v.isObject() || key.equals("request_totals")) {
                continue;
            }
            if (isStatusSummary(v)) {
                status(row, key, v);
            } else {
                walk(row, v, key);
            }
        }
    }

    private static boolean isStatusSummary(JsonNode v) {
        for (String[] p : POPULATIONS) {
            JsonNode ds = v.get(p[0]);
            if (ds != null && ds.isObject() && ds.has("mean")) {
                return true;
            }
        }
        return false;
    }

    private static void status(SummaryRow row, String key, JsonNode sds) {
        Target t = KNOWN.getOrDefault(key, guess(key));
        for (String[] p : POPULATIONS) {
            JsonNode ds = sds.get(p[0]);
            if (ds == null || !ds.isObject()) {
                continue;
            }
            String base = key + "." + p[0] + ".";
            row.metric(t.metric(), t.unit()).population(p[1]);
            scaled(row, base, ds, "mean", "mean", t.factor());
            scaled(row, base, ds, "median", "median", t.factor());
            scaled(row, base, ds, "std_dev", "std", t.factor());
            scaled(row, base, ds, "min", "min", t.factor());
            scaled(row, base, ds, "max", "max", t.factor());
            scaled(row, base, ds, "total_sum", "sum", t.factor());
            JsonNode pct = ds.path("percentiles");
            Iterator<Map.Entry<String, JsonNode>> it = pct.isObject() ? pct.fields() : java.util.Collections.emptyIterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String stat = percentileName(e.getKey());
                if (stat != null) {
                    row.nativeKey(base + "percentiles." + e.getKey())
                            .add(stat, JsonSupport.number(e.getValue()) * t.factor());
                }
            }
            // count = number of distinct values entered, not scaled and without the metric's unit
            row.metric(t.metric(), "").nativeKey(base + "count").add("count", JsonSupport.number(ds, "count"));
        }
    }

    private static void scaled(SummaryRow row, String base, JsonNode ds, String field, String stat, double f) {
        row.nativeKey(base + field).add(stat, JsonSupport.number(ds, field) * f);
    }

    /** Unknown (newer / modality) metrics keep their GuideLLM name under x.guidellm; unit from the name. */
    private static Target guess(String key) {
        String name = key;
        String unit = "";
        if (name.endsWith("_ms")) {
            name = name.substring(0, name.length() - 3);
            unit = "ms";
        } else if (name.endsWith("_per_second")) {
            unit = name.contains("request") ? "req/s" : name.contains("token") ? "tokens/s" : "";
        } else if (name.endsWith("_count") || name.contains("tokens_per_iteration")) {
            unit = name.contains("token") ? "tokens" : "";
        }
        if (key.contains(".")) {
            // modality block: <modality>.<tokens|words|...>.<input|output|total>[_per_second|_concurrency]
            String[] parts = key.split("\\.");
            String kind = parts.length >= 2 ? parts[parts.length - 2] : "";
            String leaf = parts[parts.length - 1];
            unit = leaf.endsWith("_per_second") ? kind + "/s" : leaf.endsWith("_concurrency") ? "" : kind;
        }
        return new Target("x.guidellm." + name, unit, 1);
    }

    /** p001 → p0.1, p01 → p1, p05 → p5, p50 → p50, p999 → p99.9: two integer digits, the rest decimals. */
    static String percentileName(String key) {
        if (!key.matches("p\\d{2,}")) {
            return null;
        }
        String digits = key.substring(1);
        BigDecimal v = new BigDecimal(digits.substring(0, 2) + "." + digits.substring(2) + "0");
        return "p" + v.stripTrailingZeros().toPlainString();
    }
}
