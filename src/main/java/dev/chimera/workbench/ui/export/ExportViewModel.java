package dev.chimera.workbench.ui.export;

import dev.chimera.workbench.export.AutoAnnotations;
import dev.chimera.workbench.export.ChartExporter;
import dev.chimera.workbench.export.ChartRequest;
import dev.chimera.workbench.export.ChartSetExporter;
import dev.chimera.workbench.export.ExportChart;
import dev.chimera.workbench.export.ExportFormat;
import dev.chimera.workbench.export.ExportOptions;
import dev.chimera.workbench.export.OutputFolder;
import dev.chimera.workbench.export.Provenance;
import dev.chimera.workbench.export.ReportBundle;
import dev.chimera.workbench.findings.Catalog;
import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.findings.FindingsChecker;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.dialog.DialogService;
import dev.chimera.workbench.ui.task.TaskCallbacks;
import dev.chimera.workbench.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jfree.chart.JFreeChart;

/**
 * Export of the current tab's charts and of a report bundle. The dialog, the overwrite question and errors go
 * through {@link DialogService}; the drawing runs on the {@link TaskExecutor}. Charts are copied on the FX thread
 * ({@link ChartCopies}) so the worker annotates and draws its own copy, never the chart the view shows.
 */
public final class ExportViewModel {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Dataset> dataset;
    private final Supplier<ExportContext> context;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<List<Path>> written = new ReadOnlyObjectWrapper<>(this, "written", List.of());
    private Path lastFolder;

