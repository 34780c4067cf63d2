package dev.chimera.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `--version` (what the packaged launcher is checked with in CI) prints the pom's version and the Java runtime. */
class VersionOptionTest {
    @Test
    void versionOptionPrintsThePomVersionAndJava() throws Exception {
        // Expected version read from pom.xml (the first <version> after the project's artifactId).
        Matcher m = Pattern.compile("<artifactId>chimera-workbench</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--version"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isZero();
        assertThat(out.toString().lines().toList()).containsExactly("Chimera Workbench " + m.group(1),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        assertThat(err.toString()).isEmpty();
    }
}
