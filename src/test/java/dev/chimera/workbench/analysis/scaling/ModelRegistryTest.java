package dev.chimera.workbench.analysis.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {
    @TempDir
    Path dir;

    @Test
    void builtInKnowsTheTrModelsWithTheirExactCounts() {
        ModelRegistry r = ModelRegistry.builtIn();
        // tr-findings §1.2 / tr-figures §4.2.
        assertThat(r.lookup("tiny-gpt2").orElseThrow().params()).isEqualTo(102_714);
        assertThat(r.lookup("gpt2").orElseThrow().params()).isEqualTo(124_439_808);
        assertThat(r.lookup("gpt2-1m").orElseThrow().params()).isEqualTo(11_180_000); // the TR118 tag, 11.18 M
        assertThat(r.lookup("gpt2-5m").orElseThrow().nLayer()).isEqualTo(12); // §4.5 architecture 12/80/2
        // Identity is the last path component, case-insensitive (a TR118 spec.model is a Windows path).
        assertThat(r.lookup("C:\\Users\\x\\models\\GPT2-75M").orElseThrow().params()).isEqualTo(74_824_704);
        assertThat(r.lookup("gemma3:1b").orElseThrow().id()).isEqualTo("gemma3:1b-it-qat");
        // Never guessed from the digits in a name.
        assertThat(r.lookup("gpt2-7m")).isEmpty();
    }

    @Test
    void userFileOverridesAndIsValidatedWithTheJsonPath() throws Exception {
        Path f = dir.resolve("mine.json");
        Files.writeString(f, "{\"schema\":\"chimera.model-registry\",\"version\":1,\"models\":["
                + "{\"id\":\"gpt2-1m\",\"params\":1100000},{\"id\":\"my-model\",\"params\":3.5e8,\"n_layer\":20}]}");
        ModelRegistry r = ModelRegistry.builtIn().overriddenBy(ModelRegistry.load(f));
        assertThat(r.lookup("gpt2-1m").orElseThrow().params()).isEqualTo(1_100_000);
        assertThat(r.lookup("my-model").orElseThrow().nLayer()).isEqualTo(20);
        assertThat(r.lookup("gpt2").orElseThrow().params()).isEqualTo(124_439_808);

        Files.writeString(f, "{\"schema\":\"chimera.model-registry\",\"version\":1,\"models\":["
                + "{\"id\":\"a\",\"params\":5},{\"id\":\"b\",\"params\":\"76M\"}]}");
        assertThatThrownBy(() -> ModelRegistry.load(f)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("$.models[1].params").hasMessageContaining("expected a number");
        Files.writeString(f, "{\"schema\":\"chimera.model-registry\",\"version\":7,\"models\":[]}");
        assertThatThrownBy(() -> ModelRegistry.load(f)).hasMessageContaining("$.version");
    }

    @Test
    void sizesParseAndPrint() {
        assertThat(ModelSizes.parse("76M")).isEqualTo(76e6);
        assertThat(ModelSizes.parse("1.5B")).isEqualTo(1.5e9);
        assertThat(ModelSizes.parse("102714")).isEqualTo(102714);
        assertThat(ModelSizes.parse("0.5k")).isEqualTo(500);
        assertThat(ModelSizes.format(76.686e6)).isEqualTo("76.7M");
        assertThat(ModelSizes.format(1.5e9)).isEqualTo("1.5B");
        assertThatThrownBy(() -> ModelSizes.parse("big")).hasMessageContaining("not a model size");
    }
}
