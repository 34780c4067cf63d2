package dev.chimera.workbench.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.findings.Catalog;
import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.findings.FindingsChecker;
import dev.chimera.workbench.findings.Verdict;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Findings tab's ViewModel on the whole bundled sample-data folder with a same-thread executor. Expected
 * results come from {@link FindingsChecker} called directly in the test (the engine the CLI `check` uses).
 */
class FindingsViewModelTest {
    private static Dataset sample;
    private static List<FindingResult> engine;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<FindingResult> navigated = new ArrayList<>();
    private FindingsViewModel vm;

    @BeforeAll
    static void load() throws Exception {
        sample = DatasetLoader.standard().load(Path.of("sample-data"));
        engine = FindingsChecker.check(sample, Catalog.builtIn());
    }

    @BeforeEach
    void setUp() {
        vm = new FindingsViewModel(new CurrentThreadTaskExecutor(), dialogs, navigated::add);
    }

    @Test
    void listAndCountsAreTheCheckersResults() {
        assertThat(vm.results()).isEmpty();
        assertThat(vm.countsTextProperty().get()).isEmpty();
        vm.setDataset(sample);
        assertThat(vm.results()).extracting(FindingResult::id, FindingResult::verdict)
                .containsExactlyElementsOf(engine.stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.id(), r.verdict())).toList());
        assertThat(vm.shownResults()).hasSameSizeAs(engine);
        VerdictCounts c = vm.countsProperty().get();
        for (Verdict v : Verdict.values()) {
            assertThat(c.count(v)).as(v.id()).isEqualTo(engine.stream().filter(r -> r.verdict() == v).count());
        }
        assertThat(c.total()).isEqualTo(engine.size());
        assertThat(vm.countsTextProperty().get()).isEqualTo(I18n.format("findings.counts", c.confirmed(),
                c.contradicted(), c.inconclusive(), c.noData()));
        // `check sample-data` prints (by hand from its table): tr120.cold-start-flip CONFIRMED 5.033 ms n=7,
        // regime.size-large NO_DATA, tr122.idle-baseline INCONCLUSIVE 118.4 W vs 20.71 W (peer-tools/nvidia-smi).
        assertThat(vm.results()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo("tr120.cold-start-flip");
            assertThat(r.verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(r.measured()).isCloseTo(5.033, within(0.001));
        });
        assertThat(vm.results()).anySatisfy(r -> assertThat(r.id() + " " + r.verdict())
                .isEqualTo("regime.size-large NO_DATA"));
        assertThat(vm.results()).anySatisfy(r -> assertThat(r.id() + " " + r.verdict())
                .isEqualTo("tr122.idle-baseline INCONCLUSIVE"));
        // The report families of the built-in catalog (ids tr118.* ... checklist.*).
        assertThat(vm.reportsProperty()).containsExactly("Checklist", "Regime", "TR117", "TR118", "TR119", "TR120", "TR121",
                "TR122");
        assertThat(vm.selectedProperty().get()).isSameAs(vm.shownResults().get(0));
    }

    @Test
    void filtersKeepWhatTheyName() {
        vm.setDataset(sample);
        vm.reportFilterProperty().set("TR122");
        assertThat(ids(vm.shownResults())).isNotEmpty()
                .isEqualTo(ids(engine.stream().filter(r -> r.id().startsWith("tr122.")).toList()));
        vm.verdictFilterProperty().set(Verdict.CONFIRMED);
        assertThat(ids(vm.shownResults())).isEqualTo(ids(engine.stream()
                .filter(r -> r.id().startsWith("tr122.") && r.verdict() == Verdict.CONFIRMED).toList()))
                .contains("tr122.heat-soak");
        vm.reportFilterProperty().set(null);
        vm.verdictFilterProperty().set(Verdict.NO_DATA);
        assertThat(ids(vm.shownResults())).isEqualTo(ids(engine.stream()
                .filter(r -> r.verdict() == Verdict.NO_DATA).toList()));
        vm.verdictFilterProperty().set(null);
        vm.searchProperty().set("  COLD start ");
        List<String> expected = ids(engine.stream().filter(r -> (r.id() + "\n" + r.finding().title() + "\n"
                + r.finding().statement() + "\n" + r.finding().report() + "\n" + r.finding().section() + "\n"
                + r.detail()).toLowerCase(Locale.ROOT).contains("cold start")).toList());
        assertThat(ids(vm.shownResults())).isEqualTo(expected).contains("tr120.cold-start-flip");
        vm.searchProperty().set("no finding says this");
        assertThat(vm.shownResults()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.detailProperty().get()).isNull();
    }

    @Test
    void detailOfTheColdStartFlipWithItsChart() {
        vm.setDataset(sample);
        assertThat(vm.select("tr120.cold-start-flip")).isTrue();
        FindingResult r = vm.selectedProperty().get();
        FindingDetail d = vm.detailProperty().get();
        assertThat(d.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(d.title()).isEqualTo("The compile paradox is cold-start skew");
        assertThat(d.where()).startsWith("TR120 \u00b7 \u00a74.4, \u00a76.1");
        // The catalog entry's quoted value next to the report's own (catalog.json).
        assertThat(d.values()).contains("-14.83 -> +1.54 ms without first samples");
        assertThat(d.kind()).isEqualTo(I18n.tr("findings.kind.portable"));
        assertThat(d.conditions()).contains("mode: e2e_kv").contains("model: tiny-gpt2");
        // 5.033 ms, n = 7 run files, expected 1.54 ms (`check sample-data`); no CI; portable, so no yours/theirs.
        assertThat(d.evidence()).isEqualTo("measured 5.033 ms, n = 7 \u00b7 expected 1.540 ms");
        assertThat(d.detail()).isEqualTo(r.detail()).contains("-12.502 ms on all samples");
        assertThat(d.files()).contains("tr120-compile");
        assertThat(vm.canShowInViewProperty().get()).isTrue();
        // Box plots of both backends, with and without each run's first sample.
        assertThat(vm.chartProperty().get()).isNotNull();
        assertThat(vm.chartProperty().get().getCategoryPlot().getDataset().getColumnCount()
                * vm.chartProperty().get().getCategoryPlot().getDataset().getRowCount()).isEqualTo(4);
        assertThat(vm.chartNoteProperty().get()).isEmpty();
    }

    @Test
    void hardwareSpecificNumbersShowYoursVersusTheirs() {
        vm.setDataset(sample);
        assertThat(vm.select("tr122.idle-baseline")).isTrue();
        FindingDetail d = vm.detailProperty().get();
        assertThat(d.kind()).isEqualTo(I18n.tr("findings.kind.hardware"));
        assertThat(d.kindHelp()).contains("RTX 4080 Laptop");
        // 118.4 W measured / 20.71 W expected = 5.717 (check sample-data).
        assertThat(d.evidence()).contains("expected 20.710 W").contains("yours / theirs 5.717");
        assertThat(vm.chartProperty().get()).isNotNull();
    }

    @Test
    void showInViewHandsTheResultToTheNavigatorUnlessThereIsNoEvidence() {
        vm.setDataset(sample);
        vm.select("tr118.crossover");
        vm.showInView();
        assertThat(navigated).extracting(FindingResult::id).containsExactly("tr118.crossover");
        assertThat(navigated.get(0).chart()).isEqualTo("crossover");
        vm.select("regime.size-large");
        assertThat(vm.canShowInViewProperty().get()).isFalse();
        assertThat(vm.chartProperty().get()).isNull();
        assertThat(vm.chartNoteProperty().get()).isEqualTo(I18n.tr("findings.chart.none"));
        vm.showInView();
        assertThat(navigated).hasSize(1);
    }

    @Test
    void loadsAUserCatalogAndKeepsTheOldOneOnABadFile(@TempDir Path dir) throws Exception {
        vm.setDataset(sample);
        // A catalog of one entry: the built-in cold-start flip, unchanged.
        String builtIn = new String(Catalog.class.getResourceAsStream("/dev/chimera/workbench/findings/catalog.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(builtIn);
        var findings = (com.fasterxml.jackson.databind.node.ArrayNode) json.get("findings");
        var keep = new ArrayList<com.fasterxml.jackson.databind.JsonNode>();
        findings.forEach(f -> {
            if (f.get("id").asText().equals("tr120.cold-start-flip")) {
                keep.add(f);
            }
        });
        findings.removeAll();
        findings.addAll(keep);
        Path mine = dir.resolve("mine.json");
        Files.writeString(mine, json.toString());
        dialogs.answerFile(mine);
        vm.loadCatalog();
        assertThat(ids(vm.results())).containsExactly("tr120.cold-start-flip");
        assertThat(vm.countsProperty().get()).isEqualTo(new VerdictCounts(1, 0, 0, 0));
        assertThat(vm.catalogTextProperty().get()).contains("mine.json");
        assertThat(vm.reportsProperty()).containsExactly("TR120");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schema\": \"something else\"}");
        assertThat(vm.loadCatalog(bad)).isFalse();
        assertThat(dialogs.errors()).hasSize(1);
        assertThat(dialogs.errors().get(0).message()).contains("bad.json");
        assertThat(ids(vm.results())).containsExactly("tr120.cold-start-flip");

        vm.useBuiltInCatalog();
        assertThat(vm.results()).hasSameSizeAs(engine);
    }

    private static List<String> ids(List<FindingResult> results) {
        return results.stream().map(FindingResult::id).toList();
    }
}
