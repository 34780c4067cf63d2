package dev.chimera.workbench.about;

import java.util.List;

/**
 * Everything Help › About shows: the app, the Java runtime it runs on, the JavaFX runtime (null before the
 * toolkit started, e.g. in the CLI) and the bundled libraries.
 */
public record AboutInfo(String appName, String appVersion, String javaVersion, String javaVendor,
                        String javaFxVersion, List<BuildInfo.Library> libraries) {

    /** The running build and runtime. */
    public static AboutInfo current() {
        BuildInfo build = BuildInfo.load();
        return new AboutInfo(build.appName(), build.appVersion(), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("javafx.runtime.version"),
                build.libraries());
    }

    /** Plain-text form (the dialog's "copy" text and a log line). */
    public String asText() {
        StringBuilder sb = new StringBuilder();
        sb.append(appName).append(' ').append(appVersion).append('\n');
        sb.append("Java ").append(javaVersion).append(" (").append(javaVendor).append(")\n");
        if (javaFxVersion != null) {
            sb.append("JavaFX runtime ").append(javaFxVersion).append('\n');
        }
        for (BuildInfo.Library lib : libraries) {
            sb.append(lib.name()).append(' ').append(lib.version()).append('\n');
        }
        return sb.toString();
    }
}
