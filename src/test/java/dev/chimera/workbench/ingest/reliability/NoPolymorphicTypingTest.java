package dev.chimera.workbench.ingest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.LoadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Jackson's polymorphic default typing lets a JSON document name the class to instantiate (the root of most
 * Jackson deserialization CVEs). We only ever read trees, so it must never be enabled: not on the shared
 * mappers, and nowhere in the main sources (any package, so later code is covered too).
 */
class NoPolymorphicTypingTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "activateDefaultTyping|enableDefaultTyping|setDefaultTyping|JsonTypeInfo\\.Id\\.(CLASS|MINIMAL_CLASS)");

    @Test
    void theSharedMappersHaveNoDefaultTyping() {
        assertThat(JsonSupport.mapper().getDeserializationConfig().getDefaultTyper(null)).isNull();
        assertThat(JsonSupport.forLimits(LoadLimits.defaults().withMaxJsonDepth(10))
                .getDeserializationConfig().getDefaultTyper(null)).isNull();
    }

    @Test
    void noMainSourceEnablesDefaultTyping() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        // The scan must see the code base (over 200 source files today), or it proves nothing.
        assertThat(sources).hasSizeGreaterThan(200);
        List<String> hits = sources.stream().filter(p -> {
            try {
                return FORBIDDEN.matcher(Files.readString(p, StandardCharsets.UTF_8)).find();
            } catch (IOException e) {
                return true;
            }
        }).map(Path::toString).toList();
        assertThat(hits).as("sources enabling Jackson polymorphic typing").isEmpty();
    }

    @Test
    void theLimitsReachTheParser() {
        // 11 nested arrays against a depth limit of 10: Jackson must refuse.
        var mapper = JsonSupport.forLimits(LoadLimits.defaults().withMaxJsonDepth(10));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readTree("[".repeat(11) + "]".repeat(11)))
                .hasMessageContaining("nesting depth");
    }
}
