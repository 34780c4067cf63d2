package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ui.compare.ComparisonViewModel;
import dev.chimera.workbench.ingest.FolderFingerprint;
import dev.chimera.workbench.ingest.LoadOptions;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.ui.distribution.DistributionSettings;
import dev.chimera.workbench.ui.export.ExportContext;
import dev.chimera.workbench.ui.export.ExportViewModel;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.cost.CostViewModel;
import dev.chimera.workbench.ui.data.DataViewModel;
import dev.chimera.workbench.ui.diagnostics.DiagnosticsViewModel;
import dev.chimera.workbench.ui.distribution.DistributionViewModel;
import dev.chimera.workbench.ui.findings.FindingsViewModel;
import dev.chimera.workbench.ui.power.PowerViewModel;
import dev.chimera.workbench.ui.regime.RegimeViewModel;
import dev.chimera.workbench.session.SessionFiles;
import dev.chimera.workbench.ui.session.SessionViewModel;
import dev.chimera.workbench.ui.dialog.DialogService;
import dev.chimera.workbench.ui.sources.SourceNode;
import dev.chimera.workbench.ui.sources.SourcesViewModel;
import dev.chimera.workbench.ui.task.TaskCallbacks;
import dev.chimera.workbench.ui.task.TaskExecutor;
import dev.chimera.workbench.ui.task.TaskHandle;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: which folder is open, loading it in the background, recent folders, the window title and the
 * status bar. It owns the ViewModels of the Sources, Data and Diagnostics views and keeps them in step: a file
 * selected in Sources selects its table in Data and filters Diagnostics; a diagnostic activated selects its file.
 *
 * <p>A load that fails or is cancelled keeps the dataset that was open before.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private final FolderLoader loader;
    private final TaskExecutor executor;
    private final ComparisonViewModel comparison;
    private final DialogService dialogs;
    private final RecentFolders recent;
    private final SourcesViewModel sources = new SourcesViewModel();
    private final DataViewModel data;
    private final DiagnosticsViewModel diagnostics;
    private final DistributionViewModel distributions;
    private final RegimeViewModel regimes;
    private final PowerViewModel power;
    private final CostViewModel cost;
    private final SessionViewModel session;
    private final FindingsViewModel findings;
    private final ObjectProperty<WorkbenchTab> selectedTab =
            new SimpleObjectProperty<>(this, "selectedTab", WorkbenchTab.DATA);
    private final ThemeSetting theme = new ThemeSetting();
    private final ExportViewModel export;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", I18n.tr("app.title"));
    private final ReadOnlyListWrapper<Path> recentFolders =
            new ReadOnlyListWrapper<>(this, "recentFolders", FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper idleStatus = new ReadOnlyStringWrapper(this, "idleStatus",
            I18n.tr("status.ready"));
    private final StringBinding statusMessage;
    private TaskHandle currentLoad;
    private long loadGeneration;
    private FolderFingerprint loadedFingerprint = FolderFingerprint.EMPTY;
    private final FolderWatch watch;

    /**
     * What one load produced: the fingerprint is taken before reading so later growth is noticed; {@code readNanos}
     * is when the worker finished reading (System.nanoTime), for the load-time log line.
     */
    private record Loaded(Dataset dataset, FolderFingerprint fingerprint, long readNanos) {
    }

    public MainViewModel(FolderLoader loader, TaskExecutor executor, DialogService dialogs, RecentFolders recent) {
        this.loader = loader;
        this.executor = executor;
        this.dialogs = dialogs;
        this.recent = recent;
        this.data = new DataViewModel(executor);
        this.diagnostics = new DiagnosticsViewModel(sources::selectPath);
        this.comparison = new ComparisonViewModel(executor, sources::selectPath);
        this.distributions = new DistributionViewModel(executor, sources::selectPath);
        this.regimes = new RegimeViewModel(executor);
        this.power = new PowerViewModel(executor);
        this.cost = new CostViewModel(executor);
        this.session = new SessionViewModel(executor, dialogs, this::openFolder, dataset.getReadOnlyProperty(),
                loading.getReadOnlyProperty(), distributions, regimes, power, cost);
        this.findings = new FindingsViewModel(executor, dialogs,
                new EvidenceRouter(distributions, regimes, power, cost, selectedTab::set));
        this.export = new ExportViewModel(executor, dialogs, dataset::get, this::exportContext);
        export.messageProperty().addListener((obs, was, is) -> {
            if (!is.isEmpty()) {
                idleStatus.set(is);
            }
        });
        recentFolders.setAll(recent.list());
        statusMessage = Bindings.when(executor.runningProperty()).then(executor.messageProperty())
                .otherwise(idleStatus);
        sources.selectedFileProperty().addListener((obs, was, is) -> followSelection(is));
        watch = new FolderWatch(executor, () -> dataset.get() == null ? null : dataset.get().root(),
                () -> loadedFingerprint, loading::get, change -> load(dataset.get().root(), true));
        session.statusProperty().addListener((obs, was, is) -> idleStatus.set(is));
    }

    private void followSelection(SourceNode file) {
        String path = file == null ? null : file.path();
        CanonicalTable table = file == null ? null : file.mainTable();
        data.setSelectedFile(path, table);
        diagnostics.setFileFilter(path);
    }

    /** Asks for a folder and opens it. */
    public void openFolder() {
        Path initial = dataset.get() != null ? dataset.get().root() : recentFolders.isEmpty() ? null
                : recentFolders.get(0);
        dialogs.chooseDirectory(I18n.tr("dialog.openFolder.title"), initial).ifPresent(this::openFolder);
    }

    /** Opens a folder in the background; a load still running is cancelled first. */
    public void openFolder(Path folder) {
        load(folder, false);
    }

    /** A quiet load (watch mode) reports failures in the status bar only, never with a dialog. */
    private void load(Path folder, boolean quiet) {
        Path target = folder.toAbsolutePath().normalize();
        if (currentLoad != null) {
            currentLoad.cancel();
        }
        long gen = ++loadGeneration;
        long started = System.nanoTime();
        loading.set(true);
        String name = displayName(target);
        currentLoad = executor.submit(I18n.format("task.load", name), true,
                (progress, cancel) -> {
                    FolderFingerprint before = FolderFingerprint.of(target, LoadOptions.defaults());
                    Dataset ds = loader.load(target, progress, cancel);
                    return new Loaded(ds, before, System.nanoTime());
                },
                TaskCallbacks.of(result -> {
                    if (gen == loadGeneration) {
                        loadedFingerprint = result.fingerprint();
                        long handed = System.nanoTime();
                        loaded(target, result.dataset());
                        // Where an open's time goes (issue 10): reading on the worker, the wait for the FX thread,
                        // and the views taking the dataset on it.
                        LOG.info("opened {}: read {} ms, to the UI thread {} ms, views {} ms", name,
                                (result.readNanos() - started) / 1_000_000, (handed - result.readNanos()) / 1_000_000,
                                (System.nanoTime() - handed) / 1_000_000);
                    }
                }, error -> {
                    if (gen == loadGeneration && quiet) {
                        endLoad(I18n.format("status.failed", displayName(target)));
                    } else if (gen == loadGeneration) {
                        failed(target, error);
                    }
                }, () -> {
                    if (gen == loadGeneration) {
                        endLoad(I18n.format("status.cancelled", name));
                    }
                }));
    }

    /**
     * Opens what was dropped on the window: a session file ({@code *.chimera-session.json}) is restored;
     * otherwise the first folder, or the folder of the first file.
     */
    public boolean openDropped(List<Path> paths) {
        Optional<Path> sessionFile = paths.stream().filter(SessionFiles::looksLikeSession)
                .filter(Files::isRegularFile).findFirst();
        if (sessionFile.isPresent()) {
            session.openSession(sessionFile.get());
            return true;
        }
        Optional<Path> folder = paths.stream().filter(Files::isDirectory).findFirst()
                .or(() -> paths.stream().map(Path::toAbsolutePath).map(Path::getParent)
                        .filter(p -> p != null && Files.isDirectory(p)).findFirst());
        folder.ifPresent(this::openFolder);
        return folder.isPresent();
    }

    /** Loads the open folder again (files may have changed on disk). */
    public void reload() {
        if (dataset.get() != null) {
            openFolder(dataset.get().root());
        }
    }

    /** Cancels the running load (and any other tracked background job). */
    public void cancel() {
        executor.cancelTracked();
    }

    public void clearRecentFolders() {
        recentFolders.setAll(recent.clear());
    }

    private void loaded(Path folder, Dataset ds) {
        // Child views first, so listeners of the dataset property see them up to date.
        sources.setDataset(ds);
        data.setDataset(ds);
        diagnostics.setDataset(ds);
        comparison.setDataset(ds);
        distributions.setDataset(ds);
        regimes.setDataset(ds);
        power.setDataset(ds);
        cost.setDataset(ds);
        findings.setDataset(ds);
        dataset.set(ds);
        title.set(I18n.format("app.title.folder", displayName(folder)));
        recentFolders.setAll(recent.add(folder));
        long rows = 0;
        for (CanonicalTable t : CanonicalTable.values()) {
            rows += ds.rowCount(t);
        }
        long errors = ds.allDiagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        endLoad(I18n.format("status.loaded", ds.files().size(), rows, ds.allDiagnostics().size(), errors));
    }

    private void failed(Path folder, Throwable error) {
        if (error instanceof NoSuchFileException && recentFolders.contains(folder)) {
            recentFolders.setAll(recent.remove(folder)); // a recent folder that is gone stays gone
        }
        endLoad(I18n.format("status.failed", displayName(folder)));
        dialogs.showError(I18n.tr("error.open.title"), I18n.format("error.open.message", folder, describe(error)),
                error);
    }

    private void endLoad(String status) {
        loading.set(false);
        currentLoad = null;
        idleStatus.set(status);
    }

    private static String describe(Throwable error) {
        if (error instanceof NoSuchFileException) {
            return I18n.tr("error.open.missing");
        }
        if (error instanceof AccessDeniedException) {
            return I18n.tr("error.open.denied");
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    private static String displayName(Path folder) {
        return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    }

    /** Watch ("live") mode of the open folder. */
    public FolderWatch watch() {
        return watch;
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public DataViewModel data() {
        return data;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    public DistributionViewModel distributions() {
        return distributions;
    }

    public RegimeViewModel regimes() {
        return regimes;
    }

    public PowerViewModel power() {
        return power;
    }

    public ExportViewModel export() {
        return export;
    }

    /** The settings an export records, read from the tabs (FX thread). */
    ExportContext exportContext() {
        DistributionSettings d = distributions.settings();
        String filters = d == null || d.valueFilters().isEmpty() ? "none" : d.valueFilters().entrySet().stream()
                .map(e -> e.getKey() + " in " + new java.util.TreeSet<>(e.getValue())).reduce((a, b) -> a + "; " + b)
                .orElse("none");
        return new ExportContext(filters, d == null ? SampleFilter.defaults() : d.sampleFilter(),
                cost.tierProperty().get(), regimes.paramsProperty().get());
    }

    public CostViewModel cost() {
        return cost;
    }

    /** Save session… / Open session…, and the session state that belongs to no single tab. */
    public SessionViewModel session() {
        return session;
    }

    public FindingsViewModel findings() {
        return findings;
    }

    /** The tab shown; the View follows it and writes the user's choice back. */
    public ObjectProperty<WorkbenchTab> selectedTabProperty() {
        return selectedTab;
    }

    /** Shows the Findings tab (the status bar's verdict counts are a link to it). */
    public void showFindings() {
        selectedTab.set(WorkbenchTab.FINDINGS);
    }

    /** The window's theme (View › Theme). */
    public ThemeSetting theme() {
        return theme;
    }

    /** Help › About: this build's versions and the runtime's. */
    public void showAbout() {
        dialogs.showAbout(dev.chimera.workbench.about.AboutInfo.current());
    }

    public DiagnosticsViewModel diagnostics() {
        return diagnostics;
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset getDataset() {
        return dataset.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Newest first, at most {@link RecentFolders#MAX}. */
    public ReadOnlyListProperty<Path> recentFoldersProperty() {
        return recentFolders.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The running task's message, else the outcome of the last load. */
    public StringBinding statusMessageProperty() {
        return statusMessage;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return executor.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return executor.progressProperty();
    }
}
