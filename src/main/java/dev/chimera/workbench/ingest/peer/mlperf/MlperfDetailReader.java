package dev.chimera.workbench.ingest.peer.mlperf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code mlperf_log_detail.txt} (peer-formats §8.2): one {@code :::MLLOG {json}} event per line. Result keys
 * become summaries (a key logged twice keeps its last value); error events are reported with their line.
 * LoadGen writes no per-sample records here, so the file adds no {@code runs} rows.
 */
final class MlperfDetailReader implements FormatReader {
    private static final String PREFIX = ":::MLLOG ";

    @Override
    public String id() {
        return "mlperf.detail";
    }

    @Override
    public String displayName() {
        return "MLPerf LoadGen detail log";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        if (!probe.firstNonBlankLine().startsWith(":::MLLOG {")) {
            return 0;
        }
        return probe.lowerName().equals("mlperf_log_detail.txt") ? 92 : 88;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        Map<String, String> text = new HashMap<>();
        MlperfStat.Collector stats = new MlperfStat.Collector();
        long records = 0;
        int errors = 0;
        boolean bug = false;
        try (BufferedReader r = ctx.openText()) {
            long lineNo = 0;
            String line = r.readLine();
            while (line != null) {
                lineNo++;
                String next = r.readLine();
                if ((lineNo & 0xFF) == 0) {
                    ctx.checkCancelled();
                }
                JsonNode ev = event(ctx, line, lineNo, next == null);
                line = next;
                if (ev == null) {
                    continue;
                }
                records++;
                String key = JsonSupport.text(ev, "key");
                JsonNode value = ev.get("value");
                if (key == null || value == null) {
                    continue;
                }
                if (Boolean.TRUE.equals(JsonSupport.bool(ev.get("metadata"), "is_error"))) {
                    errors++;
                    ctx.diagnostics().add(Severity.WARNING, lineNo, 1, "LoadGen error event " + key + ": "
                            + value.asText(), "LoadGen error event");
                }
                if (value.isValueNode()) {
                    text.put(key, value.asText());
                }
                MlperfStat stat = key.equals("result_validity")
                        ? MlperfStat.flag("x.mlperf.result_valid") : MlperfDetailKeys.of(key);
                if (stat != null) {
                    double v = key.equals("result_validity") ? (value.asText().equals("VALID") ? 1 : 0)
                            : JsonSupport.number(value);
                    stats.put(stat, v, lineNo, key);
                    bug |= key.equals(MlperfDetailKeys.TOKEN_THROUGHPUT_BUG);
                }
            }
        }
        if (bug) {
            ctx.diagnostics().warning(0, 0, MlperfDetailKeys.TOKEN_THROUGHPUT_BUG + " is tokens per nanosecond"
                    + " (LoadGen divides by the mean latency in ns); multiplied by 1e9 and loaded as"
                    + " x.mlperf.tps_without_loadgen_overhead in tokens/s");
        }
        String scenario = firstOf(text, "effective_scenario", "requested_scenario");
        String mode = firstOf(text, "effective_test_mode", "requested_test_mode");
        String sut = firstOf(text, "sut_name");
        String version = firstOf(text, "loadgen_version");
        String variant = "variant: MLPerf LoadGen detail log (MLLOG), loadgen " + (version.isEmpty() ? "?" : version)
                + ", scenario " + (scenario.isEmpty() ? "?" : scenario);
        ctx.diagnostics().info(variant);
        ctx.note(variant.substring("variant: ".length()) + (errors > 0 ? "; " + errors + " error events" : ""));
        stats.emit(ctx.stats(0).group(sut, "", scenario, mode).runLabel(sut + "/" + scenario + "/" + mode));
        ctx.addRecords(records);
    }

    private static JsonNode event(ReadContext ctx, String line, long lineNo, boolean last) {
        if (line.isBlank()) {
            return null;
        }
        if (!line.startsWith(PREFIX)) {
            ctx.diagnostics().add(Severity.WARNING, lineNo, 1, "not a ':::MLLOG {json}' line; skipped",
                    "not an MLLOG line");
            return null;
        }
        try {
            JsonNode n = JsonSupport.mapper().readTree(line.substring(PREFIX.length()));
            return n != null && n.isObject() ? n : null;
        } catch (JsonProcessingException e) {
            int col = e.getLocation() == null ? 1 : e.getLocation().getColumnNr() + PREFIX.length();
            if (last) {
                ctx.diagnostics().warning(lineNo, col, "last line is incomplete (log cut off); skipped");
            } else {
                ctx.diagnostics().add(Severity.ERROR, lineNo, col, "not valid JSON: " + e.getOriginalMessage(),
                        "not valid JSON");
            }
            return null;
        }
    }

    private static String firstOf(Map<String, String> text, String... keys) {
        for (String k : keys) {
            String v = text.get(k);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
