package dev.chimera.workbench.cli;

import static dev.chimera.workbench.cli.SummaryReport.fmt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.analysis.ColdStart;
import dev.chimera.workbench.analysis.ColdStartEffect;
import dev.chimera.workbench.analysis.ColdStartFile;
import dev.chimera.workbench.analysis.WarmupRatioCell;
import dev.chimera.workbench.analysis.WarmupRatioGrid;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a {@link ColdStart.Report} as JSON (TR120 / TR121 column names) or as tables. */
final class ColdStartReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ColdStartReport() {
    }

    static String toJson(ColdStart.Report r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("metric", r.metric());
        root.put("includeFailed", r.filter().includeFailed());
        root.put("excludeWarmup", r.filter().excludeWarmup());
        var files = root.putArray("files");
        for (ColdStartFile f : r.files()) {
            ObjectNode n = files.addObject();
            n.put("run", f.run());
            n.put("source_file", f.sourceFile());
            n.put("backend", f.backend());
            n.put("model", f.model());
            n.put("scenario", f.scenario());
            n.put("mode", f.mode());
            n.put("n_samples", f.nSamples());
            num(n, "first_ms", f.firstMs());
            num(n, "median_rest_ms", f.medianRestMs());
            num(n, "ratio_first_over_median_rest", f.ratioFirstOverMedianRest());
            n.put("first_over_2x_rest_median", f.firstOver2xRestMedian());
            n.put("first_over_3x_rest_median", f.firstOver3xRestMedian());
            num(n, "mean_ms", f.meanMs());
            num(n, "median_ms", f.medianMs());
            num(n, "p99_ms", f.p99Ms());
            num(n, "max_ms", f.maxMs());
            n.put("max_index", f.maxIndex());
            num(n, "mean_excl_first_ms", f.meanExclFirstMs());
        }
        var effects = root.putArray("overall");
        for (ColdStartEffect e : r.effects()) {
            ObjectNode n = effects.addObject();
            e.key().forEach(n.putObject("key")::put);
            n.put("files", e.files());
            n.put("n_total_samples", e.nTotalSamples());
            num(n, "mean_ms", e.meanMs());
            num(n, "median_ms", e.medianMs());
            num(n, "p99_ms", e.p99Ms());
            num(n, "max_ms", e.maxMs());
            n.put("n_excl_first_samples", e.nExclFirstSamples());
            num(n, "mean_excl_first_ms", e.meanExclFirstMs());
            num(n, "median_excl_first_ms", e.medianExclFirstMs());
            num(n, "p99_excl_first_ms", e.p99ExclFirstMs());
            num(n, "max_excl_first_ms", e.maxExclFirstMs());
            num(n, "frac_max_at_first_sample_per_file", e.fracMaxAtFirstSamplePerFile());
            num(n, "frac_first_sample_over_2x_rest_median_per_file", e.fracFirstSampleOver2xRestMedianPerFile());
            num(n, "frac_first_sample_over_3x_rest_median_per_file", e.fracFirstSampleOver3xRestMedianPerFile());
        }
        WarmupRatioGrid grid = r.warmupGrid();
        ObjectNode w = root.putObject("warmup");
        w.put("alertRatio", grid.alertRatio());
        if (!grid.note().isEmpty()) {
            w.put("note", grid.note());
        }
        var cells = w.putArray("cells");
        for (WarmupRatioCell c : grid.cells()) {
            ObjectNode n = cells.addObject();
            n.put("backend", c.backend());
            n.put("model", c.model());
            n.put("scenario", c.scenario());
            n.put("mode", c.mode());
            n.put("warmup_n", c.warmupN());
            num(n, "warmup_median_ms", c.warmupMedianMs());
            n.put("measured_n", c.measuredN());
            num(n, "measured_median_ms", c.measuredMedianMs());
            num(n, "warmup_to_measured_ratio", c.warmupToMeasuredRatio());
            num(n, "warmup_minus_measured_ms", c.warmupMinusMeasuredMs());
            n.put("alert", c.alert());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(ColdStart.Report r, PrintWriter out) {
        out.printf(Locale.ROOT, "Cold start per run file (%s; first sample vs median of the rest, flags > 2x / > 3x)%n",
                r.metric());
        List<List<String>> rows = new ArrayList<>();
        for (ColdStartFile f : r.files()) {
            rows.add(List.of(f.backend(), f.scenario(), f.mode(), Integer.toString(f.nSamples()), fmt(f.firstMs()),
                    fmt(f.medianRestMs()), fmt(f.ratioFirstOverMedianRest()),
                    f.firstOver3xRestMedian() ? ">3x" : f.firstOver2xRestMedian() ? ">2x" : "",
                    fmt(f.meanMs()), fmt(f.meanExclFirstMs()), fmt(f.p99Ms()), fmt(f.maxMs()),
                    Integer.toString(f.maxIndex()), f.run()));
        }
        TextTable.print(out, List.of("backend", "scenario", "mode", "n", "first", "median_rest", "ratio", "flag",
                "mean", "mean_excl_first", "p99", "max", "max_idx", "run"), rows);
        out.println();
        out.println("Overall effect of first samples");
        List<List<String>> eff = new ArrayList<>();
        for (ColdStartEffect e : r.effects()) {
            eff.add(List.of(String.join("/", e.key().values()), Integer.toString(e.files()), Integer.toString(e.nTotalSamples()),
                    fmt(e.meanMs()), fmt(e.meanExclFirstMs()), fmt(e.medianMs()), fmt(e.medianExclFirstMs()),
                    fmt(e.p99Ms()), fmt(e.p99ExclFirstMs()), fmt(e.maxMs()), fmt(e.maxExclFirstMs()),
                    pct(e.fracMaxAtFirstSamplePerFile()), pct(e.fracFirstSampleOver2xRestMedianPerFile()),
                    pct(e.fracFirstSampleOver3xRestMedianPerFile())));
        }
        TextTable.print(out, List.of(String.join("/", r.groupBy()), "files", "n", "mean", "mean_excl_first",
                "median", "median_excl_first", "p99", "p99_excl_first", "max", "max_excl_first", "max_at_first",
                "first>2x", "first>3x"), eff);
        out.println();
        WarmupRatioGrid grid = r.warmupGrid();
        out.printf(Locale.ROOT, "Warmup ratio grid (warmup median / measured median, alert > %sx)%n",
                ratio(grid.alertRatio()));
        if (!grid.note().isEmpty()) {
            out.println("  " + grid.note());
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (WarmupRatioCell c : grid.cells()) {
            cells.add(List.of(c.backend(), c.model(), c.scenario(), c.mode(), Integer.toString(c.warmupN()),
                    fmt(c.warmupMedianMs()), Integer.toString(c.measuredN()), fmt(c.measuredMedianMs()),
                    fmt(c.warmupToMeasuredRatio()), fmt(c.warmupMinusMeasuredMs()), c.alert() ? "ALERT" : ""));
        }
        TextTable.print(out, List.of("backend", "model", "scenario", "mode", "warmup_n", "warmup_median",
                "measured_n", "measured_median", "ratio", "difference", "alert"), cells);
        out.printf(Locale.ROOT, "%d of %d cells above %sx%n", grid.alerts().size(), grid.cells().size(),
                ratio(grid.alertRatio()));
        grid.alerts().forEach(c -> out.printf(Locale.ROOT, "ALERT: %s %s %s %s warmup median is %.1fx the measured "
                + "median%n", c.backend(), c.model(), c.scenario(), c.mode(), c.warmupToMeasuredRatio()));
    }

    private static String ratio(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : fmt(v);
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "-";
    }

    private static void num(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, v);
        } else {
            n.putNull(field);
        }
    }
}
