package dev.chimera.workbench.ingest.telemetry;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.PowerColumns;
import dev.chimera.workbench.model.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Saved DCGM exporter scrapes (Prometheus text, peer-formats §1.3), one or several concatenated. Every GPU's
 * metrics of one scrape become one power row; a scrape ends for a GPU when one of its metrics appears again.
 * The exposition carries no time unless a sample has the optional timestamp: then t_s and timestamp_epoch_ms
 * come from it, else t_s stays missing. Energy (mJ since driver load) becomes energy_j in J.
 */
public final class DcgmExporterReader implements FormatReader {
    private static final Pattern SAMPLE_LINE = Pattern.compile("^DCGM_FI_[A-Z0-9_]+\\{.*");
    private static final Pattern META_LINE = Pattern.compile("^#\\s*(HELP|TYPE)\\s+DCGM_FI_.*");

    @Override
    public String id() {
        return "dcgm.exporter";
    }

    @Override
    public String displayName() {
        return "DCGM exporter scrape (Prometheus text)";
    }

    @Override
    public FileKind kind() {
        return FileKind.POWER;
    }

    @Override
    public int detect(FileProbe probe) {
        // peer-formats §0.5 step 2: "# HELP DCGM_FI_..." or "DCGM_FI_...{" lines
        for (String l : probe.lines()) {
            String t = l.strip();
            if (META_LINE.matcher(t).matches() || SAMPLE_LINE.matcher(t).matches()) {
                return 92;
            }
        }
        return 0;
    }

    /** The metrics of one GPU in one scrape, kept raw until all are seen. */
    private static final class Sample {
        final long line;
        final String key;
        final String gpu;
        final Map<String, String> labels;
        final Map<String, Cell> cells = new LinkedHashMap<>();
        Long timestampMs;

        Sample(long line, String key, String gpu, Map<String, String> labels) {
            this.line = line;
            this.key = key;
            this.gpu = gpu;
            this.labels = labels;
        }
    }

    private record Cell(String metric, String value, double scale, long line, int column) {
    }

    /** Per-file state. */
    private static final class State {
        final List<Sample> samples = new ArrayList<>();
        final Map<String, Sample> open = new HashMap<>();
        final Map<String, Integer> perGpu = new LinkedHashMap<>();
        final Set<String> labelNames = new LinkedHashSet<>();
        long sampleLines;
        long withoutGpu;
        String exampleWithoutGpu = "";
        boolean meta;
        boolean timestamps;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        State st = new State();
        TelemetryText.forEachLine(ctx, (lineNo, line, last) -> {
            String t = line.strip();
            if (t.isEmpty()) {
                return;
            }
            if (t.startsWith("#")) {
                st.meta |= META_LINE.matcher(t).matches();
                return;
            }
            st.sampleLines++;
            PrometheusSample s = PrometheusSample.parse(line);
            if (!s.ok()) {
                if (last) {
                    ctx.diagnostics().warning(lineNo, s.errorColumn(), "last line is incomplete (scrape cut off);"
                            + " skipped");
                } else {
                    ctx.diagnostics().add(Severity.ERROR, lineNo, s.errorColumn(), "not a Prometheus sample line"
                            + " (name{labels} value [timestamp]); skipped", "malformed sample line");
                }
                return;
            }
            add(st, lineNo, line, s);
        });
        if (st.withoutGpu > 0) {
            ctx.diagnostics().info(st.withoutGpu + " sample lines without a gpu/UUID label (e.g. "
                    + st.exampleWithoutGpu + ") are not GPU telemetry; ignored");
        }
        GpuTraceWriter out = new GpuTraceWriter(ctx, Double.NaN);
        for (Sample s : st.samples) {
            emit(out, st, s);
        }
        ctx.addRecords(out.rows());
        String variant = variant(st);
        ctx.diagnostics().info("variant: " + variant);
        ctx.note(variant);
        if (!st.timestamps && !st.samples.isEmpty()) {
            out.reportNoClock("the scrape", "");
        }
        out.reportMissing();
    }

    private static void add(State st, long lineNo, String line, PrometheusSample s) {
        Map<String, String> labels = s.labels();
        String uuid = label(labels, "UUID", "uuid");
        String index = labels.get("gpu");
        if (index == null && uuid == null) {
            if (st.withoutGpu++ == 0) {
                st.exampleWithoutGpu = s.name();
            }
            return;
        }
        st.labelNames.addAll(labels.keySet());
        String gpu = index != null ? index : uuid;
        String instance = labels.get("GPU_I_ID");
        if (instance != null && !instance.isEmpty()) {
            gpu = gpu + ":" + instance; // a MIG instance of that GPU
        }
        String host = label(labels, "Hostname", "hostname");
        String key = (host == null ? "" : host) + "\u0000" + gpu;
        Metric m = metric(s.name());
        Sample open = st.open.get(key);
        if (open == null || open.cells.containsKey(m.target())) {
            open = new Sample(lineNo, key, gpu, labels);
            st.open.put(key, open);
            st.samples.add(open);
            st.perGpu.merge(key, 1, Integer::sum);
        }
        int column = line.lastIndexOf(s.value(), s.timestampMs() == null ? line.length() : line.lastIndexOf(' '))
                + 1;
        open.cells.put(m.target(), new Cell(s.name(), s.value(), m.scale(), lineNo, column));
        if (s.timestampMs() != null) {
            st.timestamps = true;
            if (open.timestampMs == null) {
                open.timestampMs = s.timestampMs();
            }
        }
    }

