package dev.chimera.workbench.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TR119's published costs reproduced from the real matrix. The report prints 4 significant digits, so the
 * tolerance is half a unit of the last printed digit (0.1279 ± 0.00005, 1.204 ± 0.0005). Independent check:
 * python3 over raw/bench_tr119_1766283446.jsonl (prefill) and _1766283570.jsonl (generate): per scenario
 * tok/s = mean of the ok runs' mean throughput_tok_s, W = mean of resource_metrics.gpu_power_mean_watts (GPU
 * backends) or cpu_power_mean_watts (CPU backends); cost = 1e6/tps/3600·1.006 + W·(1e6/tps)/3.6e6·0.20; ORT-GPU
 * prefill mean of the 5 = 0.1278653, generate 1.2041333.
 */
class Tr119CostTest {
    private static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        dataset = DatasetLoader.standard().load(Path.of("../shared/real-results/tr119/tr119_matrix"));
    }

    private static CostReport report(List<ThroughputPoint> points, String tier, CostAggregation how) {
        Pricing pricing = Pricing.defaults();
        return CostEngine.compute(points, pricing, pricing.tier(tier).orElseThrow(), how);
    }

    private static List<ThroughputPoint> raw() {
        return CostInputs.fromRuns(dataset.table(CanonicalTable.RUNS), CostInputs.FileSelection.NEWEST_PER_MODE);
    }

    @Test
    void onnxruntimeGpuFromTheRawBenchFiles() {
        CostReport r = report(raw(), "on-demand", CostAggregation.MEAN_OF_SCENARIOS);
        CostRow prefill = r.aggregate("onnxruntime-gpu", "prefill");
        CostRow generate = r.aggregate("onnxruntime-gpu", "generate");
        assertThat(prefill.usdPer1m()).isCloseTo(0.1279, within(0.00005));
        assertThat(prefill.usdPer1m()).isCloseTo(0.1278653, within(1e-7)); // python3, exact
        assertThat(generate.usdPer1m()).isCloseTo(1.204, within(0.0005));
        assertThat(generate.usdPer1m()).isCloseTo(1.2041333, within(1e-7));
        assertThat(prefill.powerSource()).isEqualTo(PowerSource.GPU);
        // Per scenario (tr-figures §4.3): single_short 0.1529 … batch_medium 0.09832, 7 runs each.
        List<CostRow> scenarios = r.scenarios().stream()
                .filter(c -> c.backend().equals("onnxruntime-gpu") && c.mode().equals("prefill")).toList();
        assertThat(scenarios).extracting(CostRow::scenario).containsExactly("single_short", "single_medium",
                "single_long", "batch_short", "batch_medium");
        assertThat(scenarios.get(0).usdPer1m()).isCloseTo(0.1529, within(0.00005));
        assertThat(scenarios.get(4).usdPer1m()).isCloseTo(0.09832, within(0.000005));
        assertThat(scenarios).allSatisfy(c -> assertThat(c.runs()).isEqualTo(7));
        // Carbon 1.043 g/1M (mean kWh × 500) and 503,440,295 tok/kWh (mean of per-scenario reciprocals).
        assertThat(prefill.gco2ePer1m()).isCloseTo(1.043, within(0.0005));
        assertThat(prefill.tokensPerKwh()).isCloseTo(503_440_295, within(500.0));
        // The other TR119 headlines: compile prefill 0.1995, transformers-cpu prefill 0.971 (CPU package W),
        // CPU generate 18.47.
        assertThat(r.aggregate("transformers-gpu-compile", "prefill").usdPer1m()).isCloseTo(0.1995, within(0.00005));
        assertThat(r.aggregate("transformers-cpu", "prefill").usdPer1m()).isCloseTo(0.971, within(0.0005));
        assertThat(r.aggregate("transformers-cpu", "prefill").powerSource()).isEqualTo(PowerSource.CPU);
        assertThat(r.aggregate("transformers-cpu", "generate").usdPer1m()).isCloseTo(18.47, within(0.005));
    }

    @Test
    void onnxruntimeGpuFromTheProcessedSummary() {
        List<ThroughputPoint> points = CostInputs.fromSummaries(dataset.table(CanonicalTable.SUMMARIES));
        assertThat(points).hasSize(50); // 5 backends × 5 scenarios × 2 modes (wc: 50 data rows)
        CostReport r = report(points, "on-demand", CostAggregation.MEAN_OF_SCENARIOS);
        assertThat(r.aggregate("onnxruntime-gpu", "prefill").usdPer1m()).isCloseTo(0.1279, within(0.00005));
        assertThat(r.aggregate("onnxruntime-gpu", "generate").usdPer1m()).isCloseTo(1.204, within(0.0005));
        assertThat(r.aggregate("onnxruntime-gpu", "prefill").usdPer1m()).isCloseTo(0.1278653, within(1e-7));
    }

    @Test
    void poolingEveryRawFileGivesADifferentAnswer() {
        // The folder holds 3 prefill files; TR119 analyses only the newest. Pooling them mixes in a run whose
        // single_short ORT-GPU throughput was 435 tok/s (python3), so the cost rises well above 0.1279.
        CostReport pooled = report(CostInputs.fromRuns(dataset.table(CanonicalTable.RUNS),
                CostInputs.FileSelection.ALL), "on-demand", CostAggregation.MEAN_OF_SCENARIOS);
        assertThat(pooled.aggregate("onnxruntime-gpu", "prefill").usdPer1m()).isGreaterThan(0.13);
    }

    @Test
    void costAtMeanThroughputIsNotTheHeadline() {
        CostReport r = report(raw(), "on-demand", CostAggregation.AT_MEAN_THROUGHPUT);
        // python3: cost at mean tps 2245.85 and mean W 16.632: 0.1248350 (prefill), 0.9023833 (generate).
        assertThat(r.aggregate("onnxruntime-gpu", "prefill").usdPer1m()).isCloseTo(0.1248350, within(1e-7));
        assertThat(r.aggregate("onnxruntime-gpu", "generate").usdPer1m()).isCloseTo(0.9023833, within(1e-7));
    }

    @Test
    void spotTierAndRequestCostAndTco() {
        CostReport spot = report(raw(), "spot", CostAggregation.MEAN_OF_SCENARIOS);
        // TR119 §4: spot ORT-GPU prefill $0.03868.
        assertThat(spot.aggregate("onnxruntime-gpu", "prefill").usdPer1m()).isCloseTo(0.03868, within(0.000005));
        CostReport od = report(raw(), "on-demand", CostAggregation.MEAN_OF_SCENARIOS);
        Pricing pricing = Pricing.defaults();
        // TR119 §4: 256 prompt + 128 generated tokens on ORT-GPU = 0.114 s + 0.4108 s, $0.0001475 per request.
        RequestCost req = RequestCost.of(256, 128, od.aggregate("onnxruntime-gpu", "prefill"),
                od.aggregate("onnxruntime-gpu", "generate"), pricing.tier("on-demand").orElseThrow(), pricing);
        assertThat(req.prefillS()).isCloseTo(0.114, within(0.0005));
        assertThat(req.generateS()).isCloseTo(0.4108, within(0.00005));
        assertThat(req.totalUsd()).isCloseTo(0.0001475, within(0.00000005));
        // TCO: 1B tokens/month × 12 at the mean of both modes ((0.12787 + 1.20413) / 2 = $0.666/1M) = $7,992.
        double bothModes = (od.aggregate("onnxruntime-gpu", "prefill").usdPer1m()
                + od.aggregate("onnxruntime-gpu", "generate").usdPer1m()) / 2;
        assertThat(Capacity.tcoUsd(bothModes, 1e9, 12)).isCloseTo(7992, within(0.5));
    }
}
