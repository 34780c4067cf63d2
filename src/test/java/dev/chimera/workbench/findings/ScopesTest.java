package dev.chimera.workbench.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run-folder rule on hand-made file lists (no tables needed: scopes follow the files' producers). */
class ScopesTest {

    private static SourceFile file(String path, String producer, long rows) {
        return new SourceFile(path, producer + ".x", producer, producer, FileKind.values()[0], rows,
                rows == 0 ? Map.of() : Map.of(CanonicalTable.RUNS, rows), 1, "", List.of());
    }

    private static List<String> scopes(SourceFile... files) {
        Dataset ds = new Dataset(Path.of("root"), List.of(files), new EnumMap<>(CanonicalTable.class), List.of());
        List<String> out = new ArrayList<>();
        Scopes.split(ds).forEach(s -> out.add(s.path() + "=" + s.dataset().files().size()));
        return out;
    }

    @Test
    void oneHarnessIsOneScopeEvenAcrossSubFolders() {
        // a TR118 run: one sub-folder per model, a manifest (no rows) and a generic TR stats CSV
        assertEquals(List.of(".=4"), scopes(file("gpt2/raw/a.jsonl", "tr118", 10), file("tiny/raw/b.jsonl", "tr118", 10),
                file("manifest.json", "doc", 0), file("tiny/processed/s.csv", "tr", 5)));
    }

    @Test
    void mixedHarnessesSplitDownToTheFolderThatIsHomogeneous() {
        // root: a loose vllm file plus tr118 and a peer-tools folder mixing vllm and nvidia-smi
        assertEquals(List.of(".=1", "peer/nvidia-smi=1", "peer/vllm=2", "tr118=2"), scopes(
                file("loose.json", "vllm", 3), file("tr118/m/a.jsonl", "tr118", 10),
                file("tr118/m/manifest.json", "doc", 0), file("peer/vllm/r.json", "vllm", 5),
                file("peer/vllm/r2.json", "vllm", 5), file("peer/nvidia-smi/g.csv", "nvidia-smi", 100)));
    }
}
