package dev.chimera.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class MannWhitneyTest {

    /**
     * By hand: a = {1, 2, 3}, b = {2, 4, 5, 6}. Pooled mid-ranks 1, 2.5, 2.5, 4, 5, 6, 7; R_a = 1 + 2.5 + 4 = 7.5,
     * U_a = 7.5 − 3·4/2 = 1.5, U_b = 12 − 1.5 = 10.5. σ = sqrt(3·4/12 · (8 − (2³ − 2)/(7·6))) = 2.803060,
     * z = (10.5 − 6 − 0.5)/σ = 1.427012, p = 2·(1 − Φ(z)) = 0.153576 (scipy.stats.mannwhitneyu(...,
     * method="asymptotic") prints 0.15357639654998376). Rank-biserial 1 − 2·1.5/12 = 0.75.
     */
    @Test
    void tinyExampleByHand() {
        MannWhitney mw = MannWhitney.test(new double[] {1, 2, 3}, new double[] {2, 4, 5, 6});
        assertThat(mw.u()).isEqualTo(1.5);
        assertThat(mw.z()).isCloseTo(1.427012, within(1e-6));
        assertThat(mw.pValue()).isCloseTo(0.15357639654998376, within(1e-12));
        assertThat(mw.rankBiserial()).isEqualTo(0.75);
    }

    @Test
    void normalTailIsAccurateFarOut() {
        // python3 math.erfc
        assertThat(MannWhitney.erfc(0.1)).isCloseTo(0.8875370839817152, within(1e-13));
        assertThat(MannWhitney.erfc(1)).isCloseTo(0.15729920705028513, within(1e-13));
        assertThat(MannWhitney.erfc(2.4)).isCloseTo(0.0006885138966450789, within(1e-9 * 0.0006885138966450789));
        assertThat(MannWhitney.erfc(2.6)).isCloseTo(0.00023603441652934908, within(1e-12 * 0.00023603441652934908));
        assertThat(MannWhitney.erfc(10)).isCloseTo(2.088487583762545e-45, within(1e-12 * 2.088487583762545e-45));
        assertThat(MannWhitney.erfc(16)).isCloseTo(2.3284857515715308e-113, within(1e-12 * 2.3284857515715308e-113));
    }

    /**
     * The real TR120 run's own analysis (analysis/processed/summary.json, comparisons.overall.mann_whitney,
     * written by scipy.stats.mannwhitneyu(a, b, alternative="two-sided") with a = transformers-gpu) is
     * reproduced from its raw run files.
     */
    @Test
    void reproducesTheTr120RunsOwnMannWhitney() throws Exception {
        Path root = Path.of("../shared/real-results/tr120/tr120_root_cause_triton/20251221_172056");
        Table runs = DatasetLoader.standard().load(root).table(CanonicalTable.RUNS);
        Map<String, double[]> expected = Map.of(
                "prefill", new double[] {65233.0, 9.207470150806097e-57},
                "kv_decode", new double[] {15668.0, 2.0196033985523688e-30},
                "e2e_kv", new double[] {18391.0, 2.2541787211028952e-23});
        for (Map.Entry<String, double[]> e : expected.entrySet()) {
            Table mode = runs.where(runs.stringColumn(RunColumns.MODE).isEqualTo(e.getKey()));
            Map<String, List<Sample>> g = SampleCollector.byValue(mode, RunColumns.LATENCY_MS, RunColumns.BACKEND,
                    SampleFilter.defaults());
            MannWhitney mw = MannWhitney.test(Sample.values(g.get("transformers-gpu")),
                    Sample.values(g.get("transformers-gpu-compile")));
            assertThat(mw.nA()).as(e.getKey()).isEqualTo(270);
            assertThat(mw.u()).as(e.getKey()).isEqualTo(e.getValue()[0]);
            assertThat(mw.pValue()).as(e.getKey()).isCloseTo(e.getValue()[1], within(1e-8 * e.getValue()[1]));
        }
    }
}
