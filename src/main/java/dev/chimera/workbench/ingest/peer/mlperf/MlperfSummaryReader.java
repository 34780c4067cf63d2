package dev.chimera.workbench.ingest.peer.mlperf;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.ValueParsers;
import dev.chimera.workbench.model.FileKind;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * {@code mlperf_log_summary.txt} (peer-formats §8.1): {@code key : value} lines in banner sections. Each line is
 * split at the first ':' and trimmed; latencies are integer ns (→ ms); percentiles are LoadGen's
 * sorted[floor(n·p)]. Test parameters are run settings, not results, and are only counted.
 */
final class MlperfSummaryReader implements FormatReader {
    private static final String RESULTS = "MLPerf Results Summary";
    private static final String PARAMETERS = "Test Parameters Used";

    @Override
    public String id() {
        return "mlperf.summary";
    }

    @Override
    public String displayName() {
        return "MLPerf LoadGen summary log";
    }

    @Override
    public FileKind kind() {
        return FileKind.SUMMARY;
    }

    @Override
    public int detect(FileProbe probe) {
        for (String l : probe.lines()) {
            if (l.trim().equals(RESULTS)) {
                return probe.lowerName().equals("mlperf_log_summary.txt") ? 92 : 88;
            }
        }
        return 0;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        String sut = "";
        String scenario = "";
        String mode = "";
        String section = "";
        boolean perQuery = false;
        boolean bannerOpen = false;
        int parameters = 0;
        long records = 0;
        MlperfStat.Collector stats = new MlperfStat.Collector();
        try (BufferedReader r = ctx.openText()) {
            long lineNo = 0;
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String t = line.trim();
                if (t.matches("=+")) {
                    bannerOpen = !bannerOpen;
                    continue;
                }
                if (bannerOpen) {
                    section = t; // the title between two banner lines
                    perQuery = false;
                    continue;
                }
                int colon = t.indexOf(':');
                if (t.isEmpty() || t.startsWith("*") || colon < 0) {
                    continue;
                }
                String key = t.substring(0, colon).trim();
                String value = t.substring(colon + 1).trim();
                if (key.equalsIgnoreCase("Per-query latency")) {
                    perQuery = true;
                    continue;
                }
                if (value.isEmpty()) {
                    continue; // "TTFT Early Stopping Result:", "Recommendations:" headers
                }
                records++;
                if (section.equals(PARAMETERS)) {
                    parameters++;
                    continue;
                }
                switch (key) {
                    case "SUT name" -> sut = value;
                    case "Scenario" -> scenario = value;
                    case "Mode" -> mode = value;
                    case "Result is" -> stats.put(MlperfStat.flag("x.mlperf.result_valid"),
                            value.equalsIgnoreCase("VALID") ? 1 : 0, lineNo, key);
                    default -> numeric(ctx, stats, key, value, lineNo,
                            perQuery || scenario.replace(" ", "").equals("MultiStream") && key.contains("th percentile"));
                }
            }
        }
        String variant = "variant: MLPerf LoadGen summary, scenario " + (scenario.isEmpty() ? "?" : scenario)
                + (scenario.contains(" ") ? " (pre-new-logging-format scenario name)" : "")
                + (stats.has("ttft") ? ", with LLM token latencies" : "");
        ctx.diagnostics().info(variant);
        ctx.note(variant.substring("variant: ".length()) + "; " + parameters + " test parameters not loaded");
        stats.emit(ctx.stats(0).group(sut, "", scenario, mode).runLabel(sut + "/" + scenario + "/" + mode));
        ctx.addRecords(records);
    }

    private static void numeric(ReadContext ctx, MlperfStat.Collector stats, String key, String value, long line,
                                boolean perQuery) {
        if (value.equalsIgnoreCase("Yes") || value.equals("NO") || value.equalsIgnoreCase("No")) {
            // validity sub-checks; LoadGen writes "Yes" / "NO"
            stats.put(MlperfStat.flag("x.mlperf." + MlperfSummaryKeys.slug(key)),
                    value.equalsIgnoreCase("Yes") ? 1 : 0, line, key);
            return;
        }
        double v = ValueParsers.parseDoubleOrNaN(value);
        if (Double.isNaN(v)) {
            ctx.diagnostics().add(dev.chimera.workbench.model.Severity.INFO, line, 1,
                    "'" + key + "' is not a number ('" + value + "'); not loaded", "non-numeric summary value");
            return;
        }
        MlperfStat stat = MlperfSummaryKeys.of(key, perQuery);
        if (stat == null) {
            boolean ns = key.contains("(ns)");
            stat = new MlperfStat("x.mlperf." + MlperfSummaryKeys.slug(key), "value", ns ? "ms" : "", 1, ns ? 1e6 : 1);
        }
        stats.put(stat, v, line, key);
    }
}
