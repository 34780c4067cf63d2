package dev.chimera.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crossover, scaling and regime from the command line. */
class ScalingCommandsTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void crossoverJsonOnTheRealTr118Folders() throws Exception {
        Result r = run("crossover", "../shared/real-results/tr118", "--metric", "tokens_per_s", "--mode", "prefill",
                "--a", "onnxruntime-cpu", "--b", "transformers-gpu-compile", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        // Same figures as RealTr118CrossoverTest (numpy polyfit of the 7 raw-file points: 81.02 M, k -0.49001).
        assertThat(j.get("crossover_params").asDouble() / 1e6).isCloseTo(81.02, within(0.05));
        assertThat(j.get("slope").asDouble()).isCloseTo(-0.49001, within(1e-4));
        assertThat(j.get("r2").asDouble()).isCloseTo(0.9469, within(1e-3));
        assertThat(j.get("method").asText()).isEqualTo("ratio");
        assertThat(j.get("in_range").asBoolean()).isTrue();
        assertThat(j.get("ci95")).hasSize(2);
        assertThat(j.get("ci95").get(0).asDouble()).isLessThan(j.get("crossover_params").asDouble());
        assertThat(j.get("points")).hasSize(7);
        assertThat(j.get("points").get(0).get("model").asText()).isEqualTo("tiny-gpt2");
        assertThat(j.get("points").get(0).get("size_source").asText()).isEqualTo("registry");

        Result inter = run("crossover", "../shared/real-results/tr118", "--mode", "prefill", "--a", "onnxruntime-cpu",
                "--b", "transformers-gpu-compile", "--method", "intersection", "--json");
        JsonNode ji = new ObjectMapper().readTree(inter.out());
        assertThat(ji.get("method").asText()).isEqualTo("intersection");
        // Both backends ran on the same 7 models, so the intersection equals the ratio crossover.
        assertThat(ji.get("crossover_params").asDouble() / 1e6).isCloseTo(81.02, within(0.05));
    }

