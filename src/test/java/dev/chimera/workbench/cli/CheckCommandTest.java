package dev.chimera.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void jsonListsEveryFindingWithItsVerdictAndEvidence() throws Exception {
        String[] r = run("check", "sample-data/tr120-compile", "--json");
        assertThat(r[0]).isEqualTo("0");
        JsonNode findings = new ObjectMapper().readTree(r[1]).get("findings");
        assertThat(findings.size()).isGreaterThanOrEqualTo(11);
        JsonNode flip = null;
        for (JsonNode f : findings) {
            assertThat(f.has("id") && f.has("verdict") && f.has("expected") && f.has("n") && f.has("detail")
                    && f.has("scope") && f.has("ci95")).isTrue();
            if (f.get("id").asText().equals("tr120.cold-start-flip")) {
                flip = f;
            }
        }
        // The sample's compile − eager mean gap: −12.50 ms on all e2e_kv samples, +5.03 ms without first samples
        // (the same figures `compare-groups` prints; computed with numpy in the engine tests).
        assertThat(flip.get("verdict").asText()).isEqualTo("CONFIRMED");
        // the opened folder is one run folder: its scope is "."
        assertThat(flip.get("scope").asText()).isEqualTo(".");
        assertThat(flip.get("measured").asDouble()).isBetween(5.02, 5.04);
    }

    @Test
    void failOnGatesTheExitCode() {
        // sample tr121-scaling: every finding with data there is CONFIRMED (the rest NO_DATA) -> exit 0
        assertThat(run("check", "sample-data/tr121-scaling", "--fail-on", "contradicted")[0]).isEqualTo("0");
        // sample tr120-compile: its compile-labelled runs record compile.backend inductor, so
        // tr117.compile-label ("the label is not a real compile") is CONTRADICTED there -> exit 3
        String[] c = run("check", "sample-data/tr120-compile", "--fail-on", "contradicted");
        assertThat(c[0]).isEqualTo("3");
        assertThat(c[1]).contains("tr117.compile-label").contains("CONTRADICTED");
        // A 1 s nvidia-smi log: TR122's 250 ms gap rule is a hardware-specific number → INCONCLUSIVE, never
        // CONTRADICTED; --fail-on inconclusive turns it into exit code 3.
        String[] r = run("check", "sample-data/peer-tools/nvidia-smi", "--fail-on", "inconclusive");
        assertThat(r[0]).isEqualTo("3");
        assertThat(r[1]).contains("tr122.gap-threshold").contains("INCONCLUSIVE");
    }

    @Test
    void aBrokenCatalogNamesTheJsonPath(@TempDir Path dir) throws Exception {
        Path catalog = Files.writeString(dir.resolve("mine.json"),
                "{\"schema\":\"chimera.findings\",\"version\":1,\"findings\":[{\"id\":\"x\",\"computation\":"
                        + "{\"check\":\"nope\"}}]}");
        String[] r = run("check", "sample-data/tr120-compile", "--catalog", catalog.toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("$.findings[0]");
    }
}
