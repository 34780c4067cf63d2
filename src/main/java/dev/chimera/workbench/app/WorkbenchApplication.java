package dev.chimera.workbench.app;

import dev.chimera.workbench.ui.dialog.FxDialogService;
import dev.chimera.workbench.ui.main.RecentFolders;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: hands the stage to the composition root. Started by {@link Launcher}. */
public final class WorkbenchApplication extends Application {
    public static void main(String[] args) {
        launch(WorkbenchApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        new CompositionRoot(RecentFolders.defaultNode(), owner -> new FxDialogService(() -> owner))
                .start(stage, getParameters().getRaw());
    }
}