    public ExportViewModel(TaskExecutor executor, DialogService dialogs, Supplier<Dataset> dataset,
                           Supplier<ExportContext> context) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.dataset = dataset;
        this.context = context;
    }

    /** Asks what to export of these charts (the current tab's), then writes the files in the background. */
    public void exportCharts(List<TabChart> charts, boolean crossoverToggles) {
        Dataset ds = dataset.get();
        if (ds == null || charts.isEmpty() || exporting.get()) {
            if (ds != null && charts.isEmpty()) {
                dialogs.showError(I18n.tr("export.title"), I18n.tr("export.noCharts"), null);
            }
            return;
        }
        Optional<ExportDialogAnswer> asked = dialogs.chooseExport(new ExportDialogRequest(charts, crossoverToggles,
                lastFolder != null ? lastFolder : suggestedFolder(ds, userHome())));
        if (asked.isEmpty() || asked.get().chartIds().isEmpty() || asked.get().formats().isEmpty()) {
            return;
        }
        ExportDialogAnswer a = asked.get();
        lastFolder = a.folder();
        List<TabChart> chosen = charts.stream().filter(c -> a.chartIds().contains(c.id())).toList();
        List<String> existing = existing(a.folder(), chosen, a.formats());
        boolean force = false;
        if (!existing.isEmpty()) {
            if (!dialogs.confirm(I18n.tr("export.title"), I18n.format("export.overwrite", existing.size(),
                    String.join(", ", existing.subList(0, Math.min(5, existing.size())))))) {
                return;
            }
            force = true;
        }
        List<byte[]> copies = new ArrayList<>();
        for (TabChart c : chosen) {
            copies.add(ChartCopies.snapshot(c.chart())); // on the FX thread: the only read of the live chart
        }
        ExportContext ctx = context.get();
        ExportOptions options = new ExportOptions(ExportOptions.DEFAULT_WIDTH, ExportOptions.DEFAULT_HEIGHT,
                a.scale(), a.dpi(), true);
        boolean overwrite = force;
        exporting.set(true);
        executor.submit(I18n.tr("export.running"), true, (progress, cancel) -> {
            Provenance p = provenance(ds, ctx);
            OutputFolder folder = OutputFolder.open(a.folder(), overwrite);
            AutoAnnotations auto = a.auto().withSlider(ctx.sliderParams());
            if (crossoverToggles && auto.verdictBadge()) {
                auto = auto.withVerdict(verdict(FindingsChecker.check(ds, Catalog.builtIn())));
            }
            List<Path> out = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                cancel.throwIfCancelled();
                TabChart c = chosen.get(i);
                List<Path> targets = new ArrayList<>();
                for (ExportFormat f : a.formats()) {
                    targets.add(folder.file(c.id(), f.extension()));
                }
                JFreeChart chart = copies.get(i) == null ? c.chart() : ChartCopies.restore(copies.get(i));
                if (copies.get(i) != null) {
                    // Files go into documents on white paper: a copy of a dark-theme chart is drawn light.
                    dev.chimera.workbench.chart.ChartTheme.STANDARD.recolour(chart);
                    ChartSetExporter.prepare(new ExportChart(c.id(), c.title(), "", chart), List.of(), auto);
                }
                for (int k = 0; k < a.formats().size(); k++) {
                    ChartExporter.write(chart, c.title(), a.formats().get(k), options, p, targets.get(k));
                    out.add(targets.get(k));
                }
                progress.progress(i + 1, chosen.size(), c.title());
            }
            return List.copyOf(out);
        }, TaskCallbacks.of(this::done, this::failed, this::cancelled));
    }

    /**
     * Where the first export of a session is offered to go: {@code <home>/chimera-exports/<opened folder>}, created
     * when used. Not inside the result folder: exports must not add files to what the analyst measured (and a live
     * folder would reload on them).
     */
    static Path suggestedFolder(Dataset ds, Path home) {
        Path name = ds.root() == null ? null : ds.root().toAbsolutePath().normalize().getFileName();
        String folder = OutputFolder.safeName(name == null ? "export" : name.toString());
        return home.resolve("chimera-exports").resolve(folder);
    }

    private static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }

    /** Asks for a folder, then writes the report bundle there in the background. */
    public void exportReport() {
        Dataset ds = dataset.get();
        if (ds == null || exporting.get()) {
            return;
        }
        Optional<Path> dir = dialogs.chooseDirectory(I18n.tr("export.report.choose"), lastFolder);
        if (dir.isEmpty()) {
            return;
        }
        lastFolder = dir.get();
        boolean force = false;
        if (Files.exists(dir.get().resolve(ReportBundle.INDEX))) {
            if (!dialogs.confirm(I18n.tr("export.report.title"), I18n.format("export.report.overwrite",
                    dir.get()))) {
                return;
            }
            force = true;
        }
        ExportContext ctx = context.get();
        boolean overwrite = force;
        exporting.set(true);
        executor.submit(I18n.tr("export.report.running"), true, (progress, cancel) -> {
            ChartRequest request = new ChartRequest(Set.copyOf(ChartRequest.FAMILIES), ctx.coldStart(),
                    ctx.sliderParams(), ctx.pricingTier());
            return ReportBundle.write(ds, OutputFolder.open(dir.get(), overwrite), request, ExportOptions.defaults(),
                    AutoAnnotations.all().withSlider(ctx.sliderParams()), p -> { }).files();
        }, TaskCallbacks.of(this::done, this::failed, this::cancelled));
    }

    static Provenance provenance(Dataset ds, ExportContext ctx) {
        return Provenance.of(ds).withFilters(ctx.filters()).withColdStart(Provenance.coldStart(ctx.coldStart()))
                .withPricingTier(ctx.pricingTier());
    }

    private static String verdict(List<FindingResult> findings) {
        for (FindingResult r : findings) {
            if ("crossover".equals(r.chart())) {
                return r.id() + ": " + r.verdict().name();
            }
        }
        return null;
    }

    /** File names that already exist in the folder for these charts and formats. */
    static List<String> existing(Path folder, List<TabChart> charts, List<ExportFormat> formats) {
        List<String> out = new ArrayList<>();
        for (TabChart c : charts) {
            for (ExportFormat f : formats) {
                String name = OutputFolder.safeName(c.id()) + "." + f.extension();
                if (Files.exists(folder.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private void done(List<Path> files) {
        exporting.set(false);
        written.set(files);
        Path folder = files.isEmpty() ? lastFolder : files.get(files.size() - 1).getParent();
        message.set(I18n.format("export.done", files.size(), folder));
    }

    private void failed(Throwable e) {
        exporting.set(false);
        message.set(I18n.tr("export.failed"));
        dialogs.showError(I18n.tr("export.failed"), String.valueOf(e.getMessage()), e);
    }

    private void cancelled() {
        exporting.set(false);
        message.set(I18n.tr("export.cancelled"));
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The last export's outcome, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Files the last export wrote. */
    public ReadOnlyObjectProperty<List<Path>> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
