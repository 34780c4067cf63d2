package dev.chimera.workbench.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder: the GUI shell replaces this. */
public final class WorkbenchApplication extends Application {
    public static void main(String[] args) {
        launch(WorkbenchApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
