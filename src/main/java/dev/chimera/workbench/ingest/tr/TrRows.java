package dev.chimera.workbench.ingest.tr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.TableBuffer;
import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Mapping rules shared by the TR117–TR120 readers: status, phase tokens, extra column names. */
final class TrRows {
    static final String NATIVE_STATUS = "native_status";
    static final String DEGRADED_REASONS = "degraded_reasons";
    static final String QUANTIZATION = "quantization";
    static final String TOKENS_TOTAL = "tokens_total";
    static final String CUDA_EVENT_MS = "cuda_event_ms";

    /** TR120 phase modes; TR117 writes single|dual|batch in the same spec field instead. */
    static final Set<String> TR120_PHASES = Set.of("prefill", "kv_decode", "e2e_kv");

    private TrRows() {
    }

    /**
     * Canonical status of a TR run: "degraded" when the harness status is not "ok" or any sample was degraded
     * (tr-formats §2.0), because such runs carry placeholder latencies that must never pass as "ok".
     */
    static String status(String nativeStatus, double degradedCount) {
        boolean ok = "ok".equals(nativeStatus) && !(degradedCount > 0);
        return ok ? "ok" : "degraded";
    }

    /** A JSON array of strings joined with "; " (the metrics.csv convention); "" when absent or empty. */
    static String joined(JsonNode array) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode n : array) {
            parts.add(n.isValueNode() ? n.asText() : n.toString());
        }
        return String.join("; ", parts);
    }

    /**
     * Writes a TR117/TR120 token count where it belongs: prefill counts prompt tokens, kv_decode generated
     * tokens, and an end-to-end count (prompt + generated) has no canonical column, so it stays an extra.
     */
    static void phaseTokens(TableBuffer row, String mode, int tokens) {
        if ("prefill".equals(mode)) {
            row.set(RunColumns.PROMPT_TOKENS, tokens);
        } else if ("kv_decode".equals(mode)) {
            row.set(RunColumns.GEN_TOKENS, tokens);
        } else {
            row.set(TOKENS_TOTAL, tokens);
        }
    }

    /** tokens/s from a count and a latency in ms, NaN when either is missing or the latency is not positive. */
    static double rate(int tokens, double latencyMs) {
        if (tokens == Integer.MIN_VALUE || !(latencyMs > 0)) {
            return Double.NaN;
        }
        return tokens * 1000.0 / latencyMs;
    }

    /** The text of a JSON value, or null for missing/null. */
    static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.isValueNode() ? n.asText() : n.toString();
    }
}
