package dev.chimera.workbench.ingest.telemetry;

import dev.chimera.workbench.model.PowerColumns;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The field-name line of {@code nvidia-smi dmon} ("# gpu pwr gtemp ..." or, with {@code -o DT},
 * "#Date Time gpu pwr ..."; comma-separated with {@code --format csv}). Columns are mapped by name, never by
 * position: the set depends on {@code -s} groups and the driver (peer-formats §1.2).
 */
final class DmonHeader {
    /** Field names of the dmon metric groups p, u, c, v, m, e, t (any driver), used to recognise a header. */
    private static final Set<String> KNOWN = Set.of("pwr", "gtemp", "mtemp", "sm", "mem", "enc", "dec", "jpg",
            "ofa", "mclk", "pclk", "gclk", "pviol", "tviol", "fb", "bar1", "ccpm", "sbecc", "dbecc", "pci", "rxpci",
            "txpci");

    private final String[] fields;
    private final String[] targets;
    private final boolean csv;
    private final int gpu;
    private final int date;
    private final int time;

    private DmonHeader(String[] fields, boolean csv) {
        this.fields = fields;
        this.csv = csv;
        this.targets = new String[fields.length];
        int g = -1;
        int d = -1;
        int t = -1;
        Set<String> used = new HashSet<>();
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i].toLowerCase(Locale.ROOT);
            if (f.equals("gpu") && g < 0) {
                g = i;
            } else if (f.equals("date") && d < 0) {
                d = i;
            } else if (f.equals("time") && t < 0) {
                t = i;
            }
            String target = target(f);
            targets[i] = used.add(target) ? target : target + "_" + (i + 1); // a field twice keeps both
            used.add(targets[i]);
        }
        this.gpu = g;
        this.date = d;
        this.time = t;
    }

    /**
     * Parses a header line ("# gpu pwr ...", "#Date Time gpu ...", "#gpu, pwr, ..."); null when the line is a
     * units line or any other comment.
     */
    static DmonHeader parse(String line) {
        String body = line.strip();
        if (body.startsWith("#")) {
            body = body.substring(1);
        }
        boolean csv = body.contains(",");
        String[] tokens = TelemetryText.tokens(body, csv);
        if (tokens.length < 2) {
            return null;
        }
        String first = tokens[0].toLowerCase(Locale.ROOT);
        if (!first.equals("gpu") && !first.equals("date") && !first.equals("time")) {
            return null;
        }
        if (Arrays.stream(tokens).noneMatch(tk -> tk.equalsIgnoreCase("gpu"))) {
            return null;
        }
        return new DmonHeader(tokens, csv);
    }

    /** Detection: a header whose fields after gpu are (mostly) dmon fields. */
    static boolean looksLikeHeader(String line) {
        DmonHeader h = parse(line);
        if (h == null) {
            return false;
        }
        long known = Arrays.stream(h.fields).filter(f -> KNOWN.contains(f.toLowerCase(Locale.ROOT))).count();
        return known >= 1 && known >= (h.fields.length - 3) / 2;
    }

    /** The units line under the header: "# Idx W C ...", "#YYYYMMDD HH:MM:SS Idx ...", "#   W   C ...". */
    static boolean looksLikeUnits(String line) {
        String t = line.strip();
        return t.startsWith("#") && parse(t) == null;
    }

    /** dmon field → power column (peer-formats §1.2); unknown fields keep their sanitised name. */
    private static String target(String f) {
        return switch (f) {
            case "gpu" -> PowerColumns.GPU;
            case "date" -> "date";
            case "time" -> "time";
            case "pwr" -> PowerColumns.POWER_W;
            case "gtemp" -> PowerColumns.TEMP_C;
            case "sm" -> PowerColumns.UTIL_PCT; // the same counter as utilization.gpu
            case "fb" -> PowerColumns.MEM_MIB; // labelled MB; nvidia-smi memory MB are MiB
            case "pclk", "gclk" -> PowerColumns.SM_CLOCK_MHZ;
            case "mem" -> "mem_util_pct"; // memory-controller busy %, not memory used
            case "mclk" -> "mem_clock_mhz";
            case "mtemp" -> "mem_temp_c";
            default -> GpuTraceWriter.extraName(f);
        };
    }

    int size() {
        return fields.length;
    }

    String field(int i) {
        return fields[i];
    }

    String target(int i) {
        return targets[i];
    }

    boolean csv() {
        return csv;
    }

    int gpuIndex() {
        return gpu;
    }

    int dateIndex() {
        return date;
    }

    int timeIndex() {
        return time;
    }

    boolean isMetric(int i) {
        return i != gpu && i != date && i != time;
    }

    List<String> fields() {
        return List.of(fields);
    }

    boolean sameFields(DmonHeader other) {
        return other != null && Arrays.equals(fields, other.fields);
    }
}
