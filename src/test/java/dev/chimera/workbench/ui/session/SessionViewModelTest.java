package dev.chimera.workbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.cost.CostAggregation;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.session.Annotation;
import dev.chimera.workbench.session.Session;
import dev.chimera.workbench.session.SessionFiles;
import dev.chimera.workbench.ui.TestFolders;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.distribution.ChartKind;
import dev.chimera.workbench.ui.main.MainViewModel;
import dev.chimera.workbench.ui.main.RecentFolders;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save session / Open session through the main ViewModel with a same-thread executor and scripted dialogs: a
 * session saved after changing the regime slider, the matrix inputs, the cost tier and price and the
 * distribution settings comes back into fresh ViewModels with the same values.
 */
class SessionViewModelTest {
    private static final Path TR118 = Path.of("sample-data/tr118-crossover").toAbsolutePath().normalize();
    private static final Path TR119 = Path.of("sample-data/tr119-cost").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private final List<Preferences> prefs = new ArrayList<>();

    private MainViewModel fresh(FakeDialogService dialogs) {
        Preferences p = TestFolders.freshPreferences();
        prefs.add(p);
        return new MainViewModel(DatasetLoader.standard()::load, new CurrentThreadTaskExecutor(), dialogs,
                new RecentFolders(p));
    }

    @AfterEach
    void tearDown() {
        prefs.forEach(TestFolders::remove);
    }

