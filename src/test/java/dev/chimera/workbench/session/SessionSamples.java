package dev.chimera.workbench.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A session with every field set to a non-default value, for round trips. */
final class SessionSamples {
    private SessionSamples() {
    }

    static Session full(Path folder) {
        String p = folder.toAbsolutePath().normalize().toString();
        DistributionState d = new DistributionState("ttft_ms", "model", Map.of("backend", List.of("vllm", "ollama")),
                true, true, false, true, true, "NEAREST_RANK", "BOX", false);
        RegimeState r = new RegimeState("latency_ms", "generate", "MEDIAN", "ollama", "transformers-gpu", 1.5e9,
                "no", "cost", "decode");
        PowerState pw = new PowerState("power.csv \u00d7 GPU 0", 0.2);
        CostState c = new CostState("spot", "AT_MEAN_THROUGHPUT", "RAW", "UTILISATION", "onnxruntime-gpu", "generate",
                new CostState.Prices(List.of(new CostState.TierPrice("spot", "Spot", 0.25, false, "edited"),
                        new CostState.TierPrice("on-prem", "On-prem", 0, true, "TR119")), 0.31, 420, true, 12, 70));
        List<Annotation> a = List.of(
                new Annotation("regime.crossover", Annotation.Type.ARROW, List.of(1e8, 120.0, 3e8, 95.5), "crossover"),
                new Annotation("distribution.ecdf", Annotation.Type.RANGE, List.of(800.0, 1200.0), ""),
                new Annotation("cost.tiers", Annotation.Type.TEXT, List.of(0.5, 1.25), "line 1\nline \"2\""));
        return new Session("2026-11-26T14:00:00Z", List.of(new SessionFolder(p, new FolderFingerprint(3, 412))),
                "regimesTab", d, r, pw, c, a);
    }
}
