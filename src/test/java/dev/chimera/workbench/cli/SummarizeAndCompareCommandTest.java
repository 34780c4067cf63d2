package dev.chimera.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SummarizeAndCompareCommandTest {
    private static final String TR120 = "../shared/real-results/tr120/tr120_root_cause_triton/20251221_172056";

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void summarizeJsonHasTheDocumentedShapeAndTheRunsOwnNumbers() throws Exception {
        String[] r = run("summarize", TR120 + "/kv_decode", "--metric", "latency_ms", "--group-by", "backend",
                "--json");
        assertThat(r[0]).isEqualTo("0");
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertThat(json.get("metric").asText()).isEqualTo("latency_ms");
        assertThat(json.get("percentileMethod").asText()).isEqualTo("linear");
        assertThat(json.get("groups")).hasSize(2);
        JsonNode gpu = null;
        for (JsonNode g : json.get("groups")) {
            if (g.get("key").get("backend").asText().equals("transformers-gpu")) {
                gpu = g;
            }
        }
        // kv_decode/analysis/processed/summary_overall.csv, transformers-gpu row
        assertThat(gpu.get("n").asInt()).isEqualTo(270);
        assertThat(gpu.get("mean").asDouble()).isCloseTo(94.0545846814815, within(1e-9));
        assertThat(gpu.get("p99").asDouble()).isCloseTo(130.1730586699975, within(1e-9));
        for (String f : new String[] {"std", "min", "p50", "p90", "p95", "p999", "max"}) {
            assertThat(gpu.has(f)).as(f).isTrue();
        }
        assertThat(gpu.get("excluded").get("failed").asInt()).isZero();
    }

    @Test
    void dropFirstPerFileAndPercentileMethodAreApplied() throws Exception {
        String[] all = run("summarize", TR120 + "/prefill", "--group-by", "backend", "--json");
        String[] dropped = run("summarize", TR120 + "/prefill", "--group-by", "backend", "--drop-first-per-file",
                "--pctl-method", "nearest_rank", "--json");
        JsonNode a = new ObjectMapper().readTree(all[1]).get("groups").get(0);
        JsonNode d = new ObjectMapper().readTree(dropped[1]).get("groups").get(0);
        // 5 scenarios → 5 run files per backend, one first sample dropped from each
        assertThat(d.get("n").asInt()).isEqualTo(a.get("n").asInt() - 5);
        assertThat(d.get("excluded").get("firstDropped").asInt()).isEqualTo(5);
        assertThat(new ObjectMapper().readTree(dropped[1]).get("percentileMethod").asText()).isEqualTo("nearest_rank");
    }

    @Test
    void badArgumentsAreUsageErrorsWithTheName() {
        String[] r = run("summarize", TR120 + "/prefill", "--metric", "nope");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("nope");
        String[] m = run("summarize", TR120 + "/prefill", "--pctl-method", "weird");
        assertThat(m[0]).isEqualTo("2");
        assertThat(m[2]).contains("weird");
    }

    @Test
    void compareReportsTheRunsOwnSummaryAsMatching() throws Exception {
        String[] r = run("compare", TR120 + "/prefill", "--json");
        assertThat(r[0]).isEqualTo("0");
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertThat(json.get("unexplained").asInt()).isZero();
        assertThat(json.get("match").asInt()).isGreaterThanOrEqualTo(18);
        String[] text = run("compare", TR120 + "/prefill", "--verdict", "match");
        assertThat(text[1]).contains("summary_overall.csv").contains("equal to ours");
    }
}
