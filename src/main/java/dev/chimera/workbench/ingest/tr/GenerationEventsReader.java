package dev.chimera.workbench.ingest.tr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.model.EventColumns;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * TR122 {@code generation_events.jsonl}: prefill and decode windows on the power trace's monotonic-ns clock.
 * start_s/end_s are written as raw clock seconds; the loader rebases them onto the trace of the same folder.
 */
final class GenerationEventsReader implements FormatReader {
    private static final List<String> DOUBLE_EXTRAS = List.of("tokens_per_second", "energy_joules",
            "operational_joules", "gap_fraction");

    @Override
    public String id() {
        return "tr122.generation_events.jsonl";
    }

    @Override
    public String displayName() {
        return "TR122 generation events";
    }

    @Override
    public FileKind kind() {
        return FileKind.EVENTS;
    }

    @Override
    public int detect(FileProbe probe) {
        JsonNode first = probe.firstJsonLine();
        if (first == null || !first.has("t_start_ns") || !first.has("t_end_ns")) {
            return 0;
        }
        int score = first.has("phase") && first.has("event_id") ? 88 : 78;
        return probe.lowerName().equals("generation_events.jsonl") ? score + 4 : score;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        long records = JsonSupport.forEachLine(ctx, (line, n) -> {
            String phase = JsonSupport.text(n, "phase");
            long startNs = PowerTraceCsvReader.parseNanos(JsonSupport.text(n, "t_start_ns"));
            long endNs = PowerTraceCsvReader.parseNanos(JsonSupport.text(n, "t_end_ns"));
            if (startNs == Long.MIN_VALUE || endNs == Long.MIN_VALUE) {
                ctx.diagnostics().warning(line, 0, "event without a whole-number t_start_ns/t_end_ns; times left empty");
            } else if (endNs < startNs) {
                ctx.diagnostics().warning(line, 0, "event ends before it starts (t_end_ns < t_start_ns)");
            }
            TableBuffer b = ctx.newEventRow(line);
            b.set(EventColumns.EVENT_ID, JsonSupport.text(n, "event_id"));
            b.set(EventColumns.LABEL, phase);
            b.set(EventColumns.START_S, startNs == Long.MIN_VALUE ? Double.NaN : startNs / 1e9);
            b.set(EventColumns.END_S, endNs == Long.MIN_VALUE ? Double.NaN : endNs / 1e9);
            b.set(EventColumns.TOKENS, tokens(n, phase));
            b.set("input_tokens", JsonSupport.integer(n, "input_tokens"));
            b.set("output_tokens", JsonSupport.integer(n, "output_tokens"));
            b.set("batch_size", JsonSupport.integer(n, "batch_size"));
            for (String f : DOUBLE_EXTRAS) {
                b.set(f, JsonSupport.number(n, f));
            }
            b.set("energy_quality", nullToEmpty(JsonSupport.text(n, "energy_quality")));
            b.set("power_samples", JsonSupport.integer(n, "power_samples"));
        });
        ctx.addRecords(records);
    }

    /** Prefill processes the input tokens, decode produces the output tokens. */
    private static int tokens(JsonNode n, String phase) {
        String p = phase == null ? "" : phase.toLowerCase(Locale.ROOT);
        if (p.startsWith("prefill")) {
            return JsonSupport.integer(n, "input_tokens");
        }
        if (p.startsWith("decode")) {
            return JsonSupport.integer(n, "output_tokens");
        }
        return Integer.MIN_VALUE;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
