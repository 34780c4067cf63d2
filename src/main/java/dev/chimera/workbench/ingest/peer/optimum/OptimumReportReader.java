package dev.chimera.workbench.ingest.peer.optimum;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FolderIndex;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * optimum-benchmark reports (peer-formats §7): {@code benchmark.json} = {@code {config, report}}, and
 * {@code benchmark_report.json} = the bare report (a map target → {memory, latency, throughput, energy,
 * efficiency}). The bare report defers to a {@code benchmark.json} beside it, which holds the same numbers plus
 * the config (model, backend, shapes).
 */
final class OptimumReportReader implements FormatReader {
    static final Set<String> MEASUREMENTS = Set.of("memory", "latency", "throughput", "energy", "efficiency");
    private static final Set<String> TARGETS = Set.of("load", "load_model", "prefill", "decode", "per_token",
            "first_generate", "generate", "call", "first_call", "per_step", "forward", "first_forward");

    private final boolean wrapped;

    private OptimumReportReader(boolean wrapped) {
        this.wrapped = wrapped;
    }

    static OptimumReportReader benchmark() {
        return new OptimumReportReader(true);
    }

    static OptimumReportReader bareReport() {
        return new OptimumReportReader(false);
    }

    @Override
    public String id() {
        return wrapped ? "optimum-benchmark.benchmark.json" : "optimum-benchmark.report.json";
    }

    @Override
    public String displayName() {
        return wrapped ? "optimum-benchmark benchmark (JSON)" : "optimum-benchmark report (JSON)";
    }

    @Override
    public FileKind kind() {
        return FileKind.RUNS;
    }

    @Override
    public int detect(FileProbe probe) {
        Set<String> keys = probe.jsonTopLevelKeys();
        String head = probe.head();
        boolean measured = head.contains("\"latency\"") || head.contains("\"memory\"")
                || head.contains("\"throughput\"") || head.contains("\"energy\"");
        if (!measured) {
            return 0;
        }
        if (wrapped) {
            if (!keys.contains("config") || !keys.contains("report")) {
                return 0;
            }
            boolean config = head.contains("\"scenario\"") || head.contains("\"launcher\"")
                    || head.contains("\"optimum_benchmark_version\"");
            return !config ? 0 : probe.lowerName().equals("benchmark.json") ? 90 : 86;
        }
        if (keys.isEmpty() || keys.contains("config")) {
            return 0;
        }
        boolean named = probe.lowerName().equals("benchmark_report.json");
        if (keys.stream().allMatch(TARGETS::contains)) {
            return named ? 90 : 84;
        }
        // Under its own name, a report with a member we do not know (a newer version) is still a report.
        return named && keys.stream().filter(TARGETS::contains).count() >= 2 ? 80 : 0;
    }

    @Override
    public String duplicateOf(FileProbe probe, FolderIndex folder) {
        return wrapped ? null : folder.sibling(probe.relativePath(), "benchmark.json");
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        JsonNode root = JsonSupport.readDocument(ctx);
        if (root == null) {
            return;
        }
        JsonNode report = wrapped ? root.path("report") : root;
        JsonNode config = wrapped ? root.path("config") : null;
        if (!report.isObject()) {
            ctx.diagnostics().error(0, 0, "no report object; nothing loaded");
            return;
        }
        List<String> targets = new ArrayList<>();
        Iterator<String> names = report.fieldNames();
        while (names.hasNext()) {
            targets.add(names.next());
        }
        String variant = "variant: optimum-benchmark " + variant(targets, report)
                + versionOf(config) + " (targets " + String.join(", ", targets) + ")";
        ctx.diagnostics().info(variant);
        ctx.note(variant.substring("variant: ".length()));
        if (!wrapped) {
            ctx.diagnostics().info("bare report: model, backend and shapes are in benchmark_config.json,"
                    + " not read here");
        }
        new OptimumTargets(ctx, config).read(report, targets);
        ctx.addRecord();
    }

    /** Targets by version (§7.2 table); stdev_ appears from v0.5. */
    private static String variant(List<String> targets, JsonNode report) {
        if (targets.contains("load_model")) {
            boolean firstCalls = targets.stream().anyMatch(t -> t.startsWith("first_"));
            return firstCalls ? "v0.6.x layout" : "v0.5.x layout";
        }
        if (targets.contains("load")) {
            return "v0.4.x layout";
        }
        return report.toString().contains("\"stdev_\"") ? "v0.5+ layout without load target" : "v0.2–v0.3 layout";
    }

    private static String versionOf(JsonNode config) {
        String v = config == null ? null : JsonSupport.text(config.path("environment"), "optimum_benchmark_version");
        return v == null ? "" : ", optimum_benchmark_version " + v;
    }
}
