package dev.chimera.workbench.app;

import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.main.MainViewModel;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Startup measurement hook (issue 10): with {@code -Dchimera.startupTiming=log} the time from JVM start to the
 * main window being shown and to the start-up folder's data being in the views is logged at INFO; with
 * {@code =exit} the application then quits, so {@code scripts/startup-time.sh} can run it repeatedly.
 * Off (no listener at all) without the property.
 */
final class StartupTiming {
    static final String PROPERTY = "chimera.startupTiming";
    private static final Logger LOG = LoggerFactory.getLogger(StartupTiming.class);

    private StartupTiming() {
    }

    /** Call right after the stage is shown and before the start-up folder is opened. */
    static void install(MainViewModel viewModel) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        LOG.info("startup: window shown {} ms after JVM start", uptimeMs());
        viewModel.datasetProperty().addListener(new ChangeListener<Dataset>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Dataset> obs, Dataset old, Dataset d) {
                if (d == null) {
                    return;
                }
                obs.removeListener(this);
                // The views update from the same change; the next pulse has them laid out.
                Platform.runLater(() -> {
                    LOG.info("startup: data of {} shown {} ms after JVM start", d.root().getFileName(), uptimeMs());
                    if ("exit".equals(mode)) {
                        Platform.exit();
                    }
                });
            }
        });
    }

    private static long uptimeMs() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
