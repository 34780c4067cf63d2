package dev.chimera.workbench.ingest.telemetry;

import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.PowerColumns;
import dev.chimera.workbench.model.Severity;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code dcgmi dmon -e <ids> [-d ms]} captures (peer-formats §1.4): a "#Entity TAG ..." header, an "ID unit ..."
 * line, then rows whose entity is two tokens ("GPU 0", "GPU-I 3") followed by one value per field; "N/A" for
 * blanks; the header pair re-printed periodically. No timestamps: t_s = ordinal × the {@code -d} interval when a
 * recorded command line states it, else missing. TOTEC (mJ since driver load) becomes energy_j in J.
 */
public final class DcgmDmonReader implements FormatReader {

    @Override
    public String id() {
        return "dcgm.dmon";
    }

    @Override
    public String displayName() {
        return "dcgmi dmon capture";
    }

    @Override
    public FileKind kind() {
        return FileKind.POWER;
    }

    @Override
    public int detect(FileProbe probe) {
        List<String> lines = TelemetryText.contentLines(probe, 1);
        // peer-formats §0.5 step 2: first non-blank line starts "#Entity"
        return !lines.isEmpty() && isHeader(lines.get(0)) ? 90 : 0;
    }

    private static boolean isHeader(String line) {
        return line.strip().matches("(?i)#\\s*entity\\b.*");
    }

    /** Field tags and their units; rebuilt whenever the header pair is printed again. */
    private static final class State {
        String[] tags;
        String[] units = new String[0];
        String[] targets;
        final Set<String> entityTypes = new LinkedHashSet<>();
        int headerBlocks;
        boolean headerChanged;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        double delayMs = TelemetryText.delayOption(ctx.probe());
        GpuTraceWriter out = new GpuTraceWriter(ctx, delayMs / 1000.0);
        State st = new State();
        TelemetryText.forEachLine(ctx, (lineNo, line, last) -> {
            String t = line.strip();
            if (t.isEmpty()) {
                return;
            }
            if (isHeader(t)) {
                String[] tags = TelemetryText.tokens(t.replaceFirst("(?i)#\\s*entity", ""), false);
                if (st.tags != null && !Arrays.equals(st.tags, tags)) {
                    st.headerChanged = true;
                    ctx.diagnostics().warning(lineNo, 1, "field tags change here from " + Arrays.toString(st.tags)
                            + " to " + Arrays.toString(tags));
                }
                st.tags = tags;
                st.units = new String[0];
                st.targets = targets(tags);
                st.headerBlocks++;
                return;
            }
            if (t.startsWith("#") || TelemetryText.isCommandEcho(t)) {
                return;
            }
            if (st.tags != null && t.regionMatches(true, 0, "ID", 0, 2)
                    && (t.length() == 2 || Character.isWhitespace(t.charAt(2)))) {
                st.units = TelemetryText.tokens(t.substring(2), false);
                return;
            }
            if (st.tags == null) {
                ctx.diagnostics().add(Severity.WARNING, lineNo, 1, "line before the #Entity header; skipped",
                        "line before header");
                return;
            }
            row(ctx, out, st, lineNo, t, last);
        });
        ctx.addRecords(out.rows());
        if (st.tags == null) {
            ctx.diagnostics().error(0, 0, "no '#Entity' header found; no rows loaded");
            return;
        }
        String variant = "dcgmi dmon text, fields " + String.join(" ", st.tags) + ", entities "
                + String.join("/", st.entityTypes) + (st.headerBlocks > 1 ? ", header printed " + st.headerBlocks
                + " times" : "") + (st.headerChanged ? " (field set changes)" : "")
                + (Double.isNaN(delayMs) ? "" : ", -d " + delayMs + " ms");
        ctx.diagnostics().info("variant: " + variant);
        ctx.note(variant);
        out.reportNoClock("dcgmi dmon output", "-d " + delayMs + " ms on the recorded command line");
        out.reportMissing();
    }

    private static void row(ReadContext ctx, GpuTraceWriter out, State st, long lineNo, String line, boolean last) {
        String[] cells = TelemetryText.tokens(line, false);
        int expected = st.tags.length + 2; // entity type and id, then one value per field
        if (cells.length != expected) {
            int col = Math.min(cells.length, expected) + 1;
            if (last && cells.length < expected) {
                ctx.diagnostics().warning(lineNo, col, "last line is incomplete (capture cut off); skipped");
            } else {
                ctx.diagnostics().add(Severity.ERROR, lineNo, col, "expected entity type, id and "
                        + st.tags.length + " values, found " + cells.length + " fields; row skipped",
                        "wrong number of fields");
            }
            if (cells.length >= 2 && cells[0].equalsIgnoreCase("GPU")) {
                out.skipSample(cells[1]); // keeps the next samples of that GPU on the -d time axis
            }
            return;
        }
        String type = cells[0];
        st.entityTypes.add(type);
        // a GPU is its index; other entities (GPU-I for MIG instances, ...) keep their type
        String gpu = type.equalsIgnoreCase("GPU") ? cells[1] : type + " " + cells[1];
        TableBuffer b = out.untimedRow(lineNo, gpu);
        for (int i = 0; i < st.tags.length; i++) {
            String target = st.targets[i];
            int col = i + 3;
            if (target.equals(GpuTraceWriter.ENERGY_J)) {
                double scale = unitOf(st, i).equals("j") ? 1.0 : 0.001; // TOTEC is mJ unless labelled J
                out.energy(b, gpu, out.number(st.tags[i], target, cells[i + 2], scale, lineNo, col), lineNo, col);
            } else {
                out.set(b, st.tags[i], target, cells[i + 2], 1.0, lineNo, col);
            }
        }
    }

    private static String unitOf(State st, int i) {
        return i < st.units.length ? st.units[i].toLowerCase(Locale.ROOT) : "";
    }

    private static String[] targets(String[] tags) {
        String[] out = new String[tags.length];
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < tags.length; i++) {
            String t = target(tags[i].toUpperCase(Locale.ROOT));
            out[i] = used.add(t) ? t : t + "_" + (i + 1);
            used.add(out[i]);
        }
        return out;
    }

    /**
     * dcgmi field tags (peer-formats §1.4). POWER/TOTEC/SMCLK/TMPTR are verified; GPUTL, FBUSD, MMCLK and MCUTL
     * follow the DCGM field short names; anything else keeps its tag, lower case.
     */
    private static String target(String tag) {
        return switch (tag) {
            case "POWER" -> PowerColumns.POWER_W;
            case "TOTEC" -> GpuTraceWriter.ENERGY_J;
            case "GPUTL" -> PowerColumns.UTIL_PCT;
            case "FBUSD" -> PowerColumns.MEM_MIB;
            case "TMPTR" -> PowerColumns.TEMP_C;
            case "SMCLK" -> PowerColumns.SM_CLOCK_MHZ;
            case "MMCLK" -> "mem_clock_mhz";
            case "MCUTL" -> "mem_util_pct";
            default -> GpuTraceWriter.extraName(tag);
        };
    }
}
