package dev.chimera.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key passed to I18n.tr / I18n.format in the UI sources must be in messages.properties. */
class LocalizationTest {
    private static final Pattern CALL = Pattern.compile("I18n\\.(?:tr|format)\\(\\s*\"([^\"]+)\"");
    private static final Pattern DYNAMIC = Pattern.compile("I18n\\.(?:tr|format)\\(\\s*[^\"\\s]");
    private static final Path SOURCES = Path.of("src/main/java/dev/chimera/workbench");

    @Test
    void everyKeyUsedInCodeIsInTheBundle() throws IOException {
        Properties bundle = load();
        Set<String> used = usedKeys();
        assertThat(used).as("keys found in the sources").hasSizeGreaterThan(40);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
    }

    @Test
    void everyCallUsesALiteralKeySoThisTestCanSeeIt() throws IOException {
        Set<String> dynamic = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.getFileName().toString().equals("I18n.java")) {
                    continue;
                }
                Matcher m = DYNAMIC.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    dynamic.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(dynamic).isEmpty();
    }

    @Test
    void theScanFindsAKnownKeyAndMissesAnAbsentOne() throws IOException {
        // Guards the scanner itself: a key we know is used, and a made-up one that is not.
        assertThat(usedKeys()).contains("action.open", "data.rowCount").doesNotContain("no.such.key");
        assertThat(load().getProperty("no.such.key")).isNull();
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CALL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load() throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationTest.class.getResourceAsStream("/dev/chimera/workbench/ui/messages.properties")) {
            assertThat(in).isNotNull();
            p.load(in);
        }
        return p;
    }
}
