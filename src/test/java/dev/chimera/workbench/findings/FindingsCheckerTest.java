package dev.chimera.workbench.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chimera.workbench.ingest.CancellationToken;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.ProgressListener;
import dev.chimera.workbench.model.Dataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FindingsCheckerTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    private static FindingResult check(String folder, String id) throws Exception {
        Dataset ds = DatasetLoader.standard().load(Path.of(folder), ProgressListener.NONE, CancellationToken.none());
        return FindingsChecker.check(ds, CATALOG.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow());
    }

    @Test
    void aCancelledRunStopsBetweenFindingsAndAnUncancelledOneChecksThemAll() throws Exception {
        Dataset ds = DatasetLoader.standard().load(Path.of("sample-data/tr118-crossover"), ProgressListener.NONE,
                CancellationToken.none());
        CancellationToken cancelled = new CancellationToken();
        cancelled.cancel();
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> FindingsChecker.check(ds, CATALOG, cancelled));
        // Not cancelled: the same results as the plain call, one or more per finding of the catalog.
        var all = FindingsChecker.check(ds, CATALOG, new CancellationToken());
        assertEquals(FindingsChecker.check(ds, CATALOG), all);
        assertTrue(all.size() >= CATALOG.findings().size());
    }

    @Test
    void crossoverOnSampleDataIsInsideTheReportCi() throws Exception {
        // `crossover sample-data/tr118-crossover --mode prefill --a onnxruntime-cpu --b transformers-gpu-compile`
        // prints 80.1M, CI [58.2M, 122M] over 9 sizes: inside TR118's 56-120 M
        FindingResult r = check("sample-data/tr118-crossover", "tr118.crossover");
        assertEquals(Verdict.CONFIRMED, r.verdict(), r.detail());
        assertEquals(80.1e6, r.measured(), 0.05e6);
        assertEquals(9, r.n());
    }

    @Test
    void tr119CostIsConfirmedOnTheRealMatrix() throws Exception {
        // TR119 headline: (0.09832+0.1445+0.1223+0.1212+0.1529)/5 = 0.1279; the cost command prints 0.1279 / 1.204
        FindingResult prefill = check("../shared/real-results/tr119/tr119_matrix", "tr119.prefill-cheapest");
        assertEquals(Verdict.CONFIRMED, prefill.verdict(), prefill.detail());
        assertEquals(0.1279, prefill.measured(), 0.0005);
        assertEquals(5, prefill.n());
        FindingResult gen = check("../shared/real-results/tr119/tr119_matrix", "tr119.generate-cheapest");
        assertEquals(Verdict.CONFIRMED, gen.verdict(), gen.detail());
        assertEquals(1.204, gen.measured(), 0.001);
        // energy shares printed by `cost`: prefill 0.33 %, generate 0.59 % -> mean ~0.46 %
        FindingResult share = check("../shared/real-results/tr119/tr119_matrix", "tr119.energy-share");
        assertEquals(Verdict.CONFIRMED, share.verdict(), share.detail());
        assertEquals(0.0046, share.measured(), 0.0002);
    }

    @Test
    void compileParadoxIsColdStartSkewOnSampleData() throws Exception {
        // `coldstart sample-data/tr120-compile`, e2e_kv: compile 393.314 vs gpu 405.816 (delta -12.5 ms);
        // without first samples 393.421 vs 388.388 -> +5.033 ms: the sign flips
        FindingResult r = check("sample-data/tr120-compile", "tr120.cold-start-flip");
        assertEquals(Verdict.CONFIRMED, r.verdict(), r.detail());
        assertEquals(393.421 - 388.388, r.measured(), 0.01);
        assertEquals(7, r.n());
        // gpu wins the median (327.614 < 343.505) but has the worse p99 (772.801 vs 605.586 = 1.276)
        FindingResult tail = check("sample-data/tr120-compile", "checklist.track-p99");
        assertEquals(Verdict.CONFIRMED, tail.verdict(), tail.detail());
        assertEquals(772.801 / 605.586, tail.measured(), 0.001);
    }

    @Test
    void powerFindingsHaveNoDataWithoutPower() throws Exception {
        for (String id : new String[] {"tr122.idle-baseline", "tr122.gap-threshold", "tr122.event-gating",
            "tr122.heat-soak"}) {
            FindingResult r = check("sample-data/tr120-compile", id);
            assertEquals(Verdict.NO_DATA, r.verdict(), id);
            assertTrue(r.detail().contains("no power samples"), r.detail());
        }
    }

    @Test
    void tr122FindingsOnThePhysicsSample() throws Exception {
        // `power sample-data/tr122-physics`: baseline.json 20.633 W; equilibrium 420 s = 7.0 min after load start
        FindingResult idle = check("sample-data/tr122-physics", "tr122.idle-baseline");
        assertEquals(Verdict.CONFIRMED, idle.verdict(), idle.detail());
        assertEquals(20.633, idle.measured(), 0.001);
        FindingResult soak = check("sample-data/tr122-physics", "tr122.heat-soak");
        assertEquals(Verdict.CONFIRMED, soak.verdict(), soak.detail());
        assertEquals(7.007, soak.measured(), 0.01);
    }

    @Test
    void hardwareSpecificNumberThatDiffersIsInconclusiveNotContradicted() throws Exception {
        // sample-data/peer-tools/nvidia-smi is a 1 s nvidia-smi log: p95 interval ~1000 ms, above 250 ms, but
        // the 100 ms poller is TR122's setup, so this is "yours vs theirs", never CONTRADICTED
        FindingResult r = check("sample-data/peer-tools/nvidia-smi", "tr122.gap-threshold");
        assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.detail());
        assertTrue(r.detail().contains("yours / theirs"), r.detail());
        assertTrue(r.measured() > 900, r.detail());
        // sample tr121: 12 of 171 warmup cells exceed 10x (largest 194.5x, hf_gpu_fp16 gpt2-100m medium prefill)
        FindingResult w = check("sample-data/tr121-scaling", "tr121.warmup-ratio");
        assertEquals(Verdict.CONFIRMED, w.verdict(), w.detail());
        assertEquals(171, w.n());
    }

    @Test
    void userCatalogErrorsNameTheJsonPath() {
        CatalogException e = assertThrows(CatalogException.class, () -> Catalog.parse(
                "{\"schema\":\"chimera.findings\",\"version\":1,\"findings\":[{\"id\":\"x\",\"kind\":\"portable\","
                        + "\"computation\":{\"check\":\"nope\"}}]}", "mine.json"));
        assertTrue(e.getMessage().contains("$.findings[0].computation.check"), e.getMessage());
        // 11 original findings + 18 added for issue 7's "at least" list (see FindingsScopedCatalogTest)
        assertEquals(29, CATALOG.findings().size());
    }
}
