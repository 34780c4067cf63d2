package dev.chimera.workbench.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data's winner on the TR118 sample folder (ORT-CPU vs PyTorch-compile crossover data, §4.2). */
class YourRegimeTest {
    static YourRegime prefill;

    @BeforeAll
    static void load() throws Exception {
        ScalingData data = ScalingData.collect(
                DatasetLoader.standard().load(Path.of("sample-data/tr118-crossover")).table(CanonicalTable.RUNS),
                ScalingOptions.defaults(ScalingMetric.THROUGHPUT, Aggregation.MEAN_OF_SCENARIO_MEANS));
        prefill = YourRegime.of(data, "prefill");
    }

    @Test
    void labelsMeasuredInterpolatedExtrapolated() {
        // tiny-gpt2 (102,714) was run: 110 k is within 15 % → measured; ORT-CPU wins there (§4.2: 87,996 tok/s
        // vs at most 5,620 for any other backend).
        YourRegime.Answer tiny = prefill.at(110_000);
        assertThat(tiny.label()).isEqualTo(RegimeLabel.MEASURED);
        assertThat(tiny.winner()).isEqualTo("onnxruntime-cpu");
        assertThat(tiny.estimates()).allMatch(e -> e.measuredModel().equals("tiny-gpt2"));
        // 18 M lies between gpt2-1m (11.18 M) and gpt2-25m, more than 15 % from both → interpolated.
        assertThat(prefill.at(18e6).label()).isEqualTo(RegimeLabel.INTERPOLATED);
        // 1 B is beyond gpt2 (124 M) → extrapolated.
        assertThat(prefill.at(1e9).label()).isEqualTo(RegimeLabel.EXTRAPOLATED);
    }

    @Test
    void winnerChangesAwayFromOrtCpuAsModelsGrow() {
        // The sample follows §4.2: ORT-CPU wins at the tiny end, GPU paths win at gpt2 (TRT-INT8 6,284 tok/s
        // is the §4.2 gpt2 prefill maximum).
        assertThat(prefill.at(124_439_808).winner()).isEqualTo("tensorrt-int8");
        assertThat(prefill.boundaries()).isNotEmpty();
        YourRegime.Boundary first = prefill.boundaries().get(0);
        assertThat(first.from()).isEqualTo("onnxruntime-cpu");
        assertThat(first.params()).isBetween(1e6, 124.5e6);
        for (YourRegime.Boundary b : prefill.boundaries()) {
            // just below and above a boundary the winner differs
            assertThat(prefill.at(b.params() * 0.999).winner()).isEqualTo(b.from());
            assertThat(prefill.at(b.params() * 1.001).winner()).isEqualTo(b.to());
        }
    }

    @Test
    void aQueryAtAnySizeAnswersFromThePrecomputedFits() {
        // Speed is measured by the JMH SliderStepBenchmark (docs/benchmarks.md), never by a timed unit test.
        for (int i = 0; i < 100; i++) {
            double size = Math.pow(10, 5 + 7.0 * i / 99);
            assertThat(prefill.at(size).params()).isCloseTo(size, within(1e-6 * size));
        }
        assertThat(prefill.at(76e6).value()).isGreaterThan(0);
        assertThat(prefill.at(76e6).params()).isCloseTo(76e6, within(1e-6));
    }
}
