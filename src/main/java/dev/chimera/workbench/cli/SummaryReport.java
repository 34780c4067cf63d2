package dev.chimera.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.analysis.Bootstrap;
import dev.chimera.workbench.analysis.GroupSummary;
import dev.chimera.workbench.analysis.Interval;
import dev.chimera.workbench.analysis.Stats;
import dev.chimera.workbench.analysis.SummaryResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a {@link SummaryResult} as the {@code summarize} JSON document or a readable table. */
public final class SummaryReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryReport() {
    }

    public static ObjectNode toJsonNode(SummaryResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("metric", r.metric());
        root.put("unit", r.unit());
        root.put("percentileMethod", r.method().id());
        ObjectNode f = root.putObject("filter");
        f.put("excludeWarmup", r.filter().excludeWarmup());
        f.put("dropFirstPerFile", r.filter().dropFirstPerRun());
        f.put("includeFailed", r.filter().includeFailed());
        f.put("warmupsAsGroup", r.options().warmupsAsGroup());
        if (r.options().hasCi()) {
            ObjectNode b = root.putObject("bootstrap");
            b.put("resamples", r.options().bootstrap().resamples());
            b.put("confidence", r.options().bootstrap().confidence());
            b.put("seed", r.options().bootstrap().seed());
            b.put("interval", "percentile");
        }
        if (r.options().hasTrim()) {
            root.put("trimProportion", r.options().trimProportion());
        }
        if (!r.note().isEmpty()) {
            root.put("note", r.note());
        }
        var groups = root.putArray("groups");
        for (GroupSummary g : r.groups()) {
            ObjectNode n = groups.addObject();
            ObjectNode key = n.putObject("key");
            g.key().forEach(key::put);
            Stats s = g.stats();
            n.put("n", s.n());
            num(n, "mean", s.mean());
            num(n, "std", s.std());
            num(n, "std_pop", s.stdPop());
            num(n, "min", s.min());
            num(n, "p50", s.p50());
            num(n, "p90", s.p90());
            num(n, "p95", s.p95());
            num(n, "p99", s.p99());
            num(n, "p999", s.p999());
            num(n, "max", s.max());
            if (g.intervals() != null) {
                interval(n, "mean_ci", g.intervals().mean());
                interval(n, "p50_ci", g.intervals().p50());
                interval(n, "p95_ci", g.intervals().p95());
                interval(n, "p99_ci", g.intervals().p99());
            }
            if (r.options().hasTrim()) {
                num(n, "trimmed_mean", g.trimmedMean());
            }
            ObjectNode ex = n.putObject("excluded");
            ex.put("failed", g.failedExcluded());
            ex.put("warmup", g.warmupExcluded());
            ex.put("firstDropped", g.firstDropped());
            ex.put("missingValue", g.missingValue());
            var w = n.putArray("warnings");
            g.warnings().forEach(w::add);
        }
        return root;
    }

    private static void num(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, v);
        } else {
            n.putNull(field);
        }
    }

    static void interval(ObjectNode n, String field, Interval ci) {
        if (ci.isDefined()) {
            n.putArray(field).add(ci.lo()).add(ci.hi());
        } else {
            n.putNull(field);
        }
    }

    public static String toJson(SummaryResult r) {
        try {
            return JSON.writeValueAsString(toJsonNode(r));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void printTable(SummaryResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "%s (%s), percentiles: %s; failed rows %s, warmups %s, first sample per run %s%n",
                r.metric(), r.unit().isEmpty() ? "no unit" : r.unit(), r.method().id(),
                r.filter().includeFailed() ? "included" : "excluded",
                r.filter().excludeWarmup() ? "excluded" : r.options().warmupsAsGroup() ? "a group of their own" : "included",
                r.filter().dropFirstPerRun() ? "dropped" : "kept");
        if (!r.note().isEmpty()) {
            out.println(r.note());
        }
        if (r.options().hasCi()) {
            Bootstrap b = r.options().bootstrap();
            out.printf(Locale.ROOT, "bootstrap percentile intervals: %d resamples, seed %d%n", b.resamples(), b.seed());
        }
        List<String> header = new ArrayList<>(r.groupBy());
        header.addAll(List.of("n", "mean", "std", "min", "p50", "p90", "p95", "p99", "p99.9", "max"));
        if (r.options().hasCi()) {
            String c = String.format(Locale.ROOT, "%.0f%% CI", 100 * r.options().bootstrap().confidence());
            header.addAll(List.of("mean " + c, "p50 " + c, "p95 " + c, "p99 " + c));
        }
        if (r.options().hasTrim()) {
            header.add(String.format(Locale.ROOT, "trim %.3g", r.options().trimProportion()));
        }
        header.add("excluded");
        List<List<String>> rows = new ArrayList<>();
        for (GroupSummary g : r.groups()) {
            List<String> row = new ArrayList<>();
            for (String k : r.groupBy()) {
                row.add(g.key().get(k));
            }
            Stats s = g.stats();
            row.add(Integer.toString(s.n()));
            for (double v : new double[] {s.mean(), s.std(), s.min(), s.p50(), s.p90(), s.p95(), s.p99(), s.p999(),
                s.max()}) {
                row.add(fmt(v));
            }
            if (g.intervals() != null) {
                for (Interval ci : List.of(g.intervals().mean(), g.intervals().p50(), g.intervals().p95(),
                        g.intervals().p99())) {
                    row.add(range(ci));
                }
            }
            if (r.options().hasTrim()) {
                row.add(fmt(g.trimmedMean()));
            }
            row.add(excluded(g));
            rows.add(row);
        }
        TextTable.print(out, header, rows);
        r.groups().stream().filter(g -> !g.warnings().isEmpty()).limit(20).forEach(g ->
                out.println("  " + (g.key().isEmpty() ? "all" : g.key()) + ": " + String.join("; ", g.warnings())));
    }

    private static String excluded(GroupSummary g) {
        List<String> parts = new ArrayList<>();
        if (g.failedExcluded() > 0) {
            parts.add(g.failedExcluded() + " failed");
        }
        if (g.warmupExcluded() > 0) {
            parts.add(g.warmupExcluded() + " warmup");
        }
        if (g.firstDropped() > 0) {
            parts.add(g.firstDropped() + " first");
        }
        if (g.missingValue() > 0) {
            parts.add(g.missingValue() + " no value");
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    static String range(Interval ci) {
        return ci.isDefined() ? "[" + fmt(ci.lo()) + ", " + fmt(ci.hi()) + "]" : "-";
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        double a = Math.abs(v);
        return a >= 1000 ? String.format(Locale.ROOT, "%.1f", v) : a >= 1 ? String.format(Locale.ROOT, "%.3f", v)
                : String.format(Locale.ROOT, "%.4g", v);
    }
}
