package dev.chimera.workbench.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version: the jar manifest's Implementation-Version, else Maven's pom.properties, else "dev". */
public final class AppVersion {
    private static final String POM_PROPERTIES = "/META-INF/maven/dev.chimera/chimera-workbench/pom.properties";

    private AppVersion() {
    }

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        if (v != null && !v.isBlank()) {
            return v;
        }
        try (InputStream in = AppVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String pv = p.getProperty("version");
                if (pv != null && !pv.isBlank()) {
                    return pv;
                }
            }
        } catch (IOException e) {
            // fall through: running from classes
        }
        return "dev";
    }
}
