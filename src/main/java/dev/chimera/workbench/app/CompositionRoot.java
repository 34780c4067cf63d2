package dev.chimera.workbench.app;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.sampledata.SampleDataLocator;
import dev.chimera.workbench.ui.dialog.DialogService;
import dev.chimera.workbench.ui.main.MainView;
import dev.chimera.workbench.ui.main.MainViewModel;
import dev.chimera.workbench.ui.main.RecentFolders;
import dev.chimera.workbench.ui.task.FxTaskExecutor;
import dev.chimera.workbench.ui.task.TaskExecutor;
import java.util.List;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The one place that builds the services and hands them down by constructor. The preferences node and the
 * dialog service are parameters so a test can run the real window with its own node and a scripted dialog.
 */
public final class CompositionRoot {
    private final Preferences preferences;
    private final Function<Stage, DialogService> dialogFactory;

    public CompositionRoot(Preferences preferences, Function<Stage, DialogService> dialogFactory) {
        this.preferences = preferences;
        this.dialogFactory = dialogFactory;
    }

    /** Poll period of watch mode; {@code -Dchimera.watchMillis=} shortens it (tests). */
    private static java.time.Duration watchPeriod() {
        return java.time.Duration.ofMillis(Long.getLong("chimera.watchMillis",
                dev.chimera.workbench.ui.main.FolderWatch.DEFAULT_PERIOD.toMillis()));
    }

    /** Builds the main window on the stage, shows it, and opens the start-up folder (if any). */
    public MainViewModel start(Stage stage, List<String> args) {
        TaskExecutor executor = new FxTaskExecutor();
        RecentFolders recent = new RecentFolders(preferences);
        DatasetLoader loader = DatasetLoader.standard();
        MainViewModel viewModel = new MainViewModel(loader::load, executor, dialogFactory.apply(stage), recent);
        viewModel.cost().usePricingStore(dev.chimera.workbench.ui.cost.PricingStore.inUserConfig());
        viewModel.watch().useTicker(new dev.chimera.workbench.ui.task.FxTicker(), watchPeriod());
        viewModel.theme().usePreferences(preferences);
        AppIcons.install(stage);
        MainView view = new MainView(viewModel, stage::close);
        // Use most of the screen (charts and tables need room), never more than 1600 × 1000.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        WindowState window = new WindowState(preferences);
        Scene scene = new Scene(view, window.width(Math.max(1024, Math.min(1600, screen.getWidth() * 0.92))),
                window.height(Math.max(700, Math.min(1000, screen.getHeight() * 0.92))));
        view.install(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        window.restorePosition(stage);
        stage.setOnHidden(e -> {
            window.save(stage); // on hide, not on close request: Quit in the menu closes without a request
            viewModel.watch().stop();
            executor.shutdown();
        });
        stage.show();
        StartupTiming.install(viewModel);
        StartupFolder.choose(args, viewModel.recentFoldersProperty(), SampleDataLocator::locate)
                .ifPresent(viewModel::openFolder);
        return viewModel;
    }
}
