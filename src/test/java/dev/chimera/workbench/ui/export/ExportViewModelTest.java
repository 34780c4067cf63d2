package dev.chimera.workbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.export.AutoAnnotations;
import dev.chimera.workbench.export.ChartRequest;
import dev.chimera.workbench.export.ExportCharts;
import dev.chimera.workbench.export.ExportFormat;
import dev.chimera.workbench.export.ReportBundle;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.dialog.FakeDialogService;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export ViewModel with scripted dialogs and a same-thread executor: no toolkit needed. */
class ExportViewModelTest {
    private static Dataset dataset;

    @TempDir
    Path dir;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final ExportContext context = new ExportContext("backend in [onnxruntime-gpu]",
            SampleFilter.defaults().withExcludeWarmup(true), "spot", 76e6);
    private final ExportViewModel vm = new ExportViewModel(executor, dialogs, () -> dataset, () -> context);

    @BeforeAll
    static void load() throws Exception {
        dataset = DatasetLoader.standard().load(Path.of("sample-data/tr119-cost"));
    }

    /** The Cost tab's four charts, built by the same factories. */
    private static List<TabChart> costCharts() {
        ChartRequest request = new ChartRequest(Set.of("cost"), SampleFilter.defaults(), Double.NaN, "spot");
        return ExportCharts.build(dataset, request, List.of()).stream()
                .map(c -> new TabChart(c.id(), c.title(), c.chart())).toList();
    }

    private ExportDialogAnswer answer(List<String> ids, List<ExportFormat> formats) {
        return new ExportDialogAnswer(ids, formats, 1, 0, dir, AutoAnnotations.all());
    }

    @Test
    void exportsTheChosenChartsInTheChosenFormatsWithTheWorkbenchSettingsAsProvenance() throws Exception {
        List<TabChart> charts = costCharts();
        assertThat(charts).hasSize(4);
        // The second (cost vs throughput) holds a lambda and cannot be copied: it is exported as shown.
        dialogs.answerExport(answer(List.of(charts.get(0).id(), charts.get(1).id()),
                List.of(ExportFormat.PNG, ExportFormat.SVG)));
        int subtitles = charts.get(0).chart().getSubtitleCount();
        // With the crossover toggles on, the verdict badge (a subtitle) goes onto the exported copy.
        vm.exportCharts(charts, true);
        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.exportRequests().get(0).charts()).hasSize(4);
        assertThat(vm.writtenProperty().get()).hasSize(4);
        assertThat(vm.writtenProperty().get()).allMatch(Files::exists);
        String png = new String(Files.readAllBytes(dir.resolve("cost-by-backend-mode.png")),
                StandardCharsets.ISO_8859_1);
        assertThat(png).contains("\"filters\":\"backend in [onnxruntime-gpu]\"").contains("\"pricing_tier\":\"spot\"")
                .contains("warmups excluded");
        assertThat(vm.messageProperty().get()).contains("4");
        assertThat(vm.exportingProperty().get()).isFalse();
        // The on-screen chart was not touched: annotations went onto the copy only.
        assertThat(charts.get(0).chart().getSubtitleCount()).isEqualTo(subtitles);
    }

    @Test
    void existingFilesAreOverwrittenOnlyWhenTheUserSaysYes() throws Exception {
        List<TabChart> charts = costCharts().subList(0, 1);
        dialogs.answerExport(answer(List.of(charts.get(0).id()), List.of(ExportFormat.PNG)));
        vm.exportCharts(charts, false);
        Path png = dir.resolve("cost-by-backend-mode.png");
        Files.setLastModifiedTime(png, FileTime.fromMillis(1_000));
        dialogs.answerConfirm(false).answerExport(answer(List.of(charts.get(0).id()), List.of(ExportFormat.PNG)));
        vm.exportCharts(charts, false);
        assertThat(dialogs.confirmations()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(png).toMillis()).isEqualTo(1_000);
        dialogs.answerConfirm(true).answerExport(answer(List.of(charts.get(0).id()), List.of(ExportFormat.PNG)));
        vm.exportCharts(charts, false);
        assertThat(dialogs.confirmations()).isEqualTo(2);
        assertThat(Files.getLastModifiedTime(png).toMillis()).isNotEqualTo(1_000);
    }

    @Test
    void cancellingTheDialogWritesNothing() throws Exception {
        vm.exportCharts(costCharts(), false);
        assertThat(executor.submittedCount()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void exportReportWritesTheBundleIntoTheChosenFolder() throws Exception {
        dialogs.answerDirectory(dir);
        vm.exportReport();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(dir.resolve(ReportBundle.INDEX)).exists();
        assertThat(dir.resolve(ReportBundle.FINDINGS)).exists();
        assertThat(vm.writtenProperty().get()).contains(dir.toAbsolutePath().normalize().resolve("index.html"));
    }

    @Test
    void theFirstExportIsOfferedAFolderUnderTheHomeNamedAfterTheOpenedFolderThenTheLastOneChosen() throws Exception {
        List<TabChart> charts = costCharts().subList(0, 1);
        assertThat(ExportViewModel.suggestedFolder(dataset, Path.of("/home/ana")))
                .isEqualTo(Path.of("/home/ana/chimera-exports/tr119-cost"));
        // Nothing answered: the dialog is cancelled, but it was offered the suggestion.
        vm.exportCharts(charts, false);
        Path home = Path.of(System.getProperty("user.home"));
        assertThat(dialogs.exportRequests().get(0).initialFolder())
                .isEqualTo(home.resolve("chimera-exports").resolve("tr119-cost"));
        assertThat(vm.writtenProperty().get()).isEmpty();
        dialogs.answerExport(answer(List.of(charts.get(0).id()), List.of(ExportFormat.PNG)));
        vm.exportCharts(charts, false);
        vm.exportCharts(charts, false);
        assertThat(dialogs.exportRequests().get(2).initialFolder()).isEqualTo(dir);
    }
}
