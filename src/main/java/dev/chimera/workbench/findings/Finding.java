package dev.chimera.workbench.findings;

import java.util.Map;

/**
 * One catalog entry: a TR claim as a checkable assertion.
 *
 * @param quoted      the value as commonly quoted (the seed summary users know)
 * @param reportValue the value the report itself gives (may equal {@code quoted})
 * @param note        why quoted and report values differ, "" when they agree
 * @param check       the built-in computation ({@link FindingsChecker#CHECKS}) that measures the claim
 * @param params      the computation's parameters (mode, backends, metric ...)
 */
public record Finding(String id, String title, String report, String section, String statement, String quoted,
                      String reportValue, String note, Map<String, String> conditions, FindingKind kind,
                      String dataNeeded, String check, Map<String, String> params, String computation, Rule rule) {

    public Finding {
        conditions = Map.copyOf(conditions);
        params = Map.copyOf(params);
    }

    public String param(String key, String fallback) {
        return params.getOrDefault(key, fallback);
    }
}
