package dev.chimera.workbench.ingest.peer.optimum;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.SummaryRow;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.model.RunColumns;
import java.util.List;
import java.util.Locale;

/**
 * One report's targets: each latency value (seconds, one per call of a whole batch) becomes a {@code runs} row in
 * ms with mode = the target; the target's own aggregates become summaries (numpy linear percentiles, population
 * std), memory MB (10^6 B) converted to MiB and energy kWh to J.
 */
final class OptimumTargets {
    private static final double MB_TO_MIB = 1e6 / (1 << 20);
    private static final double KWH_TO_J = 3.6e6;

    private final ReadContext ctx;
    private final String backend;
    private final String model;
    private final String label;
    private final int batchSize;
    private final int sequenceLength;
    private final int newTokens;

    OptimumTargets(ReadContext ctx, JsonNode config) {
        this.ctx = ctx;
        JsonNode be = config == null ? null : config.path("backend");
        JsonNode shapes = config == null ? null : config.path("scenario").path("input_shapes");
        JsonNode gen = config == null ? null : config.path("scenario").path("generate_kwargs");
        this.backend = orEmpty(JsonSupport.text(be, "name"));
        this.model = orEmpty(JsonSupport.text(be, "model"));
        this.batchSize = JsonSupport.integer(shapes, "batch_size");
        this.sequenceLength = JsonSupport.integer(shapes, "sequence_length");
        int max = JsonSupport.integer(gen, "max_new_tokens");
        int min = JsonSupport.integer(gen, "min_new_tokens");
        this.newTokens = max != Integer.MIN_VALUE && max == min ? max : Integer.MIN_VALUE; // fixed length only
        String name = config == null ? null : JsonSupport.text(config, "name");
        StringBuilder l = new StringBuilder(name == null ? ctx.relativePath() : name);
        append(l, "bs", batchSize);
        append(l, "seq", sequenceLength);
        append(l, "new", max);
        this.label = l.toString();
    }

    void read(JsonNode report, List<String> targets) {
        for (String target : targets) {
            JsonNode t = report.get(target);
            if (t == null || !t.isObject()) {
                continue;
            }
            latency(target, t.path("latency"));
            scalar(target, t.path("throughput"), "throughput");
            scalar(target, t.path("efficiency"), "efficiency");
            memory(target, t.path("memory"));
            energy(target, t.path("energy"));
        }
    }

    /** load_model (v0.5+) is the same phase as load (v0.4). */
    private static String mode(String target) {
        return target.equals("load_model") ? "load" : target;
    }

    private SummaryRow row(String target) {
        return ctx.stats(0).group(backend, model, null, mode(target)).runLabel(label).population("all");
    }

    private void latency(String target, JsonNode lat) {
        if (!lat.isObject()) {
            return;
        }
        double f = factorToMs(target, JsonSupport.text(lat, "unit"));
        JsonNode values = lat.path("values");
        for (int i = 0; values.isArray() && i < values.size(); i++) {
            double ms = JsonSupport.number(values.get(i)) * f;
            TableBuffer b = ctx.newRunRow(0);
            b.set(RunColumns.RUN_ID, ctx.relativePath() + "#" + target);
            b.set(RunColumns.RUN_LABEL, label);
            b.set(RunColumns.BACKEND, backend);
            b.set(RunColumns.MODEL, model);
            b.set(RunColumns.MODE, mode(target));
            b.set(RunColumns.BATCH_SIZE, batchSize);
            b.set(RunColumns.SAMPLE_IDX, i);
            b.set(RunColumns.LATENCY_MS, ms);
            b.set(RunColumns.STATUS, "ok");
            b.set("optimum_target", target);
            if (target.equals("prefill") || target.equals("decode") || target.endsWith("generate")) {
                b.set(RunColumns.PROMPT_TOKENS, sequenceLength);
                b.set(RunColumns.GEN_TOKENS, genTokens(target));
            }
        }
        // canonical names only where the quantity really is per request (batch 1), §7.3
        String metric = batchSize == 1 && target.equals("prefill") ? "ttft"
                : batchSize == 1 && target.equals("per_token") ? "tpot" : "x.optimum." + target + "_latency";
        SummaryRow r = row(target).metric(metric, "ms").pctlMethod("linear").stdKind("population");
        String base = target + ".latency.";
        for (String stat : new String[] {"mean", "p50", "p90", "p95", "p99"}) {
            r.nativeKey(base + stat).add(stat, JsonSupport.number(lat, stat) * f);
        }
        r.nativeKey(base + "stdev").add("std", JsonSupport.number(lat, "stdev") * f);
        r.nativeKey(base + "total").add("sum", JsonSupport.number(lat, "total") * f);
        r.metric(metric, "").nativeKey(base + "count").add("count", JsonSupport.number(lat, "count"));
    }

    private int genTokens(String target) {
        if (newTokens == Integer.MIN_VALUE) {
            return Integer.MIN_VALUE;
        }
        return target.equals("prefill") ? 1 : target.equals("decode") ? newTokens - 1 : newTokens;
    }

    private double factorToMs(String target, String unit) {
        if (unit == null || unit.equals("s")) {
            return 1000;
        }
        if (unit.equals("ms")) {
            return 1;
        }
        ctx.diagnostics().warning(0, 0, target + ".latency unit '" + unit + "' not known; values taken as seconds");
        return 1000;
    }

    private void scalar(String target, JsonNode m, String what) {
        if (!m.isObject()) {
            return;
        }
        row(target).metric("x.optimum." + target + "_" + what, orEmpty(JsonSupport.text(m, "unit")))
                .nativeKey(target + "." + what + ".value").add("value", JsonSupport.number(m, "value"));
    }

    private void memory(String target, JsonNode m) {
        if (!m.isObject()) {
            return;
        }
        String unit = JsonSupport.text(m, "unit");
        boolean mb = unit == null || unit.equals("MB");
        if (!mb) {
            ctx.diagnostics().warning(0, 0, target + ".memory unit '" + unit + "' is not MB; kept unconverted");
        }
        String[][] fields = {{"max_global_vram", "gpu_mem_used"}, {"max_process_vram", "x.optimum.process_vram"},
                {"max_reserved", "x.optimum.torch_reserved"}, {"max_allocated", "x.optimum.torch_allocated"},
                {"max_ram", "x.optimum.ram"}};
        for (String[] f : fields) {
            row(target).metric(f[1], mb ? "MiB" : unit).nativeKey(target + ".memory." + f[0])
                    .add("max", JsonSupport.number(m, f[0]) * (mb ? MB_TO_MIB : 1));
        }
    }

    /** Energy per call (the tracked loop's energy ÷ calls), kWh → J. */
    private void energy(String target, JsonNode m) {
        if (!m.isObject()) {
            return;
        }
        String unit = JsonSupport.text(m, "unit");
        boolean kwh = unit == null || unit.toLowerCase(Locale.ROOT).equals("kwh");
        double f = kwh ? KWH_TO_J : 1;
        String u = kwh ? "J" : unit;
        String[][] fields = {{"gpu", "gpu_energy"}, {"cpu", "x.optimum.cpu_energy"}, {"ram", "x.optimum.ram_energy"},
                {"total", "x.optimum.energy_total"}};
        for (String[] fl : fields) {
            row(target).metric(fl[1], u).nativeKey(target + ".energy." + fl[0])
                    .add("mean", JsonSupport.number(m, fl[0]) * f);
        }
    }

    private static void append(StringBuilder l, String key, int v) {
        if (v != Integer.MIN_VALUE) {
            l.append(' ').append(key).append('=').append(v);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