    @Test
    void savedSettingsComeBackIntoFreshViewModels() throws Exception {
        FakeDialogService dialogs = new FakeDialogService();
        MainViewModel before = fresh(dialogs);
        before.openFolder(TR118);
        assertThat(before.getDataset()).isNotNull();
        // The defaults are what the restore must overwrite: slider at 76M, objective latency, tier on-demand.
        assertThat(before.regimes().paramsProperty().get()).isEqualTo(76e6);
        assertThat(before.cost().tierProperty().get()).isEqualTo("on-demand");

        assertThat(before.regimes().setSizeText("1.5B")).isTrue();
        before.regimes().step().objectiveProperty().set("cost");
        before.regimes().step().workloadProperty().set("decode");
        before.regimes().step().gpuProperty().set("no");
        before.regimes().modeProperty().set("generate");
        before.regimes().aggregationProperty().set(Aggregation.MEDIAN);
        before.cost().tierProperty().set("spot");
        before.cost().aggregationProperty().set(CostAggregation.AT_MEAN_THROUGHPUT);
        before.cost().setTierUsdPerHour("spot", 0.25);
        before.distributions().logXProperty().set(true);
        before.distributions().methodProperty().set(PercentileMethod.NEAREST_RANK);
        before.distributions().chartKindProperty().set(ChartKind.BOX);
        List<String> backends = before.distributions().filter("backend").valuesProperty();
        assertThat(backends).hasSizeGreaterThan(1);
        String keptBackend = backends.get(1);
        before.distributions().filter("backend").select(List.of(keptBackend));
        before.session().selectedTabProperty().set("costTab");
        before.session().annotations().add(new Annotation("regime.crossover", Annotation.Type.TEXT,
                List.of(1.5e9, 42.0), "our model"));

        Path file = temp.resolve("tr118" + SessionFiles.SUFFIX);
        dialogs.answerSessionFile(file);
        before.session().saveSession();
        assertThat(dialogs.errors()).isEmpty();

        // The file itself, read independently of the ViewModels.
        Session saved = SessionFiles.read(file);
        assertThat(saved.folders()).hasSize(1);
        assertThat(saved.folders().get(0).path()).isEqualTo(TR118.toString());
        assertThat(saved.folders().get(0).fingerprint().fileCount()).isEqualTo(countVisibleFiles(TR118));
        assertThat(saved.regimes().modelParams()).isEqualTo(1.5e9);
        assertThat(saved.regimes().objective()).isEqualTo("cost");
        assertThat(saved.cost().tier()).isEqualTo("spot");
        assertThat(saved.cost().prices().tiers()).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo("spot");
            assertThat(t.usdPerHour()).isEqualTo(0.25);
        });
        assertThat(saved.distributions().filters()).containsEntry("backend", List.of(keptBackend));

        FakeDialogService dialogs2 = new FakeDialogService().answerSessionFile(file);
        MainViewModel after = fresh(dialogs2);
        after.session().openSession();

        assertThat(dialogs2.errors()).isEmpty();
        assertThat(after.getDataset().root().toAbsolutePath().normalize()).isEqualTo(TR118);
        assertThat(after.regimes().paramsProperty().get()).isEqualTo(1.5e9);
        assertThat(after.regimes().step().sizeTextProperty().get()).isEqualTo("1.5B");
        assertThat(after.regimes().step().objectiveProperty().get()).isEqualTo("cost");
        assertThat(after.regimes().step().workloadProperty().get()).isEqualTo("decode");
        assertThat(after.regimes().step().gpuProperty().get()).isEqualTo("no");
        assertThat(after.regimes().modeProperty().get()).isEqualTo("generate");
        assertThat(after.regimes().aggregationProperty().get()).isEqualTo(Aggregation.MEDIAN);
        assertThat(after.cost().tierProperty().get()).isEqualTo("spot");
        assertThat(after.cost().aggregationProperty().get()).isEqualTo(CostAggregation.AT_MEAN_THROUGHPUT);
        assertThat(after.cost().pricingProperty().get().tier("spot").orElseThrow().usdPerHour()).isEqualTo(0.25);
        // The restored tier and price reached the computation, not only the property.
        assertThat(after.cost().resultProperty().get().report().tier().id()).isEqualTo("spot");
        assertThat(after.cost().resultProperty().get().report().tier().usdPerHour()).isEqualTo(0.25);
        assertThat(after.distributions().logXProperty().get()).isTrue();
        assertThat(after.distributions().methodProperty().get()).isEqualTo(PercentileMethod.NEAREST_RANK);
        assertThat(after.distributions().chartKindProperty().get()).isEqualTo(ChartKind.BOX);
        assertThat(after.distributions().filter("backend").selected()).containsExactly(keptBackend);
        assertThat(after.distributions().settings().valueFilters()).containsKey("backend");
        assertThat(after.session().selectedTabProperty().get()).isEqualTo("costTab");
        assertThat(after.session().annotations()).extracting(Annotation::text).containsExactly("our model");
        assertThat(after.session().statusProperty().get()).isEqualTo("Session restored");
    }

    @Test
    void aMovedFolderIsAskedForAndOpenedFromItsNewPlace() throws Exception {
        Path original = copy(TR119, temp.resolve("results/tr119"));
        FakeDialogService dialogs = new FakeDialogService();
        MainViewModel before = fresh(dialogs);
        before.openFolder(original);
        before.regimes().setSizeText("350M");
        Path file = temp.resolve("s" + SessionFiles.SUFFIX);
        before.session().saveSession(file);

        Path moved = temp.resolve("elsewhere/tr119-moved");
        Files.createDirectories(moved.getParent());
        Files.move(original, moved);

        FakeDialogService dialogs2 = new FakeDialogService().answerConfirm(true).answerDirectory(moved);
        MainViewModel after = fresh(dialogs2);
        after.session().openSession(file);

        assertThat(dialogs2.confirmQuestions()).hasSize(1);
        assertThat(dialogs2.confirmQuestions().get(0)).contains(original.toAbsolutePath().normalize().toString());
        assertThat(after.getDataset().root().toAbsolutePath().normalize())
                .isEqualTo(moved.toAbsolutePath().normalize());
        assertThat(after.regimes().paramsProperty().get()).isEqualTo(350e6);
        assertThat(after.session().statusProperty().get()).isEqualTo("Session restored");
    }

    @Test
    void aFolderThatChangedSinceTheSaveIsNamedInTheStatus() throws Exception {
        Path folder = copy(TR119, temp.resolve("tr119-live"));
        MainViewModel before = fresh(new FakeDialogService());
        before.openFolder(folder);
        // The session saved inside the folder itself does not count as a change.
        Path file = folder.resolve("here" + SessionFiles.SUFFIX);
        before.session().saveSession(file);
        long files = SessionFiles.read(file).folders().get(0).fingerprint().fileCount();
        long bytes = SessionFiles.read(file).folders().get(0).fingerprint().totalBytes();
        Files.writeString(folder.resolve("notes.txt"), "12345");   // 1 more file, 5 more bytes

        MainViewModel after = fresh(new FakeDialogService());
        after.session().openSession(file);
        assertThat(after.session().statusProperty().get()).isEqualTo(String.format(java.util.Locale.getDefault(),
                "Session restored; tr119-live changed since it was saved (%d \u2192 %d files, %,d \u2192 %,d bytes)",
                files, files + 1, bytes, bytes + 5));
    }

    @Test
    void aSkippedFolderStillRestoresTheSettings() throws Exception {
        Path original = copy(TR119, temp.resolve("gone-soon"));
        MainViewModel before = fresh(new FakeDialogService());
        before.openFolder(original);
        before.cost().tierProperty().set("reserved-3yr");
        Path file = temp.resolve("s" + SessionFiles.SUFFIX);
        before.session().saveSession(file);
        deleteTree(original);

        FakeDialogService dialogs2 = new FakeDialogService().answerConfirm(false);
        MainViewModel after = fresh(dialogs2);
        assertThat(after.session().statusProperty().get()).isEmpty();
        after.session().openSession(file);

        assertThat(after.getDataset()).isNull();
        assertThat(dialogs2.confirmQuestions()).hasSize(1);
        assertThat(after.cost().tierProperty().get()).isEqualTo("reserved-3yr");
    }

    @Test
    void aBrokenSessionShowsWhereAndChangesNothing() throws Exception {
        Path file = temp.resolve("bad" + SessionFiles.SUFFIX);
        Files.writeString(file, "{\"schema\": \"chimera.session\",\n\"version\": 1,,\n}");
        FakeDialogService dialogs = new FakeDialogService();
        MainViewModel vm = fresh(dialogs);
        vm.openFolder(TR119);
        vm.session().openSession(file);

        assertThat(dialogs.errors()).hasSize(1);
        // Line 2 is `"version": 1,,`: the second comma is column 14.
        assertThat(dialogs.errors().get(0).message()).contains("line 2, column 14");
        assertThat(vm.getDataset().root().toAbsolutePath().normalize()).isEqualTo(TR119);
        assertThat(vm.regimes().paramsProperty().get()).isEqualTo(76e6);
    }

    @Test
    void droppingASessionFileRestoresIt() throws Exception {
        MainViewModel before = fresh(new FakeDialogService());
        before.openFolder(TR119);
        before.regimes().setSizeText("7B");
        Path file = temp.resolve("drop" + SessionFiles.SUFFIX);
        before.session().saveSession(file);

        MainViewModel after = fresh(new FakeDialogService());
        assertThat(after.openDropped(List.of(file))).isTrue();
        assertThat(after.getDataset().root().toAbsolutePath().normalize()).isEqualTo(TR119);
        assertThat(after.regimes().paramsProperty().get()).isEqualTo(7e9);
    }

    @Test
    void powerGapThresholdAndTraceComeBack() throws Exception {
        Path tr122 = Path.of("sample-data/tr122-physics").toAbsolutePath().normalize();
        MainViewModel before = fresh(new FakeDialogService());
        before.openFolder(tr122);
        // The sample has one trace (PowerViewModelTest); the default gap is TR122's 0.25 s.
        String trace = before.power().traceProperty().get();
        assertThat(trace).contains("power_trace.csv");
        before.power().gapThresholdProperty().set(0.2);
        Path file = temp.resolve("p" + SessionFiles.SUFFIX);
        before.session().saveSession(file);
        assertThat(SessionFiles.read(file).power().gapThresholdS()).isEqualTo(0.2);

        MainViewModel after = fresh(new FakeDialogService());
        assertThat(after.power().gapThresholdProperty().get()).isEqualTo(0.25);
        after.session().openSession(file);
        assertThat(after.power().gapThresholdProperty().get()).isEqualTo(0.2);
        assertThat(after.power().traceProperty().get()).isEqualTo(trace);
        // The computation ran with the restored threshold.
        assertThat(after.power().resultProperty().get().settings().gapThresholdS()).isEqualTo(0.2);
    }

    /** Regular files not under a dot-name, as the folder scanner counts them (the same rule, walked here). */
    private static long countVisibleFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            if (part.toString().startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    }).count();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
