package dev.chimera.workbench.cli;

import static dev.chimera.workbench.cli.SummaryReport.fmt;
import static dev.chimera.workbench.cli.SummaryReport.range;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.analysis.GroupComparison;
import dev.chimera.workbench.analysis.Interval;
import dev.chimera.workbench.analysis.ParadoxDetector;
import dev.chimera.workbench.analysis.Sample;
import dev.chimera.workbench.analysis.Stats;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Renders a {@link GroupComparison} as JSON or text. */
final class GroupComparisonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GroupComparisonReport() {
    }

    static String toJson(GroupComparison c) {
        ObjectNode root = JSON.createObjectNode();
        root.put("metric", c.metric());
        root.put("by", c.byColumn());
        ObjectNode f = root.putObject("filter");
        f.put("excludeWarmup", c.filter().excludeWarmup());
        f.put("dropFirstPerFile", c.filter().dropFirstPerRun());
        f.put("includeFailed", c.filter().includeFailed());
        ObjectNode b = root.putObject("bootstrap");
        b.put("resamples", c.bootstrap().resamples());
        b.put("confidence", c.bootstrap().confidence());
        b.put("seed", c.bootstrap().seed());
        group(root.putObject("a"), c.labelA(), c.a());
        group(root.putObject("b"), c.labelB(), c.b());
        diff(root.putObject("median_diff"), c.medianDiff());
        diff(root.putObject("p99_diff"), c.p99Diff());
        num(root, "mean_diff", c.meanDiff());
        ObjectNode mw = root.putObject("mann_whitney");
        num(mw, "u_statistic", c.mannWhitney().u());
        num(mw, "z", c.mannWhitney().z());
        num(mw, "p_value", c.mannWhitney().pValue());
        mw.put("method", "asymptotic, tie and continuity corrected, two-sided");
        num(root, "rank_biserial", c.mannWhitney().rankBiserial());
        ObjectNode comp = root.putObject("comparability");
        comp.put("comparable", c.comparability().comparable());
        c.comparability().differences().forEach(comp.putArray("differences")::add);
        c.comparability().notes().forEach(comp.putArray("notes")::add);
        ArrayNode paradoxes = root.putArray("paradoxes");
        for (ParadoxDetector.Finding p : c.paradoxes()) {
            ObjectNode n = paradoxes.addObject();
            n.put("message", p.message());
            n.put("inflated", p.inflated());
            num(n, "mean_without_drivers", p.meanWithoutDrivers());
            n.put("resolved", p.resolved());
            ArrayNode d = n.putArray("drivers");
            for (Sample s : p.drivers()) {
                ObjectNode sn = d.addObject();
                sn.put("value", s.value());
                sn.put("source_file", s.sourceFile());
                intOrNull(sn, "source_line", s.sourceLine());
                intOrNull(sn, "sample_idx", s.sampleIdx());
                sn.put("run", s.run());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(GroupComparison c, PrintWriter out) {
        String conf = String.format(Locale.ROOT, "%.0f%%", 100 * c.bootstrap().confidence());
        out.printf(Locale.ROOT, "%s: A = %s %s (n %d) vs B = %s %s (n %d); differences are B - A%n", c.metric(),
                c.byColumn(), c.labelA(), c.a().n(), c.byColumn(), c.labelB(), c.b().n());
        if (!c.comparability().comparable()) {
            out.println("NOT COMPARABLE AS-IS: the groups also differ in");
            c.comparability().differences().forEach(d -> out.println("  " + d));
        }
        c.comparability().notes().forEach(n -> out.println("  note: " + n));
        TextTable.print(out, List.of("", "A", "B", "B - A", conf + " CI"), List.of(
                List.of("mean", fmt(c.a().mean()), fmt(c.b().mean()), fmt(c.meanDiff()), ""),
                List.of("median", fmt(c.a().p50()), fmt(c.b().p50()), fmt(c.medianDiff().estimate()),
                        range(c.medianDiff())),
                List.of("p99", fmt(c.a().p99()), fmt(c.b().p99()), fmt(c.p99Diff().estimate()), range(c.p99Diff()))));
        out.printf(Locale.ROOT, "Mann-Whitney U %s, p = %.4g (two-sided, normal approximation); rank-biserial "
                + "(Cliff's delta B vs A) %.4f%n", fmt(c.mannWhitney().u()), c.mannWhitney().pValue(),
                c.mannWhitney().rankBiserial());
        out.printf(Locale.ROOT, "bootstrap: %d resamples, seed %d%n", c.bootstrap().resamples(), c.bootstrap().seed());
        for (ParadoxDetector.Finding p : c.paradoxes()) {
            out.println("PARADOX: " + p.message());
            for (Sample s : p.drivers()) {
                out.printf(Locale.ROOT, "  %s  %s line %s sample_idx %s%n", fmt(s.value()), s.sourceFile(),
                        s.sourceLine() == Integer.MIN_VALUE ? "?" : Integer.toString(s.sourceLine()),
                        s.sampleIdx() == Integer.MIN_VALUE ? "?" : Integer.toString(s.sampleIdx()));
            }
        }
    }

    private static void group(ObjectNode n, String label, Stats s) {
        n.put("value", label);
        n.put("n", s.n());
        num(n, "mean", s.mean());
        num(n, "median", s.p50());
        num(n, "p99", s.p99());
    }

    private static void diff(ObjectNode n, Interval ci) {
        num(n, "estimate", ci.estimate());
        SummaryReport.interval(n, "ci", ci);
    }

    private static void intOrNull(ObjectNode n, String field, int v) {
        if (v == Integer.MIN_VALUE) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }

    private static void num(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, v);
        } else {
            n.putNull(field);
        }
    }
}
