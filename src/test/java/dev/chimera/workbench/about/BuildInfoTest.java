package dev.chimera.workbench.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Help › About's versions come from the pom through resource filtering, not from strings typed in the code. */
class BuildInfoTest {

    @Test
    void versionsEqualThoseDeclaredInThePom() throws Exception {
        // Expected values read straight from pom.xml with regular expressions, independently of Maven's filtering.
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher project = Pattern.compile("</modelVersion>\\s*<groupId>[^<]+</groupId>\\s*<artifactId>[^<]+"
                + "</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(project.find()).isTrue();

        BuildInfo info = BuildInfo.load();
        assertThat(info.appName()).isEqualTo("Chimera Workbench");
        assertThat(info.appVersion()).isEqualTo(project.group(1));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("OpenJFX", property(pom, "javafx.version"));
        expected.put("JFreeChart", property(pom, "jfreechart.version"));
        expected.put("JFreeChart-FX", property(pom, "jfreechart.fx.version"));
        expected.put("Tablesaw", property(pom, "tablesaw.version"));
        expected.put("ControlsFX", property(pom, "controlsfx.version"));
        expected.put("Jackson", property(pom, "jackson.version"));
        expected.put("FastCSV", property(pom, "fastcsv.version"));
        expected.put("picocli", property(pom, "picocli.version"));
        expected.put("SLF4J", property(pom, "slf4j.version"));
        expected.put("Logback", property(pom, "logback.version"));
        Map<String, String> actual = new LinkedHashMap<>();
        info.libraries().forEach(l -> actual.put(l.name(), l.version()));
        assertThat(actual).containsExactlyEntriesOf(expected);
        // The pom really builds with those properties (the dependency uses the property, e.g. JFreeChart 1.5.6).
        assertThat(pom).contains("<artifactId>jfreechart</artifactId><version>${jfreechart.version}</version>");
        assertThat(actual.get("JFreeChart")).isEqualTo("1.5.6");
    }

    @Test
    void unfilteredPlaceholdersAndMissingKeysReadAsUnknown() throws Exception {
        Properties p = new Properties();
        p.load(new StringReader("app.version=${project.version}\nlib.1.name=X\nlib.1.version=${x.version}\n"
                + "lib.2.name=Y\nlib.2.version=1.2\nlib.4.name=after a gap, not read\n"));
        BuildInfo info = new BuildInfo(p);
        assertThat(info.appVersion()).isEqualTo("unknown");
        assertThat(info.appName()).isEqualTo("Chimera Workbench");
        assertThat(info.libraries()).containsExactly(new BuildInfo.Library("X", "unknown"),
                new BuildInfo.Library("Y", "1.2"));
    }

    @Test
    void aboutTextNamesTheRuntime() {
        AboutInfo about = new AboutInfo("App", "1.0", "17.0.15", "Debian", null,
                java.util.List.of(new BuildInfo.Library("JFreeChart", "1.5.6")));
        assertThat(about.asText()).isEqualTo("App 1.0\nJava 17.0.15 (Debian)\nJFreeChart 1.5.6\n");
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">").matcher(pom);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }
}
