package dev.chimera.workbench.ingest.tr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.model.FileKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * TR122 {@code baseline.json}: the idle-power baseline measured before the load. Its statistics go to the
 * summaries table (population "idle baseline window"), flags as 0/1 values.
 */
final class PhysicsBaselineReader implements FormatReader {
    static final String POPULATION = "idle baseline window";

    @Override
    public String id() {
        return "tr122.baseline.json";
    }

    @Override
    public String displayName() {
        return "TR122 idle baseline";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        var keys = probe.jsonTopLevelKeys();
        if (!keys.contains("idle_watts_mean")) {
            return 0;
        }
        int score = keys.contains("fake_idle_flag") ? 85 : 75;
        return probe.lowerName().equals("baseline.json") ? score + 4 : score;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        String text;
        try (BufferedReader r = ctx.openDocumentText()) {
            text = r.lines().collect(Collectors.joining("\n"));
        }
        JsonNode doc;
        try (com.fasterxml.jackson.core.JsonParser p = JsonSupport.mapper().createParser(text)) {
            try {
                doc = JsonSupport.mapper().readTree(p);
                JsonSupport.checkTrailing(ctx, p, -1);
            } catch (JsonProcessingException e) {
                var loc = JsonSupport.where(e, p);
                ctx.diagnostics().error(loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                        "not valid JSON: " + e.getOriginalMessage());
                return;
            }
        }
        if (doc == null || !doc.isObject()) {
            ctx.diagnostics().error(1, 1, "expected a JSON object");
            return;
        }
        ctx.addRecord();
        stat(ctx, text, doc, "idle_watts_mean", "idle_power_w", "mean", "W");
        stat(ctx, text, doc, "idle_watts_std", "idle_power_w", "std", "W");
        stat(ctx, text, doc, "idle_watts_min", "idle_power_w", "min", "W");
        stat(ctx, text, doc, "idle_watts_max", "idle_power_w", "max", "W");
        stat(ctx, text, doc, "idle_temp_c", "idle_temp_c", "mean", "°C");
        stat(ctx, text, doc, "idle_gpu_util_p95", "idle_gpu_util_pct", "p95", "%");
        stat(ctx, text, doc, "power_outlier_fraction", "power_outlier_fraction", "value", "");
        stat(ctx, text, doc, "fake_idle_flag", "fake_idle_flag", "value", "");
        stat(ctx, text, doc, "clock_varied", "clock_varied", "value", "");
        String reasons = JsonSupport.text(doc, "fake_idle_reasons");
        if (Boolean.TRUE.equals(JsonSupport.bool(doc, "fake_idle_flag"))) {
            ctx.diagnostics().warning(lineOf(text, "fake_idle_flag"), 0, "the harness flagged this idle baseline as"
                    + " not really idle" + (reasons == null || reasons.isBlank() ? "" : ": " + reasons));
        }
    }

    /** One summary row; booleans become 0/1 (JsonSupport.number maps true/false to 1/0). */
    private static void stat(ReadContext ctx, String text, JsonNode doc, String key, String metric,
                             String statistic, String unit) {
        if (!doc.has(key)) {
            return;
        }
        double v = JsonSupport.number(doc, key);
        if (Double.isNaN(v) && !doc.get(key).isNull()) {
            ctx.diagnostics().warning(lineOf(text, key), 0, key + " is not a number; skipped");
        }
        ctx.summary(lineOf(text, key), "", "", "", "", metric, statistic, v, unit, POPULATION);
    }

    /** 1-based line of a top-level key in the document text (the file is small), 0 when not found. */
    static long lineOf(String text, String key) {
        int at = text.indexOf("\"" + key + "\"");
        if (at < 0) {
            return 0;
        }
        long line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