    private static void emit(GpuTraceWriter out, State st, Sample s) {
        TableBuffer b;
        if (st.timestamps) {
            b = out.row(s.line, s.gpu, s.timestampMs == null ? Double.NaN : s.timestampMs);
            b.set("timestamp_epoch_ms", s.timestampMs == null ? Double.NaN : s.timestampMs);
        } else {
            b = out.untimedRow(s.line, s.gpu);
        }
        setLabel(b, "gpu_uuid", label(s.labels, "UUID", "uuid"));
        setLabel(b, "gpu_name", s.labels.get("modelName"));
        setLabel(b, "pci_bus_id", s.labels.get("pci_bus_id"));
        setLabel(b, "device", s.labels.get("device"));
        setLabel(b, "hostname", label(s.labels, "Hostname", "hostname"));
        setLabel(b, "gpu_i_profile", s.labels.get("GPU_I_PROFILE"));
        for (Map.Entry<String, Cell> e : s.cells.entrySet()) {
            Cell c = e.getValue();
            double v = out.number(c.metric(), e.getKey(), c.value(), c.scale(), c.line(), c.column());
            if (e.getKey().equals(GpuTraceWriter.ENERGY_J)) {
                out.energy(b, s.gpu, v, c.line(), c.column());
            } else {
                b.set(e.getKey(), v);
            }
        }
    }

    private static void setLabel(TableBuffer b, String column, String value) {
        if (value != null) {
            b.set(column, value);
        }
    }

    private static String label(Map<String, String> labels, String name, String oldName) {
        String v = labels.get(name);
        return v != null ? v : labels.get(oldName);
    }

    private static String variant(State st) {
        int scrapes = st.perGpu.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        String uuidLabel = st.labelNames.contains("UUID") ? "UUID" : st.labelNames.contains("uuid") ? "uuid (older"
                + " exporter)" : "none";
        return "DCGM exporter Prometheus text, " + scrapes + " scrape(s) of " + st.perGpu.size() + " GPU(s) in "
                + st.sampleLines + " sample lines, "
                + (st.meta ? "with" : "without") + " # HELP/# TYPE lines, uuid label " + uuidLabel
                + (st.labelNames.contains("GPU_I_ID") ? ", MIG instances" : "")
                + ", sample timestamps " + (st.timestamps ? "present" : "absent");
    }

    /** Where a DCGM field goes and the factor to its canonical unit. */
    private record Metric(String target, double scale) {
    }

    /** DCGM field → power column (peer-formats §1.3); other fields keep their sanitised name. */
    static Metric metric(String name) {
        switch (name) {
            case "DCGM_FI_DEV_POWER_USAGE":
                return new Metric(PowerColumns.POWER_W, 1);
            case "DCGM_FI_DEV_POWER_USAGE_INSTANT":
                return new Metric("power_instant_w", 1);
            case "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION":
                return new Metric(GpuTraceWriter.ENERGY_J, 0.001); // mJ since driver load
            case "DCGM_FI_DEV_GPU_UTIL":
                return new Metric(PowerColumns.UTIL_PCT, 1);
            case "DCGM_FI_DEV_MEM_COPY_UTIL":
                return new Metric("mem_util_pct", 1);
            case "DCGM_FI_DEV_FB_USED":
                return new Metric(PowerColumns.MEM_MIB, 1);
            case "DCGM_FI_DEV_FB_FREE":
                return new Metric("fb_free_mib", 1);
            case "DCGM_FI_DEV_FB_RESERVED":
                return new Metric("fb_reserved_mib", 1);
            case "DCGM_FI_DEV_GPU_TEMP":
                return new Metric(PowerColumns.TEMP_C, 1);
            case "DCGM_FI_DEV_MEMORY_TEMP":
                return new Metric("mem_temp_c", 1);
            case "DCGM_FI_DEV_SM_CLOCK":
                return new Metric(PowerColumns.SM_CLOCK_MHZ, 1);
            case "DCGM_FI_DEV_MEM_CLOCK":
                return new Metric("mem_clock_mhz", 1);
            default:
                break;
        }
        String rest = name.startsWith("DCGM_FI_") ? name.substring("DCGM_FI_".length()) : name;
        String extra = GpuTraceWriter.extraName(rest.toLowerCase(Locale.ROOT));
        if (rest.startsWith("PROF_") && (rest.endsWith("_ACTIVE") || rest.endsWith("_OCCUPANCY"))) {
            return new Metric(extra + "_pct", 100); // profiling ratios 0–1 → %
        }
        return new Metric(extra, 1);
    }
}
