package dev.chimera.workbench.ui.session;

import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.session.Annotation;
import dev.chimera.workbench.session.Session;
import dev.chimera.workbench.session.SessionFiles;
import dev.chimera.workbench.session.SessionFolder;
import dev.chimera.workbench.session.SessionRestorePlan;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.cost.CostViewModel;
import dev.chimera.workbench.ui.dialog.DialogService;
import dev.chimera.workbench.ui.distribution.DistributionViewModel;
import dev.chimera.workbench.ui.power.PowerViewModel;
import dev.chimera.workbench.ui.regime.RegimeViewModel;
import dev.chimera.workbench.ui.task.TaskCallbacks;
import dev.chimera.workbench.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Save session… and Open session…: collects every tab's settings through the per-view adapters and writes them
 * (in the background) to the file the user chose; restoring reads and checks the file in the background, asks
 * for folders that moved, opens the folder through the main window's normal loading path and, once it is loaded,
 * applies each tab's settings. The workbench shows one folder at a time, so the first folder of a session opens.
 */
public final class SessionViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SessionViewModel.class);

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Path> openFolder;
    private final ReadOnlyObjectProperty<Dataset> dataset;
    private final DistributionViewModel distributions;
    private final RegimeViewModel regimes;
    private final PowerViewModel power;
    private final CostViewModel cost;
    private final ObjectProperty<String> selectedTab = new SimpleObjectProperty<>(this, "selectedTab");
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper lastFile = new ReadOnlyStringWrapper(this, "lastFile");
    private Session pending;
    private Path pendingFolder;
    private String changedNote = "";

    public SessionViewModel(TaskExecutor executor, DialogService dialogs, Consumer<Path> openFolder,
                            ReadOnlyObjectProperty<Dataset> dataset, ReadOnlyBooleanProperty loading,
                            DistributionViewModel distributions, RegimeViewModel regimes, PowerViewModel power,
                            CostViewModel cost) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.openFolder = openFolder;
        this.dataset = dataset;
        this.distributions = distributions;
        this.regimes = regimes;
        this.power = power;
        this.cost = cost;
        loading.addListener((obs, was, is) -> {
            if (!is) {
                loadEnded();
            }
        });
    }

    /** The state of every view now, as a session value. */
    public Session collect(List<SessionFolder> folders) {
        return new Session(Instant.now().toString(), folders, selectedTab.get(),
                DistributionSessionAdapter.collect(distributions), RegimeSessionAdapter.collect(regimes),
                PowerSessionAdapter.collect(power), CostSessionAdapter.collect(cost), List.copyOf(annotations));
    }

    /** Asks where to save and saves there. */
    public void saveSession() {
        Dataset ds = dataset.get();
        String name = ds == null || ds.root().getFileName() == null ? "workbench"
                : ds.root().getFileName().toString();
        dialogs.chooseSessionToSave(I18n.tr("dialog.session.save.title"), initialFolder(), name
                + SessionFiles.SUFFIX).ifPresent(this::saveSession);
    }

    /** Saves to exactly {@code file}: views are read here, folders fingerprinted and the file written in the background. */
    public void saveSession(Path file) {
        Dataset ds = dataset.get();
        Session views = collect(List.of());
        Path root = ds == null ? null : ds.root();
        executor.submit(I18n.tr("task.session.save"), false, (progress, cancel) -> {
            Session s = root == null ? views : views.withFolders(List.of(SessionFolder.of(root)));
            SessionFiles.write(file, s);
            return s;
        }, TaskCallbacks.of(s -> {
            lastFile.set(file.toString());
            status.set(I18n.format("session.saved", file.getFileName()));
        }, error -> {
            status.set(I18n.format("session.saveFailed", file.getFileName()));
            dialogs.showError(I18n.tr("error.session.save.title"), I18n.format("error.session.save.message", file,
                    message(error)), error);
        }, () -> { }));
    }

    /** Asks for a session file and restores it. */
    public void openSession() {
        dialogs.chooseSessionToOpen(I18n.tr("dialog.session.open.title"), initialFolder())
                .ifPresent(this::openSession);
    }

    /** Reads and checks {@code file} in the background, then restores it (asking about moved folders). */
    public void openSession(Path file) {
        executor.submit(I18n.tr("task.session.open"), false,
                (progress, cancel) -> SessionRestorePlan.check(SessionFiles.read(file)),
                TaskCallbacks.of(plan -> restore(file, plan), error -> {
                    status.set(I18n.format("session.openFailed", file.getFileName()));
                    dialogs.showError(I18n.tr("error.session.open.title"),
                            I18n.format("error.session.open.message", file, message(error)), error);
                }, () -> { }));
    }

    private void restore(Path file, SessionRestorePlan checked) {
        SessionRestorePlan plan = checked;
        for (int index : checked.missing()) {
            plan = askForMissing(plan, index);
        }
        Session s = plan.session();
        lastFile.set(file.toString());
        changedNote = changedNote(plan);
        List<Path> folders = plan.foldersToOpen();
        if (folders.size() > 1) {
            LOG.info("session {} lists {} folders; opening the first ({})", file, folders.size(), folders.get(0));
        }
        if (folders.isEmpty()) {
            apply(s);
            return;
        }
        pending = s;
        pendingFolder = folders.get(0).toAbsolutePath().normalize();
        status.set(I18n.format("session.opening", file.getFileName()));
        openFolder.accept(pendingFolder);
    }

    private SessionRestorePlan askForMissing(SessionRestorePlan plan, int index) {
        Path saved = plan.folders().get(index).saved().toPath();
        if (dialogs.confirm(I18n.tr("dialog.session.missing.title"),
                I18n.format("dialog.session.missing.message", saved))) {
            Path near = nearestExisting(saved);
            var chosen = dialogs.chooseDirectory(I18n.format("dialog.session.locate.title", saved.getFileName()),
                    near);
            if (chosen.isPresent() && Files.isDirectory(chosen.get())) {
                return plan.resolve(index, chosen.get());
            }
        }
        return plan.skip(index);
    }

    private void loadEnded() {
        if (pending == null) {
            return;
        }
        Session s = pending;
        Path target = pendingFolder;
        pending = null;
        pendingFolder = null;
        Dataset ds = dataset.get();
        if (ds != null && Objects.equals(ds.root().toAbsolutePath().normalize(), target)) {
            apply(s);
        } else {
            // The main window has already said why the folder did not open.
            status.set(I18n.tr("session.notApplied"));
        }
    }

    /** Applies a session's settings to the views as they are now (the folder is already open). */
    public void apply(Session s) {
        if (s.distributions() != null) {
            // After a load the tab's choices arrive from the background: applied then, as the user would.
            distributions.whenChoicesReady(() -> DistributionSessionAdapter.apply(distributions, s.distributions()));
        }
        if (s.regimes() != null) {
            regimes.whenChoicesReady(() -> RegimeSessionAdapter.apply(regimes, s.regimes()));
        }
        if (s.power() != null) {
            PowerSessionAdapter.apply(power, s.power());
        }
        if (s.cost() != null) {
            CostSessionAdapter.apply(cost, s.cost());
        }
        if (s.selectedTab() != null) {
            selectedTab.set(s.selectedTab());
        }
        annotations.setAll(s.annotations());
        status.set(changedNote.isEmpty() ? I18n.tr("session.restored") : changedNote);
        changedNote = "";
    }

    /** Says which folder differs from when the session was saved (the first one; the status bar has one line). */
    private static String changedNote(SessionRestorePlan plan) {
        for (SessionRestorePlan.FolderCheck c : plan.folders()) {
            if (c.status() == SessionRestorePlan.Status.CHANGED && c.current() != null) {
                return I18n.format("session.restored.changed", c.location().getFileName(),
                        c.saved().fingerprint().fileCount(), c.current().fileCount(),
                        c.saved().fingerprint().totalBytes(), c.current().totalBytes());
            }
        }
        return "";
    }

    private Path initialFolder() {
        if (lastFile.get() != null) {
            return Path.of(lastFile.get()).getParent();
        }
        return dataset.get() == null ? null : dataset.get().root().getParent();
    }

    private static Path nearestExisting(Path p) {
        Path q = p.getParent();
        while (q != null && !Files.isDirectory(q)) {
            q = q.getParent();
        }
        return q;
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    /** Id of the selected main tab; the main view keeps it in step with its tab pane. */
    public ObjectProperty<String> selectedTabProperty() {
        return selectedTab;
    }

    /** The user's chart annotations (saved with the session; the export feature draws them). */
    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    /** What the last save or restore did, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The session file last saved or opened (null before any). */
    public ReadOnlyStringProperty lastFileProperty() {
        return lastFile.getReadOnlyProperty();
    }
}
