package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.regime.Agreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.CrossoverPoint;
import dev.chimera.workbench.analysis.scaling.MultivariateFit;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.analysis.scaling.SeriesKey;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.regime.RegimeLabel;
import dev.chimera.workbench.regime.YourRegime;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import dev.chimera.workbench.ui.task.QueuedTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Regimes tab's ViewModel on the TR118 and TR121 samples, with a same-thread executor. */
class RegimeViewModelTest {
    private static Dataset tr118;
    private static YourRegime prefillThroughput;
    private CurrentThreadTaskExecutor executor;
    private RegimeViewModel vm;

    @BeforeAll
    static void load() throws IOException {
        tr118 = DatasetLoader.standard().load(Path.of("sample-data/tr118-crossover"));
        // Independently of the ViewModel: the engine's regime of the same data, metric, mode and aggregation.
        prefillThroughput = YourRegime.of(ScalingData.collect(tr118.table(CanonicalTable.RUNS),
                ScalingOptions.defaults(ScalingMetric.THROUGHPUT, Aggregation.MEAN_OF_SCENARIO_MEANS)), "prefill");
    }

    @BeforeEach
    void setUp() {
        executor = new CurrentThreadTaskExecutor();
        vm = new RegimeViewModel(executor);
    }

    private void openTr118() {
        vm.setDataset(tr118);
        vm.metricProperty().set(ScalingMetric.THROUGHPUT);
        vm.modeProperty().set("prefill");
        vm.aggregationProperty().set(Aggregation.MEAN_OF_SCENARIO_MEANS);
    }

    @Test
    void metricsAndModesArriveFromTheBackgroundAndSettingsAskedMeanwhileApplyThen() {
        // Finding the metrics with values and the modes scans every row: never on the calling (UI) thread.
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        RegimeViewModel later = new RegimeViewModel(queued);
        later.setDataset(tr118);
        assertThat(later.metricsProperty()).isEmpty();
        assertThat(later.modesProperty()).isEmpty();
        assertThat(later.computingProperty().get()).isTrue();
        assertThat(queued.pending()).isEqualTo(1);

        // As a session restore or a finding's "Show in view" does right after a load.
        later.whenChoicesReady(() -> later.modeProperty().set("generate"));
        queued.runAll(); // the choices, then the one computation they start
        assertThat(later.modesProperty()).containsExactly("generate", "prefill");
        assertThat(later.modeProperty().get()).isEqualTo("generate");
        assertThat(later.resultProperty().get()).isNotNull();
        assertThat(later.computingProperty().get()).isFalse();
    }

    @Test
    void defaultsFollowTheData() {
        vm.setDataset(tr118);
        // The sample has latency_ms and tokens_per_s; modes prefill and generate (README); prefill preferred.
        assertThat(vm.metricsProperty()).containsExactly(ScalingMetric.THROUGHPUT, ScalingMetric.LATENCY,
                RegimeViewModel.COST);
        assertThat(vm.modesProperty()).containsExactly("generate", "prefill");
        assertThat(vm.modeProperty().get()).isEqualTo("prefill");
        assertThat(vm.resultProperty().get()).isNotNull();
        assertThat(vm.resultProperty().get().chart()).isNotNull();
        // 6 backends in prefill (README: 6 backends x 6 scenarios x 5 reps).
        assertThat(vm.backendsProperty()).hasSize(6);
        // Without a chosen pair: the pair either side of the data's first winner change.
        YourRegime.Boundary first = prefillThroughput.boundaries().get(0);
        assertThat(vm.backendAProperty().get()).isEqualTo(first.from()).isEqualTo("onnxruntime-cpu");
        assertThat(vm.backendBProperty().get()).isEqualTo(first.to());
    }

