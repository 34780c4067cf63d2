package dev.chimera.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chimera.workbench.sampledata.SampleDataLocator;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The power and cost commands' JSON on real and sample folders (figures as in the engine tests). */
class PowerAndCostCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void powerJsonOnTheNvidiaSmiLog() throws Exception {
        String[] r = run("power", "../shared/real-results/nvidia-smi", "--gap-threshold-ms", "200", "--json");
        assertThat(r[0]).isEqualTo("0");
        JsonNode t = new ObjectMapper().readTree(r[1]).get("traces").get(0);
        // python3 over the CSV: 2,636 samples, 438.787 s, 8 intervals > 200 ms (max 248 ms), 60,008.568 J.
        assertThat(t.get("samples").asInt()).isEqualTo(2636);
        assertThat(t.get("duration_s").asDouble()).isCloseTo(438.787, within(1e-6));
        assertThat(t.get("median_dt_s").asDouble()).isCloseTo(0.17, within(1e-9));
        assertThat(t.get("gaps").get("count").asInt()).isEqualTo(8);
        assertThat(t.get("gaps").get("max_s").asDouble()).isCloseTo(0.248, within(1e-9));
        assertThat(t.get("energy_j").asDouble()).isCloseTo(60008.568185, within(1e-3));
        assertThat(t.get("mean_w").asDouble()).isCloseTo(136.849712, within(1e-5));
        assertThat(t.get("time_weighted_mean_w").asDouble()).isCloseTo(136.760132, within(1e-5));
        assertThat(t.get("idle_baseline_w").isNull()).isTrue();
        assertThat(t.get("heat_soak_equilibrium_s").isNull()).isTrue();
        assertThat(t.get("events")).isEmpty();
    }

    @Test
    void powerJsonOnTheTr122Sample() throws Exception {
        String folder = SampleDataLocator.locate().orElseThrow().resolve("tr122-physics").toString();
        String[] r = run("power", folder, "--json");
        assertThat(r[0]).isEqualTo("0");
        JsonNode t = new ObjectMapper().readTree(r[1]).get("traces").get(0);
        assertThat(t.get("idle_baseline_w").asDouble()).isCloseTo(20.6332864424, within(1e-10));
        assertThat(t.get("gaps").get("count").asInt()).isEqualTo(25);
        assertThat(t.get("heat_soak_equilibrium_s").asDouble()).isCloseTo(420.4, within(0.01));
        JsonNode events = t.get("events");
        assertThat(events).hasSize(30); // wc -l generation_events.jsonl
        for (JsonNode e : events) {
            if (e.get("quality").asText().equals("no_data")) {
                assertThat(e.get("energy_j").isNull()).isTrue();
                assertThat(e.get("j_per_token").isNull()).isTrue();
            }
        }
        assertThat(events.findValuesAsText("quality")).contains("good", "gappy", "no_data");
    }

    @Test
    void costJsonReproducesTr119() throws Exception {
        String[] r = run("cost", "../shared/real-results/tr119/tr119_matrix", "--json");
        assertThat(r[0]).isEqualTo("0");
        JsonNode root = new ObjectMapper().readTree(r[1]);
        assertThat(root.get("aggregation").asText()).isEqualTo("mean-of-scenarios");
        assertThat(root.get("source").asText()).isEqualTo("raw");
        JsonNode all = null;
        for (JsonNode row : root.get("rows")) {
            if (row.get("backend").asText().equals("onnxruntime-gpu") && row.get("mode").asText().equals("prefill")
                    && row.get("scenario").asText().equals("all")) {
                all = row;
            }
        }
        assertThat(all).isNotNull();
        // TR119: $0.1279 per 1M (4 significant digits); python3 0.1278653.
        assertThat(all.get("usd_per_1m").asDouble()).isCloseTo(0.1279, within(0.00005));
        assertThat(all.get("tokens_per_s").asDouble()).isCloseTo(2245.912958, within(1e-5)); // python3: mean of the 5 scenario means
        assertThat(all.get("energy_share").asDouble()).isBetween(0.0, 0.01);

        String[] overridden = run("cost", "../shared/real-results/tr119/tr119_matrix", "--source", "summary",
                "--usd-per-hour", "0", "--usd-per-kwh", "0.2", "--aggregate", "at-mean-throughput", "--json");
        JsonNode o = new ObjectMapper().readTree(overridden[1]);
        assertThat(o.get("source").asText()).isEqualTo("summary");
        for (JsonNode row : o.get("rows")) {
            // $0/h leaves only energy: the energy share is 1.
            assertThat(row.get("energy_share").asDouble()).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("cost", "../shared/real-results/tr119", "--tier", "platinum")[0]).isEqualTo("2");
        assertThat(run("cost", "../shared/real-results/tr119", "--aggregate", "median")[0]).isEqualTo("2");
        assertThat(run("power", "../shared/real-results/nvidia-smi", "--gap-threshold-ms", "0")[0]).isEqualTo("2");
    }
}