    @Test
    void unknownModelSizesAreReportedAndARegistryFileFillsThem() throws Exception {
        Path runs = dir.resolve("run");
        Files.createDirectories(runs);
        // A TR121 metrics.csv made from the real file's header and its first measured gemma3:270m prefill row,
        // plus a copy of that row for a model the registry does not know, with its params fields emptied.
        java.util.List<String> real = Files.readAllLines(
                Path.of("../shared/real-results/tr121/20251224_002857/metrics.csv"));
        String[] header = real.get(0).split(",", -1);
        String row = real.stream().skip(1).filter(l -> l.split(",", -1)[14].equals("False")
                && l.split(",", -1)[17].equals("prefill")).findFirst().orElseThrow();
        String[] cells = row.split(",", -1);
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals("model")) {
                cells[i] = "mystery-7m";
            } else if (header[i].startsWith("params_millions")) {
                cells[i] = "";
            } else if (header[i].equals("latency_ms")) {
                cells[i] = "1.0";
            }
        }
        Files.writeString(runs.resolve("metrics.csv"), real.get(0) + "\n" + row + "\n" + String.join(",", cells)
                + "\n");
        double gemmaMs = Double.parseDouble(row.split(",", -1)[java.util.Arrays.asList(header).indexOf("latency_ms")]);
        Result r = run("scaling", runs.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("unknown_sizes").toString()).contains("mystery-7m");
        assertThat(j.get("model_sizes").get("mystery-7m").get("source").asText()).isEqualTo("unknown");

        Path reg = dir.resolve("reg.json");
        Files.writeString(reg, "{\"schema\":\"chimera.model-registry\",\"version\":1,\"models\":"
                + "[{\"id\":\"mystery-7m\",\"params\":7000000}]}");
        JsonNode j2 = new ObjectMapper().readTree(run("scaling", runs.toString(), "--registry", reg.toString(),
                "--json").out());
        assertThat(j2.get("unknown_sizes")).isEmpty();
        // Two points: 1.0 ms at 7 M (the copy) and the gemma row's latency at 268.1 M → slope by hand
        // ln(gemmaMs / 1.0) / ln(268.1e6 / 7e6).
        JsonNode fit = j2.get("fits").get(0);
        assertThat(fit.get("n_models").asInt()).isEqualTo(2);
        assertThat(fit.get("slope").asDouble()).isCloseTo(Math.log(gemmaMs) / Math.log(268.1e6 / 7e6), within(1e-9));
        assertThat(fit.get("actionable").asBoolean()).isFalse(); // two models: no CI
    }

    @Test
    void scalingMultivariateOnTheSampleData() throws Exception {
        Result r = run("scaling", "sample-data/tr121-scaling", "--multivariate", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("fits")).hasSize(9); // 3 backends × 3 modes
        JsonNode gpu = null;
        for (JsonNode m : j.get("multivariate")) {
            if (m.get("backend").asText().equals("hf_gpu_fp16") && m.get("mode").asText().equals("e2e_kv")) {
                gpu = m;
            }
        }
        // Published GPU γ 0.734, β -0.0616 (tr-findings §1.5); see Tr121ScalingTest for the tolerance.
        assertThat(gpu.get("gamma_ln_n_layer").asDouble()).isCloseTo(0.734, within(0.02));
        assertThat(gpu.get("beta_ln_params_m").asDouble()).isCloseTo(-0.0616, within(0.02));
    }

    @Test
    void regimeWithoutAndWithAFolder() throws Exception {
        Result r = run("regime", "--size", "76M", "--gpu", "yes", "--objective", "cost", "--workload", "prefill",
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("inputs").get("params").asDouble()).isEqualTo(76e6);
        JsonNode seed = j.get("matrices").get(0);
        assertThat(seed.get("id").asText()).isEqualTo("seed-size-tiers");
        assertThat(seed.get("conclusive").asBoolean()).isFalse();
        assertThat(seed.get("row").get("id").asText()).isEqualTo("medium");
        assertThat(seed.get("trees").get(0).get("path")).hasSize(3);
        assertThat(seed.get("recommendation").asText()).isEqualTo("ONNX Runtime GPU");
        assertThat(j.get("matrices").get(1).get("row").get("id").asText()).isEqualTo("prefill-heavy");
        assertThat(j.get("your_data")).isEmpty();

        Result d = run("regime", "sample-data/tr118-crossover", "--size", "0.1M", "--json");
        JsonNode jd = new ObjectMapper().readTree(d.out());
        JsonNode prefillTput = null;
        for (JsonNode y : jd.get("your_data")) {
            if (y.get("metric").asText().equals("tokens_per_s") && y.get("mode").asText().equals("prefill")) {
                prefillTput = y;
            }
        }
        // tiny-gpt2 (102,714) is within 15 % of 0.1 M: measured; ORT-CPU wins (§4.2); the seed's Tiny row
        // recommends ORT-CPU too.
        assertThat(prefillTput.get("winner").asText()).isEqualTo("onnxruntime-cpu");
        assertThat(prefillTput.get("label").asText()).isEqualTo("measured");
        assertThat(prefillTput.get("agreement").get("seed-size-tiers").asText()).isEqualTo("agrees");
        assertThat(prefillTput.get("boundaries").size()).isPositive();

        assertThat(run("regime", "--size", "huge").code()).isEqualTo(2);
        assertThat(run("regime", "--size", "1B", "--gpu", "maybe").code()).isEqualTo(2);
        Path bad = dir.resolve("m.json");
        Files.writeString(bad, "{\"schema\":\"chimera.regime-matrix\",\"version\":1,\"id\":\"x\",\"axis\":\"size\","
                + "\"rows\":[{\"id\":\"a\",\"label\":\"A\",\"when\":{}}]}");
        Result b = run("regime", "--size", "1B", "--matrix", bad.toString());
        assertThat(b.code()).isEqualTo(1);
        assertThat(b.err()).contains("$.rows[0].when");
    }
}
