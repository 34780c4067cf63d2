package dev.chimera.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ColdStartAndCompareGroupsCommandTest {
    private static final String SAMPLE_E2E = "sample-data/tr120-compile/20251219_143012/e2e_kv";
    private static final String TR121 = "../shared/real-results/tr121/20251224_002857";
    private static final String TR120_KV = "../shared/real-results/tr120/tr120_root_cause_triton/20251221_172056/kv_decode";

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static JsonNode json(String[] r) throws Exception {
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        return new ObjectMapper().readTree(r[1]);
    }

    @Test
    void coldstartJsonHasPerFileOverallAndWarmupGrid() throws Exception {
        JsonNode j = json(run("coldstart", TR121, "--json"));
        // 18 runs (6 tasks = 3 models × 2 scenarios, × 3 modes; run_id task<idx>/<mode>): 1 warmup + 5 measured
        assertThat(j.get("files")).hasSize(18);
        assertThat(j.get("files").get(0).get("n_samples").asInt()).isEqualTo(6);
        // warmup_effect.csv: 18 cells; only gemma3:270m medium prefill (ratio 23.9986) above 10×
        JsonNode cells = j.get("warmup").get("cells");
        assertThat(cells).hasSize(18);
        int alerts = 0;
        for (JsonNode c : cells) {
            if (c.get("alert").asBoolean()) {
                alerts++;
                assertThat(c.get("warmup_to_measured_ratio").asDouble()).isCloseTo(23.998612652608212, within(1e-12));
            }
        }
        assertThat(alerts).isEqualTo(1);
        assertThat(j.get("overall")).hasSize(3); // one per mode (one backend)
    }

    @Test
    void coldstartTextShowsFlagsAndTheTr120StyleEffect() {
        String[] r = run("coldstart", SAMPLE_E2E);
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("Cold start per run file").contains(">3x").contains("Overall effect")
                .contains("e2e_kv/transformers-gpu").contains("Warmup ratio grid")
                .contains("no ok rows flagged is_warmup");
        String[] real = run("coldstart", TR121);
        assertThat(real[1]).contains("ALERT: ollama gemma3:270m medium prefill");
    }

    @Test
    void compareGroupsShowsTheParadoxAndItsDrivers() throws Exception {
        JsonNode j = json(run("compare-groups", SAMPLE_E2E, "--metric", "latency_ms", "--by", "backend", "--a",
                "transformers-gpu", "--b", "transformers-gpu-compile", "--json"));
        // numpy / scipy on the run files (see GroupComparisonTest)
        assertThat(j.get("mean_diff").asDouble()).isCloseTo(-12.501927924999961, within(1e-9));
        assertThat(j.get("median_diff").get("estimate").asDouble()).isCloseTo(15.890585499999986, within(1e-9));
        assertThat(j.get("median_diff").get("ci")).hasSize(2);
        assertThat(j.get("mann_whitney").get("u_statistic").asDouble()).isEqualTo(38333.0);
        assertThat(j.get("mann_whitney").get("p_value").asDouble()).isCloseTo(0.6508295318619159, within(1e-12));
        assertThat(j.get("comparability").get("notes").toString()).contains("manifests");
        JsonNode p = j.get("paradoxes").get(0);
        assertThat(p.get("inflated").asText()).isEqualTo("transformers-gpu");
        assertThat(p.get("drivers").get(0).get("sample_idx").asInt()).isZero();
        assertThat(p.get("drivers").get(0).get("source_file").asText()).contains("single_micro/transformers-gpu/");

        JsonNode d = json(run("compare-groups", SAMPLE_E2E, "--by", "backend", "--a", "transformers-gpu", "--b",
                "transformers-gpu-compile", "--drop-first-per-file", "--json"));
        assertThat(d.get("mean_diff").asDouble()).isCloseTo(5.033323652014644, within(1e-9));
        assertThat(d.get("paradoxes")).isEmpty();
        assertThat(d.get("filter").get("dropFirstPerFile").asBoolean()).isTrue();

        String[] text = run("compare-groups", SAMPLE_E2E, "--by", "backend", "--a", "transformers-gpu", "--b",
                "transformers-gpu-compile");
        assertThat(text[1]).contains("PARADOX").contains("sample_idx 0").contains("Mann-Whitney U 38333.0");
        String[] bad = run("compare-groups", SAMPLE_E2E, "--by", "backend", "--a", "nope", "--b", "transformers-gpu");
        assertThat(bad[0]).isEqualTo("2");
        assertThat(bad[2]).contains("nope");
    }

    @Test
    void summarizeAddsIntervalsTrimmedMeanAndPhaseGroups() throws Exception {
        String[] args = {"summarize", TR120_KV, "--group-by", "backend", "--ci", "--boot", "300", "--trim", "0.1",
            "--json"};
        JsonNode j = json(run(args));
        assertThat(j.get("bootstrap").get("resamples").asInt()).isEqualTo(300);
        assertThat(j.get("bootstrap").get("seed").asLong()).isEqualTo(42);
        JsonNode gpu = null;
        for (JsonNode g : j.get("groups")) {
            if (g.get("key").get("backend").asText().equals("transformers-gpu")) {
                gpu = g;
            }
        }
        // scipy.stats.trim_mean(.., 0.1) of the 270 ok samples; mean 94.0545846814815 (summary_overall.csv)
        assertThat(gpu.get("trimmed_mean").asDouble()).isCloseTo(92.44943751851828, within(1e-9));
        assertThat(gpu.get("mean_ci").get(0).asDouble()).isLessThan(94.0545846814815);
        assertThat(gpu.get("mean_ci").get(1).asDouble()).isGreaterThan(94.0545846814815);
        for (String f : new String[] {"p50_ci", "p95_ci", "p99_ci"}) {
            assertThat(gpu.get(f)).as(f).hasSize(2);
        }
        assertThat(gpu.get("n").asInt()).isEqualTo(270); // the original fields stay
        assertThat(run(args)[1]).isEqualTo(run(args)[1]); // same seed, same output
        String[] otherSeed = java.util.Arrays.copyOf(args, args.length + 1);
        otherSeed[args.length] = "--seed=7";
        JsonNode other = json(run(otherSeed));
        assertThat(other.get("bootstrap").get("seed").asLong()).isEqualTo(7);
        assertThat(other.get("groups").get(0).get("mean_ci")).isNotEqualTo(j.get("groups").get(0).get("mean_ci"));

        JsonNode phases = json(run("summarize", TR121, "--group-by", "mode", "--warmups-as-group", "--json"));
        assertThat(phases.get("groups")).hasSize(6);
        assertThat(phases.get("groups").get(0).get("key").has("phase")).isTrue();
        assertThat(phases.get("filter").get("warmupsAsGroup").asBoolean()).isTrue();
        String[] both = run("summarize", TR121, "--warmups-as-group", "--exclude-warmup");
        assertThat(both[0]).isEqualTo("2");
        assertThat(run("summarize", TR121, "--trim", "0.7")[0]).isEqualTo("2");
    }
}