    @Test
    void sliderAt10MIsSmallAndAt200MIsMedium() {
        openTr118();
        RegimeStep s = vm.step();
        s.gpuProperty().set("yes");
        s.objectiveProperty().set("latency");
        s.workloadProperty().set("prefill");

        vm.paramsProperty().set(10e6);
        // seed-size-tiers.json: Small is [1M, 50M), row index 1; tree: size Small -> GPU yes -> ONNX Runtime GPU.
        assertThat(s.highlightedRowProperty().get()).isEqualTo(1);
        assertThat(s.tierProperty().get()).isEqualTo("Small (1M-50M)");
        assertThat(s.trSaysProperty().get()).isEqualTo("ONNX Runtime GPU");
        assertThat(s.treePath()).containsExactly("Model size? 10M \u2192 Small", "GPU available? yes \u2192 GPU",
                "\u2192 ONNX Runtime GPU");
        YourRegime.Answer at10 = prefillThroughput.at(10e6);
        assertThat(s.winnerProperty().get()).isEqualTo(at10.winner()).isNotEmpty();
        // gpt2-1m (11.18 M) is within 15 % of 10 M (|11.18/10 - 1| = 0.118) on every backend -> measured.
        assertThat(s.labelProperty().get()).isEqualTo(at10.label()).isEqualTo(RegimeLabel.MEASURED);
        // The seed names onnxruntime-gpu; the data has that backend, so it is comparable either way.
        assertThat(s.agreementProperty().get()).isEqualTo(at10.winner().equals("onnxruntime-gpu")
                ? Agreement.AGREES : Agreement.DISAGREES);

        vm.paramsProperty().set(200e6);
        // Medium [50M, 500M): GPU yes -> latency -> prefill-heavy -> real compile with padding.
        assertThat(s.highlightedRowProperty().get()).isEqualTo(2);
        assertThat(s.tierProperty().get()).isEqualTo("Medium (50M-500M)");
        assertThat(s.trSaysProperty().get()).isEqualTo("real compile (Inductor) with padding");
        assertThat(s.treePath()).hasSize(5);
        YourRegime.Answer at200 = prefillThroughput.at(200e6);
        assertThat(s.winnerProperty().get()).isEqualTo(at200.winner());
        // 200 M is beyond gpt2 (124.4 M), the largest model run -> extrapolated.
        assertThat(s.labelProperty().get()).isEqualTo(RegimeLabel.EXTRAPOLATED).isEqualTo(at200.label());
        assertThat(s.agreementProperty().get()).isEqualTo(at200.winner().equals("transformers-gpu-compile")
                ? Agreement.AGREES : Agreement.DISAGREES);

        // 30 M lies between gpt2-25m (25.0 M, 20 % away) and gpt2-45m (45.2 M) -> interpolated.
        vm.paramsProperty().set(30e6);
        assertThat(s.labelProperty().get()).isEqualTo(RegimeLabel.INTERPOLATED);
        // No GPU at Small: the workbench's CPU leaf.
        s.gpuProperty().set("no");
        assertThat(s.trSaysProperty().get()).isEqualTo("ONNX Runtime CPU");
        assertThat(s.highlightedRowProperty().get()).isEqualTo(1);
    }

    @Test
    void sliderStepsQueryWithoutRecomputing() {
        openTr118();
        int jobs = executor.submittedCount();
        RegimeResult before = vm.resultProperty().get();
        for (double p : new double[] {0.5e6, 10e6, 200e6, 5e9, 1e12, 1e5}) {
            vm.paramsProperty().set(p);
        }
        vm.step().objectiveProperty().set("cost");
        assertThat(executor.submittedCount()).isEqualTo(jobs);
        assertThat(vm.resultProperty().get()).isSameAs(before);
        // Tiny and Large rows at the ends.
        vm.paramsProperty().set(0.5e6);
        assertThat(vm.step().highlightedRowProperty().get()).isEqualTo(0);
        vm.paramsProperty().set(5e9);
        assertThat(vm.step().highlightedRowProperty().get()).isEqualTo(3);
        // A mode change does recompute, once.
        vm.modeProperty().set("generate");
        assertThat(executor.submittedCount()).isEqualTo(jobs + 1);
    }

    /**
     * Cost per 1M tokens at the on-demand $1.006/h is 1.006e6 / (tok/s · 3600) per model, so the cost ratio of two
     * backends is the inverse of their throughput ratio and the crossover size is the same.
     */
    @Test
    void costMetricIsThroughputPricedAndCrossesWhereThroughputDoes() {
        openTr118();
        vm.backendAProperty().set("onnxruntime-cpu");
        vm.backendBProperty().set("transformers-gpu-compile");
        var byThroughput = vm.resultProperty().get().crossover();
        assertThat(vm.metricsProperty()).contains(RegimeViewModel.COST);
        vm.metricProperty().set(RegimeViewModel.COST);
        var byCost = vm.resultProperty().get().crossover();
        assertThat(byCost.crossoverParams()).isCloseTo(byThroughput.crossoverParams(),
                within(1e-6 * byThroughput.crossoverParams()));
        CrossoverPoint tpsAt50 = byThroughput.points().stream().filter(p -> p.model().equals("gpt2-50m")).findFirst()
                .orElseThrow();
        CrossoverPoint costAt50 = byCost.points().stream().filter(p -> p.model().equals("gpt2-50m")).findFirst()
                .orElseThrow();
        assertThat(costAt50.a()).isCloseTo(1.006e6 / (tpsAt50.a() * 3600), within(1e-9));
        assertThat(costAt50.ratio()).isCloseTo(1 / tpsAt50.ratio(), within(1e-9));
    }

