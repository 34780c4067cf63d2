package dev.chimera.workbench.ingest.peer.aiperf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.PowerColumns;
import dev.chimera.workbench.model.Severity;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * AIPerf {@code gpu_telemetry_export.jsonl} (§3.5): one line per GPU per collection cycle, epoch-ns
 * {@code timestamp_ns}, {@code telemetry_data} under the older keys ({@code gpu_power_usage}) or the newest
 * namespaced ones ({@code nvidia_power_usage}, {@code amd_power}). Memory is GB (decimal) → MiB, the energy
 * counter MJ (cumulative since driver load) → J; other fields become extra columns with their unit suffix.
 */
final class AiperfTelemetryReader implements FormatReader {

    @Override
    public String id() {
        return "aiperf.gpu_telemetry.jsonl";
    }

    @Override
    public String displayName() {
        return "AIPerf GPU telemetry (JSONL)";
    }

    @Override
    public FileKind kind() {
        return FileKind.POWER;
    }

    @Override
    public int detect(FileProbe probe) {
        JsonNode first = probe.firstJsonLine();
        if (first == null || !first.has("timestamp_ns") || !first.has("telemetry_data")
                || !first.has("gpu_uuid") && !first.has("gpu_index")) {
            return 0;
        }
        return probe.lowerName().equals("gpu_telemetry_export.jsonl") ? 92 : 88;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        Map<String, Long> firstNs = new HashMap<>();
        Map<String, Double> lastEnergy = new HashMap<>();
        boolean[] namespaced = {false};
        boolean[] sourceUrl = {false};
        long n = JsonSupport.forEachLine(ctx, (line, node) -> {
            JsonNode ts = node.get("timestamp_ns");
            String gpu = JsonSupport.text(node, "gpu_index");
            if (gpu == null) {
                gpu = JsonSupport.text(node, "gpu_uuid");
            }
            TableBuffer b = ctx.newPowerRow(line);
            b.set(PowerColumns.GPU, gpu == null ? "0" : gpu);
            if (ts != null && ts.isNumber()) {
                long ns = ts.asLong();
                long origin = firstNs.computeIfAbsent(gpu == null ? "0" : gpu, g -> ns);
                b.set(PowerColumns.T_S, (ns - origin) / 1e9);
                b.set("timestamp_epoch_ms", ns / 1_000_000 + (ns % 1_000_000) / 1e6);
            } else {
                b.set(PowerColumns.T_S, Double.NaN);
                ctx.diagnostics().add(Severity.WARNING, line, 0, "no timestamp_ns; t_s left empty", "no timestamp_ns");
            }
            b.set("gpu_uuid", nz(JsonSupport.text(node, "gpu_uuid")));
            b.set("gpu_name", nz(JsonSupport.text(node, "gpu_model_name")));
            b.set("hostname", nz(JsonSupport.text(node, "hostname")));
            String url = JsonSupport.text(node, "telemetry_source_url");
            sourceUrl[0] |= url != null;
            b.set("telemetry_source", nz(url != null ? url : JsonSupport.text(node, "dcgm_url")));
            namespaced[0] |= values(ctx, line, b, node.path("telemetry_data"), lastEnergy, gpu);
        });
        ctx.addRecords(n);
        ctx.diagnostics().info("variant: AIPerf GPU telemetry, " + (namespaced[0]
                ? "namespaced keys (nvidia_* / amd_*)" : "older keys (gpu_power_usage ...)")
                + (sourceUrl[0] ? ", telemetry_source_url" : ", dcgm_url"));
        ctx.note(firstNs.size() + " GPU(s); energy_j is the cumulative counter (since driver load)");
    }

    /** Fills the measurement columns; returns true when the keys were namespaced. */
    private static boolean values(ReadContext ctx, long line, TableBuffer b, JsonNode data,
                                  Map<String, Double> lastEnergy, String gpu) {
        boolean namespaced = false;
        double power = Double.NaN;
        double util = Double.NaN;
        double mem = Double.NaN;
        double temp = Double.NaN;
        double clock = Double.NaN;
        double energy = Double.NaN;
        Iterator<Map.Entry<String, JsonNode>> it = data.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            namespaced |= key.startsWith("nvidia_") || key.startsWith("amd_");
            double v = JsonSupport.number(e.getValue());
            switch (MetricNames.telemetry(key, "aiperf")) {
                case "gpu_power" -> power = v;
                case "gpu_util" -> util = v;
                case "gpu_mem_used" -> mem = v * PerfUnits.MIB_PER_GB;
                case "gpu_temp" -> temp = v;
                case "sm_clock" -> clock = v;
                case "gpu_energy" -> energy = v * PerfUnits.J_PER_MJ;
                default -> b.set(extraName(MetricNames.telemetryField(key)), v);
            }
        }
        b.set(PowerColumns.POWER_W, power);
        b.set(PowerColumns.UTIL_PCT, util);
        b.set(PowerColumns.MEM_MIB, mem);
        b.set(PowerColumns.TEMP_C, temp);
        b.set(PowerColumns.SM_CLOCK_MHZ, clock);
        b.set("energy_j", energy);
        if (!Double.isNaN(energy)) {
            Double before = lastEnergy.put(gpu == null ? "0" : gpu, energy);
            if (before != null && energy < before) {
                ctx.diagnostics().add(Severity.WARNING, line, 0, "energy counter of GPU " + gpu
                        + " went down (driver reload?); deltas across this point are not energy",
                        "energy counter reset");
            }
        }
        return namespaced;
    }

    /** Extra column name with the field's unit (§3.5 table). */
    private static String extraName(String field) {
        if (field.endsWith("utilization") || field.endsWith("activity")) {
            return field + "_pct";
        }
        return field.equals("power_violation") ? "power_violation_us" : field;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
