package dev.chimera.workbench.ingest.peer.vllm;

import static dev.chimera.workbench.ingest.peer.PeerJson.canonicalTpot;
import static dev.chimera.workbench.ingest.peer.PeerJson.secondsToMs;
import static dev.chimera.workbench.ingest.peer.PeerJson.toDouble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.ingest.peer.PeerJson;
import dev.chimera.workbench.model.RunColumns;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-request arrays of one vLLM serve result (peer-formats §2.2/§2.4) as {@code runs} rows. The arrays
 * are in SECONDS (the tool's statistics are in ms); failed requests carry 0.0 / [] placeholders and a
 * non-empty {@code errors[i]}: they are kept with status error and their placeholder times left missing.
 */
final class ServeRequests {
    private static final String[] ARRAYS = {"ttfts", "itls", "latencies", "start_times", "errors", "input_lens",
        "output_lens", "queue_times"};

    private final ReadContext ctx;

    ServeRequests(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** True when the object carries per-request arrays (ttfts or latencies). */
    static boolean hasRequests(JsonNode o) {
        return isArray(o, "ttfts") || isArray(o, "latencies");
    }

    /**
     * Adds one row per request. {@code firstOrdinal} numbers the requests across the objects of one file.
     * Returns the number of rows added.
     */
    int add(JsonNode o, long line, ServeRun run, int firstOrdinal) {
        int n = 0;
        List<String> lengths = new ArrayList<>();
        for (String a : ARRAYS) {
            if (isArray(o, a)) {
                n = Math.max(n, o.get(a).size());
                lengths.add(a + "=" + o.get(a).size());
            }
        }
        if (n == 0) {
            return 0;
        }
        for (String a : ARRAYS) {
            if (isArray(o, a) && o.get(a).size() != n) {
                ctx.diagnostics().warning(line, 0, "per-request arrays differ in length (" + String.join(", ", lengths)
                        + "); missing entries left empty");
                break;
            }
        }
        JsonNode errors = o.get("errors");
        boolean hasErrors = isArray(o, "errors");
        boolean hasTtfts = isArray(o, "ttfts");
        boolean hasItls = isArray(o, "itls");
        BigDecimal minStart = minStart(o, line);
        for (int i = 0; i < n; i++) {
            BigDecimal ttftS = at(o, "ttfts", i, line);
            BigDecimal latencyS = at(o, "latencies", i, line);
            String error = hasErrors && i < errors.size() && !errors.get(i).isNull() ? errors.get(i).asText() : "";
            boolean ok;
            if (hasErrors) {
                ok = error.isEmpty();
            } else if (hasTtfts) {
                ok = ttftS != null && ttftS.signum() > 0; // legacy without errors[]: 0.0 ttft = failed
                error = ok ? "" : "failed (ttft 0.0 placeholder; file has no errors array)";
            } else {
                ok = latencyS != null && latencyS.signum() > 0;
                error = ok ? "" : "failed (latency 0.0 placeholder; file has no errors array)";
            }
            TableBuffer row = ctx.newRunRow(line);
            run.fill(row);
            row.set(RunColumns.REQUEST_ID, ctx.probe().fileName() + "#" + (firstOrdinal + i));
            row.set(RunColumns.SAMPLE_IDX, i);
            row.set(RunColumns.IS_WARMUP, Boolean.FALSE);
            row.set(RunColumns.STATUS, ok ? "ok" : "error");
            row.set(RunColumns.ERROR, error);
            int inputTokens = PeerJson.integer(ctx, element(o, "input_lens", i), line, "input_lens[" + i + "]");
            row.set(RunColumns.PROMPT_TOKENS, inputTokens);
            BigDecimal start = at(o, "start_times", i, line);
            if (start != null && minStart != null) {
                row.set(RunColumns.START_MS, toDouble(secondsToMs(start.subtract(minStart))));
            }
            BigDecimal queue = at(o, "queue_times", i, line);
            if (queue != null) {
                row.set("queue_ms", toDouble(secondsToMs(queue)));
            }
            if (!ok) {
                continue; // 0.0 / [] placeholders: not measurements
            }
            int outputTokens = PeerJson.integer(ctx, element(o, "output_lens", i), line, "output_lens[" + i + "]");
            row.set(RunColumns.GEN_TOKENS, outputTokens);
            BigDecimal ttftMs = secondsToMs(ttftS);
            List<BigDecimal> gapsMs = hasItls ? gaps(o.get("itls"), i, line) : null;
            BigDecimal e2eMs;
            String e2eSource;
            if (latencyS != null) {
                e2eMs = secondsToMs(latencyS);
                e2eSource = "latencies";
            } else if (ttftMs != null && gapsMs != null) {
                e2eMs = ttftMs;
                for (BigDecimal g : gapsMs) {
                    e2eMs = e2eMs.add(g);
                }
                e2eSource = "ttft+sum(itls)";
            } else {
                e2eMs = null;
                e2eSource = "";
            }
            row.set(RunColumns.TTFT_MS, toDouble(ttftMs));
            row.set(RunColumns.E2E_MS, toDouble(e2eMs));
            row.set(RunColumns.LATENCY_MS, toDouble(e2eMs));
            row.set("e2e_source", e2eSource);
            row.set(RunColumns.TPOT_MS, toDouble(canonicalTpot(e2eMs, ttftMs, outputTokens)));
            if (gapsMs != null && !gapsMs.isEmpty()) {
                BigDecimal sum = BigDecimal.ZERO;
                List<String> parts = new ArrayList<>(gapsMs.size());
                for (BigDecimal g : gapsMs) {
                    sum = sum.add(g);
                    parts.add(PeerJson.plain(g));
                }
                row.set(RunColumns.ITL_MS, sum.divide(BigDecimal.valueOf(gapsMs.size()), MathContext.DECIMAL64)
                        .doubleValue());
                row.set(RunColumns.ITL_VALUES_MS, String.join(";", parts));
            }
        }
        return n;
    }

    /** Inter-chunk gaps of request i in ms, exactly; empty when the request has none. */
    private List<BigDecimal> gaps(JsonNode itls, int i, long line) {
        List<BigDecimal> out = new ArrayList<>();
        JsonNode list = i < itls.size() ? itls.get(i) : null;
        if (list == null || !list.isArray()) {
            return out;
        }
        for (int k = 0; k < list.size(); k++) {
            BigDecimal g = PeerJson.decimal(ctx, list.get(k), line, "itls[" + i + "][" + k + "]");
            if (g != null) {
                out.add(secondsToMs(g));
            }
        }
        return out;
    }

    private BigDecimal minStart(JsonNode o, long line) {
        if (!isArray(o, "start_times")) {
            return null;
        }
        BigDecimal min = null;
        for (int i = 0; i < o.get("start_times").size(); i++) {
            BigDecimal s = at(o, "start_times", i, line);
            if (s != null && (min == null || s.compareTo(min) < 0)) {
                min = s;
            }
        }
        return min;
    }

    private BigDecimal at(JsonNode o, String array, int i, long line) {
        return PeerJson.decimal(ctx, element(o, array, i), line, array + "[" + i + "]");
    }

    private static JsonNode element(JsonNode o, String array, int i) {
        JsonNode a = o.get(array);
        return a != null && a.isArray() && i < a.size() ? a.get(i) : null;
    }

    private static boolean isArray(JsonNode o, String field) {
        JsonNode a = o.get(field);
        return a != null && a.isArray();
    }
}