    @Test
    void crossoverOfOrtCpuAndCompileForPrefillThroughput() {
        openTr118();
        vm.backendAProperty().set("onnxruntime-cpu");
        vm.backendBProperty().set("transformers-gpu-compile");
        var c = vm.resultProperty().get().crossover();
        assertThat(c.backendA()).isEqualTo("onnxruntime-cpu");
        assertThat(c.backendB()).isEqualTo("transformers-gpu-compile");
        // The generator planted the measured crossing between gpt2-50m (A/B 1.297) and gpt2-75m (A/B 0.737).
        List<CrossoverPoint> pts = c.points();
        CrossoverPoint at50 = pts.stream().filter(p -> p.model().equals("gpt2-50m")).findFirst().orElseThrow();
        CrossoverPoint at75 = pts.stream().filter(p -> p.model().equals("gpt2-75m")).findFirst().orElseThrow();
        assertThat(at50.params()).isCloseTo(51.48e6, within(0.01e6));
        assertThat(at75.params()).isCloseTo(74.82e6, within(0.01e6));
        assertThat(at50.ratio()).isGreaterThan(1);
        assertThat(at75.ratio()).isLessThan(1);
        // The TR118 ratio fit over all nine sizes: 80.08 M (python over the nine per-model means); its CI reaches
        // down into the 51-75 M gap.
        assertThat(c.crossoverParams()).isCloseTo(80.08e6, within(0.8e6));
        assertThat(c.ci().lo()).isBetween(51e6, 75e6);
        assertThat(c.inRange()).isTrue();
        assertThat(vm.statusProperty().get()).contains("onnxruntime-cpu = transformers-gpu-compile at 80.1M");
    }

    @Test
    void sizeTextAcceptsSuffixesAndRejectsNonsense() {
        openTr118();
        assertThat(vm.setSizeText("76M")).isTrue();
        assertThat(vm.paramsProperty().get()).isEqualTo(76e6);
        assertThat(vm.step().sizeTextProperty().get()).isEqualTo("76M");
        assertThat(vm.setSizeText("1.5B")).isTrue();
        assertThat(vm.paramsProperty().get()).isEqualTo(1.5e9);
        assertThat(vm.setSizeText("lots")).isFalse();
        assertThat(vm.sizeErrorProperty().get()).contains("not a model size");
        assertThat(vm.setSizeText("5T")).isFalse();
        assertThat(vm.paramsProperty().get()).isEqualTo(1.5e9);
    }

    @Test
    void depthPanelOnTr121HasTheMultivariateFits() throws IOException {
        Dataset tr121 = DatasetLoader.standard().load(Path.of("sample-data/tr121-scaling"));
        vm.setDataset(tr121);
        vm.metricProperty().set(ScalingMetric.LATENCY);
        vm.aggregationProperty().set(Aggregation.GEOMEAN_OF_SCENARIO_MEDIANS);
        vm.modeProperty().set("kv_decode");
        // hf_cpu_fp32 and hf_gpu_fp16 ran 7 GPT-2 sizes with n_layer from resolved_model_params.csv / the
        // registry; Ollama's models have no depth, so no row.
        assertThat(vm.depthRows()).extracting(m -> m.series().backend())
                .containsExactlyInAnyOrder("hf_cpu_fp32", "hf_gpu_fp16");
        ScalingData data = ScalingData.collect(tr121.table(CanonicalTable.RUNS),
                ScalingOptions.defaults(ScalingMetric.LATENCY, Aggregation.GEOMEAN_OF_SCENARIO_MEDIANS));
        MultivariateFit expected = MultivariateFit.fit(new SeriesKey("hf_gpu_fp16", "kv_decode"),
                data.points("hf_gpu_fp16", "kv_decode"));
        MultivariateFit gpu = vm.depthRows().stream().filter(m -> m.series().backend().equals("hf_gpu_fp16"))
                .findFirst().orElseThrow();
        assertThat(gpu.n()).isEqualTo(7);
        assertThat(gpu.beta()).isEqualTo(expected.beta());
        assertThat(gpu.gamma()).isEqualTo(expected.gamma());
        // `scaling --multivariate` on the sample prints β -0.06245, γ 0.7307, R² 0.8670, γ/|β| 11.70 (the seed's
        // "depth costs 12x width").
        assertThat(gpu.beta()).isCloseTo(-0.06245, within(5e-5));
        assertThat(gpu.gamma()).isCloseTo(0.7307, within(5e-4));
        assertThat(gpu.r2()).isCloseTo(0.8670, within(5e-4));
        assertThat(gpu.depthToParamsRatio()).isCloseTo(11.70, within(0.01));
        assertThat(DepthPanel.num(gpu.depthToParamsRatio())).isEqualTo("11.7");
    }
}
