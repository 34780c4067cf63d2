package dev.chimera.workbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.ui.TestFolders;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.sources.SourceNode;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path temp;

    private Preferences prefs;
    private FakeDialogService dialogs;
    private CurrentThreadTaskExecutor executor;
    private MainViewModel vm;
    private Path folder;

    @BeforeEach
    void setUp() throws Exception {
        prefs = TestFolders.freshPreferences();
        dialogs = new FakeDialogService();
        executor = new CurrentThreadTaskExecutor();
        vm = new MainViewModel(DatasetLoader.standard()::load, executor, dialogs, new RecentFolders(prefs));
        folder = TestFolders.writeSmallResultFolder(Files.createDirectories(temp.resolve("run-a")));
    }

    @AfterEach
    void tearDown() {
        TestFolders.remove(prefs);
    }

    @Test
    void openFolderThroughTheChooserFillsTreeTablesAndTitle() {
        dialogs.answerDirectory(folder);
        vm.openFolder();

        Dataset ds = vm.getDataset();
        assertThat(ds).isNotNull();
        assertThat(vm.titleProperty().get()).isEqualTo("Chimera Workbench \u2014 run-a");
        // 9 + 2 summaries rows, counted by hand in TestFolders.
        assertThat(ds.rowCount(CanonicalTable.SUMMARIES)).isEqualTo(11);

        SourceNode root = vm.sources().getRoot();
        assertThat(root.name()).isEqualTo("run-a");
        // Folders first, then files by name.
        assertThat(root.children()).extracting(SourceNode::name)
                .containsExactly("processed", "notes.txt", "summary_overall.csv");
        SourceNode processed = root.children().get(0);
        assertThat(processed.folder()).isTrue();
        assertThat(processed.children()).extracting(SourceNode::path)
                .containsExactly("processed/cold_start_by_file.csv");
        SourceNode summary = vm.sources().find("summary_overall.csv").orElseThrow();
        assertThat(summary.formatId()).isEqualTo("tr.stats.csv");
        assertThat(summary.records()).isEqualTo(3);   // 3 well-formed data lines
        assertThat(summary.rows()).isEqualTo(9);
        assertThat(summary.diagnostics()).isEqualTo(1);
        assertThat(summary.worstSeverity()).isEqualTo(Severity.ERROR);
        SourceNode notes = vm.sources().find("notes.txt").orElseThrow();
        assertThat(notes.rows()).isZero();
        assertThat(notes.worstSeverity()).isEqualTo(Severity.INFO);
        assertThat(root.rows()).isEqualTo(11);

        // Only summaries has rows, so the Data view starts on it with nothing filtered.
        assertThat(vm.data().selectedTableProperty().get()).isEqualTo(CanonicalTable.SUMMARIES);
        assertThat(vm.data().visibleRowsProperty().get()).hasSize(11);
        assertThat(vm.data().rowCountTextProperty().get()).isEqualTo("11 of 11 rows");
        assertThat(vm.statusMessageProperty().get()).startsWith("Loaded 3 files: 11 rows");
        assertThat(vm.recentFoldersProperty()).containsExactly(folder.toAbsolutePath().normalize());
    }

    @Test
    void diagnosticsAreCountedFilteredAndFollowTheSelectedFile() {
        vm.openFolder(folder);
        var diags = vm.diagnostics();
        // One ERROR (line 4 of summary_overall.csv has 3 of 5 cells) and one INFO (notes.txt not recognised).
        assertThat(diags.errorCountProperty().get()).isEqualTo(1);
        assertThat(diags.warningCountProperty().get()).isZero();
        assertThat(diags.infoCountProperty().get()).isEqualTo(1);
        assertThat(diags.shownRows()).hasSize(2);

        diags.severityFilterProperty().set(Severity.ERROR);
        assertThat(diags.shownRows()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("summary_overall.csv");
            assertThat(r.line()).isEqualTo(4);
        });
        diags.severityFilterProperty().set(null);

        vm.sources().selectPath("notes.txt");
        assertThat(diags.shownRows()).singleElement().satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));

        // Double-clicking a diagnostic selects its file; the Data view switches to that file's table.
        vm.sources().select(null);
        diags.activate(diags.shownRows().stream().filter(r -> r.severity() == Severity.ERROR).findFirst()
                .orElseThrow());
        assertThat(vm.sources().selectedFileProperty().get().path()).isEqualTo("summary_overall.csv");
        assertThat(diags.shownRows()).hasSize(1);
        assertThat(vm.data().selectedFileProperty().get()).isEqualTo("summary_overall.csv");
        assertThat(vm.data().selectedTableProperty().get()).isEqualTo(CanonicalTable.SUMMARIES);
    }

    @Test
    void failedOpenShowsAnErrorAndKeepsThePreviousDataset() {
        vm.openFolder(folder);
        Dataset before = vm.getDataset();
        String title = vm.titleProperty().get();

        vm.openFolder(temp.resolve("does-not-exist"));

        assertThat(vm.getDataset()).isSameAs(before);
        assertThat(vm.titleProperty().get()).isEqualTo(title);
        assertThat(vm.sources().getRoot().name()).isEqualTo("run-a");
        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Could not open the folder");
            assertThat(e.message()).contains("does-not-exist").contains("does not exist");
        });
        assertThat(vm.statusMessageProperty().get()).isEqualTo("Could not open does-not-exist");
        assertThat(vm.recentFoldersProperty()).containsExactly(folder.toAbsolutePath().normalize());
    }

    @Test
    void cancelledLoadKeepsThePreviousDatasetWithoutAnError() {
        AtomicBoolean cancelNext = new AtomicBoolean();
        DatasetLoader real = DatasetLoader.standard();
        MainViewModel cancellable = new MainViewModel((path, progress, cancel) -> {
            if (cancelNext.get()) {
                throw new CancellationException("user pressed Cancel");
            }
            return real.load(path, progress, cancel);
        }, executor, dialogs, new RecentFolders(prefs));
        cancellable.openFolder(folder);
        Dataset before = cancellable.getDataset();

        cancelNext.set(true);
        cancellable.reload();

        assertThat(cancellable.getDataset()).isSameAs(before);
        assertThat(dialogs.errors()).isEmpty();
        assertThat(cancellable.statusMessageProperty().get()).contains("cancelled");
        assertThat(cancellable.loadingProperty().get()).isFalse();
    }

    @Test
    void droppingAFileOpensItsFolder() {
        assertThat(vm.openDropped(List.of(folder.resolve("notes.txt")))).isTrue();
        assertThat(vm.getDataset().root()).isEqualTo(folder.toAbsolutePath().normalize());
        assertThat(vm.openDropped(List.of(temp.resolve("nothing-here.txt").resolve("x")))).isFalse();
    }

    @Test
    void recentFoldersAreNewestFirstWithoutDuplicatesAndSurviveARestart() throws Exception {
        Path b = TestFolders.writeSmallResultFolder(Files.createDirectories(temp.resolve("run-b")));
        vm.openFolder(folder);
        vm.openFolder(b);
        vm.openFolder(folder.resolve("processed").resolve("..")); // the same folder reached another way
        Path a = folder.toAbsolutePath().normalize();
        assertThat(vm.recentFoldersProperty()).containsExactly(a, b.toAbsolutePath().normalize());

        MainViewModel restarted = new MainViewModel(DatasetLoader.standard()::load, executor, dialogs,
                new RecentFolders(prefs));
        assertThat(restarted.recentFoldersProperty()).containsExactly(a, b.toAbsolutePath().normalize());

        restarted.clearRecentFolders();
        assertThat(new RecentFolders(prefs).list()).isEmpty();
    }
}
