package dev.chimera.workbench.cli;

import static dev.chimera.workbench.cli.SummaryReport.fmt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.power.EventEnergy;
import dev.chimera.workbench.power.HeatSoak;
import dev.chimera.workbench.power.IdleBaseline;
import dev.chimera.workbench.power.PhaseEnergy;
import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.power.SamplingQuality;
import dev.chimera.workbench.power.TraceAnalysis;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Renders power analyses as JSON or as text. */
final class PowerReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PowerReport() {
    }

    static String toJson(List<TraceAnalysis> traces, PowerOptions o) {
        ObjectNode root = JSON.createObjectNode();
        root.put("gap_threshold_s", o.gapThresholdS());
        ArrayNode arr = root.putArray("traces");
        for (TraceAnalysis a : traces) {
            SamplingQuality q = a.sampling();
            ObjectNode n = arr.addObject();
            n.put("source_file", a.trace().sourceFile());
            n.put("gpu", a.trace().gpu());
            n.put("format", a.trace().format());
            num(n, "duration_s", q.durationS());
            n.put("samples", q.samples());
            n.put("read_errors", q.readErrors());
            n.put("missing_values", q.missingValues());
            num(n, "median_dt_s", q.dtMedianS());
            num(n, "p95_dt_s", q.dtP95S());
            num(n, "max_dt_s", q.dtMaxS());
            ObjectNode gaps = n.putObject("gaps");
            gaps.put("count", q.gapCount());
            num(gaps, "max_s", q.gapMaxS());
            num(gaps, "total_s", q.gapTotalS());
            n.put("continuity", q.continuity().id());
            num(n, "repeated_value_fraction", q.repeatedFraction());
            num(n, "energy_j", a.energyJ());
            num(n, "mean_w", a.meanW());
            num(n, "time_weighted_mean_w", a.timeWeightedMeanW());
            num(n, "idle_baseline_w", a.baseline().levelW());
            baseline(n.putObject("idle_baseline"), a.baseline());
            baseline(n.putObject("idle_detected"), a.detectedBaseline());
            n.put("floor_suspect_samples", a.floorSuspectSamples());
            HeatSoak h = a.heatSoak();
            num(n, "heat_soak_equilibrium_s", h.equilibriumS());
            ObjectNode heat = n.putObject("heat_soak");
            num(heat, "load_start_s", h.loadStartS());
            num(heat, "equilibrium_at_s", h.equilibriumAtS());
            num(heat, "equilibrium_slope_c_per_min", h.equilibriumSlope());
            num(heat, "temp_start_c", h.tempStartC());
            num(heat, "temp_max_c", h.tempMaxC());
            num(heat, "trend_c_per_min", h.trendCPerMin());
            num(heat, "max_slope_c_per_min", h.maxSlopeCPerMin());
            heat.put("hot_samples", h.hotSamples());
            heat.put("clock_drop_samples", h.clockDropSamples());
            heat.put("note", h.note());
            ArrayNode ev = n.putArray("events");
            for (EventEnergy e : a.events()) {
                ObjectNode x = ev.addObject();
                x.put("id", e.eventId());
                x.put("phase", e.phase());
                x.put("quality", e.quality().id());
                x.put("samples", e.samples());
                num(x, "duration_s", e.durationS());
                num(x, "gap_fraction", e.gapFraction());
                num(x, "energy_j", e.energyJ());
                num(x, "j_per_token", e.jPerToken());
                x.put("file_quality", e.fileQuality());
            }
            ArrayNode ph = n.putArray("phases");
            for (PhaseEnergy p : a.phases()) {
                ObjectNode x = ph.addObject();
                x.put("phase", p.phase());
                x.put("events", p.events());
                x.put("good", p.good());
                x.put("gappy", p.gappy());
                x.put("no_data", p.noData());
                num(x, "energy_j", p.energyJ());
                x.put("tokens", p.tokens());
                num(x, "j_per_token", p.jPerToken());
            }
            ArrayNode notes = n.putArray("notes");
            a.notes().forEach(notes::add);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void baseline(ObjectNode n, IdleBaseline b) {
        n.put("source", b.source().id());
        num(n, "mean_w", b.meanW());
        num(n, "std_w", b.stdW());
        n.put("n", b.n());
        num(n, "median_w", b.medianW());
        num(n, "mad_w", b.madW());
        num(n, "start_s", b.startS());
        num(n, "end_s", b.endS());
        n.put("floor_suspect", b.floorSuspect());
        n.put("note", b.note());
    }

    static void print(List<TraceAnalysis> traces, PrintWriter out) {
        if (traces.isEmpty()) {
            out.println("no power traces in this folder");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (TraceAnalysis a : traces) {
            SamplingQuality q = a.sampling();
            rows.add(List.of(a.trace().label(), fmt(q.durationS()), Integer.toString(q.samples()),
                    fmt(q.dtMedianS()), q.gapCount() + " (max " + fmt(q.gapMaxS()) + ")", q.continuity().id(),
                    fmt(a.energyJ()), fmt(a.timeWeightedMeanW()), fmt(a.baseline().levelW()) + " "
                            + a.baseline().source().id(), fmt(a.heatSoak().equilibriumS())));
        }
        TextTable.print(out, List.of("trace", "duration_s", "samples", "median_dt_s", "gaps", "continuity",
                "energy_j", "tw_mean_w", "idle_w", "equilibrium_s"), rows);
        for (TraceAnalysis a : traces) {
            if (a.events().isEmpty() && a.notes().isEmpty()) {
                continue;
            }
            out.println();
            out.println(a.trace().label() + ": " + a.heatSoak().note());
            a.notes().forEach(s -> out.println("  note: " + s));
            List<List<String>> ev = new ArrayList<>();
            for (EventEnergy e : a.events()) {
                ev.add(List.of(e.eventId(), e.quality().id(), Integer.toString(e.samples()), fmt(e.durationS()),
                        fmt(e.energyJ()), fmt(e.jPerToken()), e.fileQuality()));
            }
            if (!ev.isEmpty()) {
                TextTable.print(out, List.of("event", "quality", "samples", "duration_s", "energy_j", "j_per_token",
                        "file_quality"), ev);
            }
        }
    }

    static void num(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, v);
        } else {
            n.putNull(field);
        }
    }
}
