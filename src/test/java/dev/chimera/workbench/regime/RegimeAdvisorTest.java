package dev.chimera.workbench.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chimera.workbench.analysis.scaling.DataFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegimeAdvisorTest {
    @TempDir
    Path dir;

    static MatrixAdvice advice(RegimeInputs in, String matrixId) {
        return RegimeAdvisor.builtIn().advise(in).stream().filter(a -> a.matrix().id().equals(matrixId))
                .findFirst().orElseThrow();
    }

    @Test
    void seedTiersFollowTheSeedBounds() {
        // Seed: Tiny < 1 M ONNX CPU; Small 1–50 M ONNX GPU; Medium 50–500 M; Large > 500 M.
        assertThat(advice(RegimeInputs.of(102_714, "yes", null, null), "seed-size-tiers").row().id()).isEqualTo("tiny");
        assertThat(advice(RegimeInputs.of(1e6, "yes", null, null), "seed-size-tiers").row().id()).isEqualTo("small");
        assertThat(advice(RegimeInputs.of(49.9e6, "yes", null, null), "seed-size-tiers").row().id()).isEqualTo("small");
        assertThat(advice(RegimeInputs.of(76e6, "yes", null, null), "seed-size-tiers").row().id()).isEqualTo("medium");
        assertThat(advice(RegimeInputs.of(1.5e9, "yes", null, null), "seed-size-tiers").row().id()).isEqualTo("large");
        RegimeMatrix seed = advice(RegimeInputs.of(1e6, null, null, null), "seed-size-tiers").matrix();
        assertThat(seed.conclusive()).isFalse();
        assertThat(seed.provenance()).contains("NOT the Conclusive");
        assertThat(seed.columns()).containsExactly("backend", "compile", "architecture");
    }

    @Test
    void seedTreeWalksSizeGpuObjectiveWorkload() {
        MatrixAdvice a = advice(RegimeInputs.of(76e6, "yes", "latency", "prefill"), "seed-size-tiers");
        TreeWalk w = a.walks().get(0);
        assertThat(w.steps()).extracting(TreeWalk.Step::ask).containsExactly("size", "gpu", "objective", "workload");
        assertThat(w.steps()).extracting(TreeWalk.Step::answer).containsExactly("76M", "yes", "latency", "prefill");
        assertThat(w.leaf().recommend()).isEqualTo("real compile (Inductor) with padding");
        assertThat(a.backends()).containsExactly("transformers-gpu-compile");

        MatrixAdvice cost = advice(RegimeInputs.of(76e6, "yes", "cost", "prefill"), "seed-size-tiers");
        assertThat(cost.recommendation()).isEqualTo("ONNX Runtime GPU");
        assertThat(cost.walks().get(0).steps()).hasSize(3);

        // Missing answer: the walk stops and names the input; the row still answers.
        MatrixAdvice noGpu = advice(RegimeInputs.of(76e6, null, null, null), "seed-size-tiers");
        assertThat(noGpu.walks().get(0).complete()).isFalse();
        assertThat(noGpu.walks().get(0).missingInput()).isEqualTo("gpu");
        assertThat(noGpu.recommendation()).startsWith("ONNX Runtime GPU");
    }

    @Test
    void conclusiveWorkloadMatrixAndPolicyTrees() {
        MatrixAdvice a = advice(RegimeInputs.of(76e6, "yes", "cost", "decode"), "conclusive-workload");
        assertThat(a.matrix().conclusive()).isTrue();
        assertThat(a.row().id()).isEqualTo("decode-heavy");
        assertThat(a.row().cells().get("backend")).isEqualTo("onnxruntime-gpu");
        assertThat(a.walks()).extracting(TreeWalk::treeId).containsExactly("AN.1", "AN.2", "AN.3", "AN.4");
        assertThat(a.walks().get(0).leaf().recommend()).contains("best measured decode throughput");
        assertThat(a.walks().get(1).missingInput()).isEqualTo("compiler_evidence");
        assertThat(advice(RegimeInputs.of(1e6, null, null, "mixed"), "conclusive-workload").walks().get(0).leaf()
                .recommend()).contains("single-prompt prefill latency");
        // Triggers as data: gen_tokens 64 → decode-heavy; gen 8 at batch 4 → prefill-heavy; gen 8 batch 1 → mixed.
        RegimeMatrix m = a.matrix();
        assertThat(m.classify(Map.of("gen_tokens", 64.0, "batch_size", 1.0)).id()).isEqualTo("decode-heavy");
        assertThat(m.classify(Map.of("gen_tokens", 8.0, "decode_fraction", 0.95)).id()).isEqualTo("decode-heavy");
        assertThat(m.classify(Map.of("gen_tokens", 8.0, "batch_size", 4.0)).id()).isEqualTo("prefill-heavy");
        assertThat(m.classify(Map.of("gen_tokens", 8.0, "batch_size", 1.0)).id()).isEqualTo("mixed");
    }

    @Test
    void userMatrixIsValidatedWithTheJsonPathOfTheProblem() throws Exception {
        Path f = dir.resolve("mine.json");
        String ok = "{\"schema\":\"chimera.regime-matrix\",\"version\":1,\"id\":\"mine\",\"axis\":\"size\","
                + "\"columns\":[\"backend\"],\"rows\":[{\"id\":\"s\",\"label\":\"S\",\"when\":{\"max\":1e8},"
                + "\"cells\":{\"backend\":\"onnxruntime-cpu\"}},{\"id\":\"l\",\"label\":\"L\",\"when\":{\"min\":1e8},"
                + "\"cells\":{\"backend\":\"vllm\"}}]}";
        Files.writeString(f, ok);
        RegimeMatrix m = RegimeMatrixLoader.load(f);
        assertThat(new RegimeAdvisor(java.util.List.of(m)).advise(RegimeInputs.of(2e8, null, null, null)).get(0)
                .row().id()).isEqualTo("l");

        Files.writeString(f, ok.replace("\"max\":1e8", "\"max\":\"100M\""));
        assertThatThrownBy(() -> RegimeMatrixLoader.load(f)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("$.rows[0].when.max").hasMessageContaining("expected a number");
        Files.writeString(f, ok.replace("{\"backend\":\"vllm\"}", "{\"backend\":\"vllm\",\"gpu\":\"x\"}"));
        assertThatThrownBy(() -> RegimeMatrixLoader.load(f)).hasMessageContaining("$.rows[1].cells.gpu");
        Files.writeString(f, ok.replace("\"axis\":\"size\"", "\"axis\":\"colour\""));
        assertThatThrownBy(() -> RegimeMatrixLoader.load(f)).hasMessageContaining("$.axis");
        Files.writeString(f, "{\"schema\":\"chimera.regime-matrix\",\"version\":1,");
        assertThatThrownBy(() -> RegimeMatrixLoader.load(f)).hasMessageContaining("not valid JSON");
    }
}
