package dev.chimera.workbench.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this build is: the app version and the versions of the bundled libraries, read from
 * {@code versions.properties}, which Maven fills in from the pom at build time (so nothing here is typed by
 * hand). Unfiltered placeholders (running from an IDE without Maven) read as "unknown".
 */
public final class BuildInfo {
    public static final String RESOURCE = "/dev/chimera/workbench/about/versions.properties";
    private static final Logger LOG = LoggerFactory.getLogger(BuildInfo.class);
    private static final String UNKNOWN = "unknown";

    /** One bundled library and its version. */
    public record Library(String name, String version) {
    }

    private final Properties props;

    BuildInfo(Properties props) {
        this.props = props;
    }

    /** The build's own information (empty values when the resource is missing). */
    public static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            LOG.warn("could not read {}", RESOURCE, e);
        }
        return new BuildInfo(p);
    }

    public String appName() {
        return value("app.name", "Chimera Workbench");
    }

    public String appVersion() {
        return value("app.version", UNKNOWN);
    }

    /** The libraries in the order the properties number them (lib.1, lib.2, …). */
    public List<Library> libraries() {
        List<Library> out = new ArrayList<>();
        for (int i = 1; props.containsKey("lib." + i + ".name"); i++) {
            out.add(new Library(props.getProperty("lib." + i + ".name"), value("lib." + i + ".version", UNKNOWN)));
        }
        return List.copyOf(out);
    }

    private String value(String key, String fallback) {
        String v = props.getProperty(key);
        return v == null || v.isBlank() || v.startsWith("${") ? fallback : v.trim();
    }
}
