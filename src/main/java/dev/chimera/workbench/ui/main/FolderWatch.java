package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ingest.FolderFingerprint;
import dev.chimera.workbench.ingest.LoadOptions;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.task.TaskCallbacks;
import dev.chimera.workbench.ui.task.TaskExecutor;
import dev.chimera.workbench.ui.task.Ticker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Watch ("live") mode: while on and not paused, polls the open folder's fingerprint (sizes and modification
 * times, off the UI thread) and reloads the whole folder when it differs from the fingerprint taken before the
 * last load. A whole reload cannot add a row twice, and a half-written last line is only a warning, so a folder
 * a running benchmark is writing stays consistent. Polling rather than a WatchService: it is recursive, sees a
 * file growing, and behaves the same on every file system.
 */
public final class FolderWatch {
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(2);

    private final TaskExecutor executor;
    private final Supplier<Path> folder;
    private final Supplier<FolderFingerprint> loaded;
    private final BooleanSupplier busy;
    private final Consumer<String> reload;
    private final BooleanProperty live = new SimpleBooleanProperty(this, "live");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private Ticker ticker = Ticker.MANUAL;
    private Duration period = DEFAULT_PERIOD;
    private Runnable stopTicking = () -> { };
    private boolean checking;
    private int reloads;

    /**
     * @param folder  the open folder, null when none
     * @param loaded  the fingerprint taken just before the open folder was loaded
     * @param busy    true while a load runs (a poll then waits for the next tick)
     * @param reload  reloads quietly; receives what changed, for the status
     */
    FolderWatch(TaskExecutor executor, Supplier<Path> folder, Supplier<FolderFingerprint> loaded,
                BooleanSupplier busy, Consumer<String> reload) {
        this.executor = executor;
        this.folder = folder;
        this.loaded = loaded;
        this.busy = busy;
        this.reload = reload;
        live.addListener((obs, was, is) -> {
            stopTicking.run();
            stopTicking = is ? ticker.start(period, this::tick) : () -> { };
            updateState(null);
        });
        paused.addListener((obs, was, is) -> updateState(null));
    }

    /** Sets how polls are scheduled (an FX timeline in the app); takes effect when live mode next starts. */
    public void useTicker(Ticker ticker, Duration period) {
        this.ticker = ticker;
        this.period = period;
    }

    /** One poll: compares the folder with what was loaded, and reloads if it changed. */
    public void tick() {
        Path target = folder.get();
        if (!live.get() || paused.get() || checking || busy.getAsBoolean() || target == null) {
            return;
        }
        checking = true;
        FolderFingerprint before = loaded.get();
        executor.submit(I18n.tr("task.watch"), false,
                (progress, cancel) -> FolderFingerprint.of(target, LoadOptions.defaults()),
                TaskCallbacks.of(now -> {
                    checking = false;
                    if (!now.equals(before) && target.equals(folder.get()) && live.get() && !paused.get()) {
                        reloads++;
                        String change = now.describeChangeFrom(before);
                        updateState(change);
                        reload.accept(change);
                    }
                }, error -> checking = false, () -> checking = false));
    }

    /** Stops polling (the window closes). */
    public void stop() {
        live.set(false);
    }

    private void updateState(String change) {
        if (!live.get()) {
            state.set("");
        } else if (paused.get()) {
            state.set(I18n.tr("watch.state.paused"));
        } else if (change != null) {
            state.set(I18n.format("watch.state.changed", change));
        } else {
            state.set(I18n.tr("watch.state.live"));
        }
    }

    /** On: the folder is polled and reloaded when it changes. */
    public BooleanProperty liveProperty() {
        return live;
    }

    /** While paused, changes are not picked up (the data stays still for reading). */
    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** "" when off; else "Live", "Live · paused" or the last change. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Reloads triggered by a change since the app started. */
    public int reloadCount() {
        return reloads;
    }
}
