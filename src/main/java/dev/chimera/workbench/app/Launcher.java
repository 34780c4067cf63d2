package dev.chimera.workbench.app;

import dev.chimera.workbench.cli.Cli;

/**
 * Plain entry point of the shaded jar. It must not extend {@code Application}: the JavaFX launcher refuses
 * to start an Application main class from the classpath ("JavaFX runtime components are missing").
 * With a subcommand or option it runs the headless CLI and never touches JavaFX.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCliInvocation(args)) {
            // No window may open from a command (chart exports draw through Java2D), even with a DISPLAY set.
            System.setProperty("java.awt.headless", "true");
            System.exit(Cli.run(args));
        }
        WorkbenchApplication.main(args);
    }
}
