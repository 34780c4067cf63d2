package dev.chimera.workbench.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chimera.workbench.ingest.CancellationToken;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.ProgressListener;
import dev.chimera.workbench.model.Dataset;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole built-in catalog on the bundled sample data and on the real TR folders, run folder by run folder.
 * Each folder is loaded and checked once. Expected figures: python3 on the raw files (scripts described in
 * each comment: per-scope median / mean / p99 with numpy, np.polyfit and np.linalg.lstsq on per-model
 * geomeans of scenario medians) or the reports' published numbers.
 */
class FindingsScopedCatalogTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private static List<FindingResult> sample;
    private static List<FindingResult> real;
    private static Dataset sampleData;

    @BeforeAll
    static void checkBothFolders() throws Exception {
        sampleData = load("sample-data");
        sample = FindingsChecker.check(sampleData, CATALOG);
        real = FindingsChecker.check(load("../shared/real-results"), CATALOG);
    }

    private static Dataset load(String folder) throws Exception {
        return DatasetLoader.standard().load(Path.of(folder), ProgressListener.NONE, CancellationToken.none());
    }

    private static List<FindingResult> all(List<FindingResult> results, String id) {
        return results.stream().filter(r -> r.id().equals(id)).toList();
    }

    private static FindingResult one(List<FindingResult> results, String id, String scope) {
        List<FindingResult> hits = results.stream().filter(r -> r.id().equals(id) && r.scope().equals(scope)).toList();
        assertEquals(1, hits.size(), id + " in " + scope + ": " + all(results, id).stream()
                .map(FindingResult::scope).toList());
        return hits.get(0);
    }

    @Test
    void sampleDataSplitsIntoItsRunFolders() {
        // sample-data: five TR folders plus the six peer-tool folders (each a different producer)
        Set<String> scopes = Scopes.split(sampleData).stream().map(DatasetScope::path)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("peer-tools/aiperf", "peer-tools/genai-perf", "peer-tools/guidellm",
                "peer-tools/llmperf", "peer-tools/nvidia-smi", "peer-tools/vllm", "tr118-crossover", "tr119-cost",
                "tr120-compile", "tr121-scaling", "tr122-physics")), scopes);
    }

    @Test
    void crossoverAndPowerChecksNoLongerPoolRunFolders() {
        // pooled over sample-data the crossover was 164 M (INCONCLUSIVE); tr118-crossover alone gives 80.1 M over
        // 9 sizes (`crossover sample-data/tr118-crossover --mode prefill --a onnxruntime-cpu --b
        // transformers-gpu-compile`), and no other sample folder has both backends on 3 sizes
        List<FindingResult> cross = all(sample, "tr118.crossover");
        assertEquals(1, cross.size());
        assertEquals("tr118-crossover", cross.get(0).scope());
        assertEquals(Verdict.CONFIRMED, cross.get(0).verdict(), cross.get(0).detail());
        assertEquals(80.1e6, cross.get(0).measured(), 0.05e6);
        assertTrue(cross.get(0).detail().startsWith("in tr118-crossover ("), cross.get(0).detail());
        // baseline.json of tr122-physics: idle_watts_mean 20.6332864424
        FindingResult idle = one(sample, "tr122.idle-baseline", "tr122-physics");
        assertEquals(Verdict.CONFIRMED, idle.verdict(), idle.detail());
        assertEquals(20.6333, idle.measured(), 1e-4);
        // the 1 s nvidia-smi log of peer-tools is its own scope (p95 interval ~1000 ms: yours vs theirs)
        FindingResult smi = one(sample, "tr122.gap-threshold", "peer-tools/nvidia-smi");
        assertEquals(Verdict.INCONCLUSIVE, smi.verdict(), smi.detail());
        assertTrue(smi.measured() > 900, smi.detail());
    }

    @Test
    void eventGatingOnThePhysicsSample() {
        // python3 on generation_events.jsonl: 30 events, 24 shorter than 200 ms (t_end_ns - t_start_ns),
        // none of them with energy_quality good
        FindingResult r = one(sample, "tr122.event-gating", "tr122-physics");
        assertEquals(Verdict.CONFIRMED, r.verdict(), r.detail());
        assertEquals(24, r.n());
        assertEquals(1.0, r.measured(), 1e-12);
    }

    @Test
    void tr119FindingsOnTheSampleCostFolder() {
        // `cost sample-data/tr119-cost`: onnxruntime-gpu prefill per-scenario $/1M 0.2931, 0.1359, 0.1230,
        // 0.1505, 0.09833 -> mean 0.1602 (TR119 0.1279: yours / theirs 1.25, hardware-specific)
        FindingResult prefill = one(sample, "tr119.prefill-cheapest", "tr119-cost");
        assertEquals(Verdict.INCONCLUSIVE, prefill.verdict(), prefill.detail());
        assertEquals((0.2931 + 0.1359 + 0.1230 + 0.1505 + 0.09833) / 5, prefill.measured(), 2e-4);
        assertTrue(prefill.detail().contains("yours / theirs"), prefill.detail());
        // energy shares printed by `cost`: prefill 0.313 %, generate 0.592 % -> mean 0.45 %
        FindingResult share = one(sample, "tr119.energy-share", "tr119-cost");
        assertEquals(Verdict.CONFIRMED, share.verdict(), share.detail());
        assertEquals(0.004525, share.measured(), 5e-6);
        // per scenario (`cost`): batch_short transformers-gpu 0.07174 < onnxruntime-gpu 0.1505, batch_medium
        // 0.09221 < 0.09833, single_short transformers-gpu-compile 0.1573 < 0.2931: 3 of 5 scenarios flip
        FindingResult flip = one(sample, "tr119.prefill-scenario-flip", "tr119-cost");
        assertEquals(Verdict.CONFIRMED, flip.verdict(), flip.detail());
        assertEquals(3, flip.measured(), 0);
        assertEquals(5, flip.n());
        FindingResult row = one(sample, "regime.prefill-heavy", "tr119-cost");
        assertEquals(Verdict.CONFIRMED, row.verdict(), row.detail());
        assertTrue(row.detail().contains("batch_short transformers-gpu 0.07174"), row.detail());
    }

    @Test
    void tr119OnTheRealMatrixMatchesThePublishedFigures() {
        // Conclusive anchors: batch_short winner transformers-gpu 0.0585 (vs ORT-GPU 0.1445), batch_medium
        // transformers-gpu 0.0905; the mean-of-scenarios winner stays onnxruntime-gpu at 0.1279
        FindingResult flip = one(real, "tr119.prefill-scenario-flip", "tr119");
        assertEquals(Verdict.CONFIRMED, flip.verdict(), flip.detail());
        assertEquals(2, flip.measured(), 0);
        assertTrue(flip.detail().contains("batch_short: transformers-gpu 0.05846 vs 0.1445"), flip.detail());
        FindingResult row = one(real, "regime.prefill-heavy", "tr119");
        assertEquals(Verdict.CONFIRMED, row.verdict(), row.detail());
        assertEquals(1.0, row.measured(), 0);
        assertTrue(row.detail().contains("batch_medium transformers-gpu 0.09046"), row.detail());
        FindingResult prefill = one(real, "tr119.prefill-cheapest", "tr119");
        assertEquals(Verdict.CONFIRMED, prefill.verdict(), prefill.detail());
        assertEquals(0.1279, prefill.measured(), 0.0005);
    }

    @Test
    void tr117AndTr120CompileFindingsOnTheSample() {
        // python3 over sample tr120 run_*.json (status ok, all latencies_ms): transformers-gpu-compile e2e_kv
        // n 280, median 343.5046, mean 393.3144 -> inside 328.7 +/- 10 %
        FindingResult median = one(sample, "tr117.compile-median", "tr120-compile");
        assertEquals(Verdict.CONFIRMED, median.verdict(), median.detail());
        assertEquals(343.5046, median.measured(), 1e-3);
        assertEquals(280, median.n());
        assertTrue(median.detail().contains("mean 393.3 ms"), median.detail());
        // 22 compile-labelled run files, every one with compile.backend inductor and no fallback
        FindingResult label = one(sample, "tr117.compile-label", "tr120-compile");
        assertEquals(Verdict.CONTRADICTED, label.verdict(), label.detail());
        assertEquals(22, label.n());
        assertEquals(1.0, label.measured(), 0);
        // tr118-crossover: 18 bench JSONL files hold compile-labelled rows, none records compile metadata
        FindingResult noMeta = one(sample, "tr117.compile-label", "tr118-crossover");
        assertEquals(Verdict.INCONCLUSIVE, noMeta.verdict(), noMeta.detail());
        assertEquals(18, noMeta.n());
        // kv_decode medians: compile 103.9401 / eager 94.1084 = 1.1045 (the means 103.95 / 105.28 are skewed by
        // eager cold starts)
        FindingResult decode = one(sample, "tr120.compile-decode", "tr120-compile");
        assertEquals(Verdict.CONFIRMED, decode.verdict(), decode.detail());
        assertEquals(103.94011449999999 / 94.1083505, decode.measured(), 1e-6);
    }

    @Test
    void tr120RealTritonRunContradictsTheTailClaimAndConfirmsCompileDecode() {
        // python3 over real tr120_root_cause_triton run_*.json, e2e_kv: eager median 97.908 < compile 106.745,
        // p99 (numpy linear) eager 142.845 vs compile 149.603 -> 0.9548: the median winner has the lighter tail
        FindingResult tail = one(real, "checklist.track-p99", "tr120");
        assertEquals(Verdict.CONTRADICTED, tail.verdict(), tail.detail());
        assertEquals(142.84476216999963 / 149.60348246002383, tail.measured(), 1e-6);
        // kv_decode medians 98.0048 / 90.9990 = 1.0770
        FindingResult decode = one(real, "tr120.compile-decode", "tr120");
        assertEquals(Verdict.CONFIRMED, decode.verdict(), decode.detail());
        assertEquals(98.00479950000351 / 90.99895549999815, decode.measured(), 1e-6);
        // compile median 106.7 ms vs TR117's 328.7: a hardware/harness difference, reported as a ratio
        FindingResult median = one(real, "tr117.compile-median", "tr120");
        assertEquals(Verdict.INCONCLUSIVE, median.verdict(), median.detail());
        assertEquals(106.74455350002177 / 328.7, median.ratio(), 1e-6);
        // 15 compile-labelled files, all inductor without fallback
        FindingResult label = one(real, "tr117.compile-label", "tr120");
        assertEquals(Verdict.CONTRADICTED, label.verdict(), label.detail());
        assertEquals(15, label.n());
    }

    @Test
    void tr121FindingsOnTheSample() {
        // python3 on runs.jsonl (ok, non-warmup; per model: geomean over scenarios of the median latency_ms):
        // hf_gpu_fp16 e2e_kv np.linalg.lstsq on [1, ln params_M, ln n_layer] -> gamma 0.7318, beta -0.06282,
        // gamma/|beta| 11.650 (the engine uses measured params, 11.653)
        FindingResult depth = one(sample, "tr121.depth-vs-params", "tr121-scaling");
        assertEquals(Verdict.CONFIRMED, depth.verdict(), depth.detail());
        assertEquals(11.65, depth.measured(), 0.01);
        assertEquals(7, depth.n());
        // np.polyfit(log10 params, log10 lat): hf_gpu_fp16 e2e_kv slope 0.04127, R^2 0.05685 -> gate fails
        FindingResult small = one(sample, "tr121.small-gpu-params", "tr121-scaling");
        assertEquals(Verdict.CONFIRMED, small.verdict(), small.detail());
        assertEquals(0.05685, small.measured(), 0.0005);
        // ollama e2e_kv slope 0.6435, R^2 0.9213 -> gate passes
        FindingResult large = one(sample, "tr121.large-params", "tr121-scaling");
        assertEquals(Verdict.CONFIRMED, large.verdict(), large.detail());
        assertEquals(0.9213, large.measured(), 0.0005);
        // decode fraction medians (gen_tokens_target 64): hf_cpu 0.97969, hf_gpu 0.98109, ollama 0.98308
        FindingResult decode = one(sample, "tr121.decode-dominance", "tr121-scaling");
        assertEquals(Verdict.CONFIRMED, decode.verdict(), decode.detail());
        assertEquals(0.97969, decode.measured(), 1e-4);
        // kv_decode geomeans: gpt2-5m (12 layers) 628.3 ms vs gpt2-25m (3 layers) 172.6 ms = 3.64
        FindingResult wide = one(sample, "checklist.wide-over-deep", "tr121-scaling");
        assertEquals(Verdict.CONFIRMED, wide.verdict(), wide.detail());
        assertEquals(628.3 / 172.6, wide.measured(), 0.01);
        // the max warmup cell is no longer NaN: 12 of 171 cells above 10x, largest 194.5x
        FindingResult warm = one(sample, "tr121.warmup-ratio", "tr121-scaling");
        assertEquals(Verdict.CONFIRMED, warm.verdict(), warm.detail());
        assertEquals(171, warm.n());
    }

    @Test
    void tr118SizeGuidanceAndRegimeRowsOnTheRealRuns() {
        // TR118 §4.2 / §4.3 published prefill and generate throughputs appear as the data's winners:
        // 0.103M prefill onnxruntime-cpu wins; 124M prefill tensorrt-int8 6,284 tok/s; generate tiny ORT-CPU
        // 2,970 vs ORT-GPU 468 (decode-heavy row disagrees there)
        FindingResult tiny = one(real, "tr118.tiny-ort-cpu", "tr118");
        assertEquals(Verdict.CONFIRMED, tiny.verdict(), tiny.detail());
        assertEquals(1, tiny.n());
        FindingResult large = one(real, "tr118.large-gpu", "tr118");
        assertEquals(Verdict.CONFIRMED, large.verdict(), large.detail());
        assertTrue(large.detail().contains("124M tensorrt-int8 6284.3"), large.detail());
        FindingResult decode = one(real, "regime.decode-heavy", "tr118");
        assertTrue(decode.detail().contains("0.103M onnxruntime-cpu 2969.9 vs onnxruntime-gpu 467.7 (disagrees)"),
                decode.detail());
        assertEquals(Verdict.CONFIRMED, one(real, "regime.size-tiny", "tr118").verdict());
        // mixed / unknown row (onnxruntime-gpu): prefill is won by ORT-CPU or TensorRT at all 7 sizes (TR118 §4.3:
        // gpt2 INT8 6,284 > FP32 4,711 > ORT-GPU 3,927), generate by ORT-GPU at 5 of 7 -> 5 / 14
        FindingResult mixed = one(real, "regime.mixed", "tr118");
        assertEquals(Verdict.INCONCLUSIVE, mixed.verdict(), mixed.detail());
        assertEquals(5.0 / 14, mixed.measured(), 1e-12);
        assertEquals(14, mixed.n());
        // the seed's small / medium tiers name ORT-GPU; TensorRT or ORT-CPU win every measured size there
        FindingResult small = one(real, "regime.size-small", "tr118");
        assertEquals(Verdict.INCONCLUSIVE, small.verdict(), small.detail());
        assertEquals(0.0, small.measured(), 0);
        FindingResult medium = one(real, "regime.size-medium", "tr118");
        assertEquals(Verdict.INCONCLUSIVE, medium.verdict(), medium.detail());
        // no folder has a model above 500 M run on two backends in prefill: one NO_DATA over all scopes
        List<FindingResult> big = all(real, "regime.size-large");
        assertEquals(1, big.size());
        assertEquals(Verdict.NO_DATA, big.get(0).verdict());
        assertEquals("", big.get(0).scope());
        assertTrue(big.get(0).detail().startsWith("none of the 5 run folders has the data"), big.get(0).detail());
        // the pooled real TR118 folders give the crossover over their 7 sizes: 81.0 M, inside 56-120 M
        FindingResult cross = one(real, "tr118.crossover", "tr118");
        assertEquals(Verdict.CONFIRMED, cross.verdict(), cross.detail());
        assertEquals(7, cross.n());
    }

    @Test
    void everyCatalogEntryIsAssertedSomewhereAndAllFourVerdictsOccur() {
        // the ids asserted in this class and in FindingsCheckerTest / FindingsVerdictRulesTest
        Set<String> asserted = Set.of("tr118.crossover", "tr119.prefill-cheapest", "tr119.generate-cheapest",
                "tr119.energy-share", "tr120.cold-start-flip", "checklist.track-p99", "tr121.warmup-ratio",
                "tr122.idle-baseline", "tr122.gap-threshold", "tr122.event-gating", "tr122.heat-soak",
                "tr117.compile-median", "tr117.compile-label", "tr118.tiny-ort-cpu", "tr118.large-gpu",
                "tr119.prefill-scenario-flip", "tr120.compile-decode", "tr121.depth-vs-params",
                "tr121.small-gpu-params", "tr121.large-params", "tr121.decode-dominance", "checklist.wide-over-deep",
                "regime.decode-heavy", "regime.prefill-heavy", "regime.mixed", "regime.size-tiny", "regime.size-small",
                "regime.size-medium", "regime.size-large");
        assertEquals(new TreeSet<>(asserted), CATALOG.findings().stream().map(Finding::id)
                .collect(Collectors.toCollection(TreeSet::new)));
        EnumSet<Verdict> seen = EnumSet.noneOf(Verdict.class);
        sample.forEach(r -> seen.add(r.verdict()));
        real.forEach(r -> seen.add(r.verdict()));
        assertEquals(EnumSet.allOf(Verdict.class), seen);
    }
}
