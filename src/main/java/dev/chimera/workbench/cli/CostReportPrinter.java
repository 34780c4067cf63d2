package dev.chimera.workbench.cli;

import static dev.chimera.workbench.cli.PowerReport.num;
import static dev.chimera.workbench.cli.SummaryReport.fmt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.cost.CostReport;
import dev.chimera.workbench.cost.CostRow;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a {@link CostReport} as JSON or as a table. */
final class CostReportPrinter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CostReportPrinter() {
    }

    static String toJson(CostReport r, String source) {
        ObjectNode root = JSON.createObjectNode();
        root.put("tier", r.tier().id());
        root.put("usd_per_hour", r.tier().usdPerHour());
        root.put("usd_per_kwh", r.pricing().usdPerKwh());
        root.put("gco2e_per_kwh", r.pricing().gco2ePerKwh());
        root.put("aggregation", r.aggregation().id());
        root.put("source", source);
        ArrayNode rows = root.putArray("rows");
        for (CostRow c : r.scenarios()) {
            row(rows.addObject(), c);
        }
        for (CostRow c : r.aggregates()) {
            row(rows.addObject(), c);
        }
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(ObjectNode n, CostRow c) {
        n.put("backend", c.backend());
        n.put("mode", c.mode());
        n.put("scenario", c.scenario());
        if (!c.aggregation().isEmpty()) {
            n.put("aggregation", c.aggregation());
        }
        num(n, "tokens_per_s", c.tokensPerS());
        num(n, "power_w", c.powerW());
        n.put("power_source", c.powerSource().id());
        num(n, "infra_usd_per_1m", c.infraUsdPer1m());
        num(n, "energy_kwh_per_1m", c.energyKwhPer1m());
        num(n, "energy_usd_per_1m", c.energyUsdPer1m());
        num(n, "usd_per_1m", c.usdPer1m());
        num(n, "energy_share", c.energyShare());
        num(n, "gco2e_per_1m", c.gco2ePer1m());
        num(n, "tokens_per_kwh", c.tokensPerKwh());
        n.put("runs", c.runs());
    }

    static void print(CostReport r, String source, PrintWriter out) {
        out.println(String.format(Locale.ROOT, "tier %s ($%s/h), $%s/kWh, %s gCO2e/kWh; aggregate: %s; source: %s",
                r.tier().id(), fmt(r.tier().usdPerHour()), fmt(r.pricing().usdPerKwh()),
                fmt(r.pricing().gco2ePerKwh()), r.aggregation().id(), source));
        List<List<String>> rows = new ArrayList<>();
        List<CostRow> all = new ArrayList<>(r.scenarios());
        all.addAll(r.aggregates());
        for (CostRow c : all) {
            rows.add(List.of(c.backend(), c.mode(), c.scenario(), fmt(c.tokensPerS()),
                    fmt(c.powerW()) + " " + c.powerSource().id(), fmt(c.usdPer1m()),
                    String.format(Locale.ROOT, "%.2f%%", 100 * c.energyShare()), fmt(c.gco2ePer1m())));
        }
        TextTable.print(out, List.of("backend", "mode", "scenario", "tokens_per_s", "power_w", "usd_per_1m",
                "energy_share", "gco2e_per_1m"), rows);
        r.notes().forEach(s -> out.println("note: " + s));
    }
}
