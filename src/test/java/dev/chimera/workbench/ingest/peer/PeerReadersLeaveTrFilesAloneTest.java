package dev.chimera.workbench.ingest.peer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The vLLM and llmperf readers must not claim any file of the real TR result folders (e.g. TR summary.json). */
class PeerReadersLeaveTrFilesAloneTest {

    @Test
    void noRealResultFileIsClaimedByVllmOrLlmperf() throws IOException {
        Dataset ds = DatasetLoader.standard().load(Path.of("../shared/real-results"));
        assertThat(ds.files()).isNotEmpty();
        assertThat(ds.files()).allSatisfy(f -> assertThat(f.producer()).as(f.path())
                .isNotIn("vllm", "llmperf"));
        // the four TR summary.json files stay with the TR analysis recogniser
        assertThat(ds.files().stream().filter(f -> f.path().endsWith("/summary.json")))
                .hasSize(4).allSatisfy(f -> assertThat(f.format()).isEqualTo("tr.analysis.json"));
    }
}
