package dev.chimera.workbench.ingest.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.LoadOptions;
import dev.chimera.workbench.ingest.ReaderRegistry;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated bad-input corpus (issue 11): every reader family's small valid templates, mutated. For each
 * case: no exception escapes the loader, the load ends in bounded time, the expected diagnostic names the
 * file, line and column, the good records load (counted from the mutation, see {@link LineMutations}), and the
 * folder's bytes are unchanged (SHA-256 over every file before and after).
 */
class BadInputCorpusTest {
    private static final Logger LOG = LoggerFactory.getLogger(BadInputCorpusTest.class);
    /** Generous: a case takes milliseconds; a hang (e.g. an endless loop on bad input) fails here. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    static List<CorpusCase> cases() {
        List<CorpusTemplate> templates = CorpusTemplates.all();
        List<CorpusCase> out = new ArrayList<>();
        for (CorpusTemplate t : templates) {
            List<CorpusCase> own = new ArrayList<>(FileMutations.common(t));
            own.addAll(t.shape() == CorpusTemplate.Shape.DOCUMENT ? FileMutations.document(t) : LineMutations.of(t));
            out.addAll(t.format().equals("unknown") ? own.stream().map(BadInputCorpusTest::asUnknown).toList() : own);
        }
        out.addAll(FolderCases.all(templates));
        return out;
    }

    /**
     * A file no reader knows stays unknown whatever is done to it: listed, 0 records, nothing added. The loader's
     * own diagnostics (empty, binary, compressed, over the size limit) stay expected; every other case expects
     * "format not recognised".
     */
    private static CorpusCase asUnknown(CorpusCase c) {
        CorpusCase.Expect e = c.expect();
        boolean loaderNote = e.message() != null && Stream.of("empty file", "binary", "compressed", "byte limit")
                .anyMatch(e.message()::contains);
        CorpusCase.Expect u = loaderNote
                ? new CorpusCase.Expect(e.target(), "unknown", 0, 0, e.severity(), e.line(), e.column(), e.message(),
                false)
                : new CorpusCase.Expect(e.target(), "unknown", 0, 0, Severity.INFO, 0, 0, "format not recognised",
                false);
        return new CorpusCase(c.family(), c.name(), c.files(), c.setup(), c.limits(), u, c.also());
    }

    @TestFactory
    Stream<DynamicNode> corpus() {
        Map<String, List<CorpusCase>> byFamily = cases().stream()
                .collect(Collectors.groupingBy(CorpusCase::family, TreeMap::new, Collectors.toList()));
        return byFamily.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.name() + " [" + c.expect().target() + "]",
                        () -> run(c)))));
    }

    @Test
    void theCorpusHasAtLeast200CasesAcrossEveryFamily() {
        Map<String, Long> perFamily = cases().stream()
                .collect(Collectors.groupingBy(CorpusCase::family, TreeMap::new, Collectors.counting()));
        LOG.info("bad-input corpus: {} cases, per family {}", cases().size(), perFamily);
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(perFamily.keySet()).contains("tr117", "tr118", "tr119", "tr120", "tr121", "tr122", "tr123",
                "nvidia-smi", "nvidia-smi-dmon", "dcgm", "vllm", "llmperf", "aiperf", "genai-perf", "guidellm",
                "optimum-benchmark", "mlperf", "generic-csv", "folder");
    }

    private static void run(CorpusCase c) throws Exception {
        Path dir = Files.createTempDirectory("chimera-corpus");
        try {
            for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            if (c.setup() != null) {
                c.setup().apply(dir);
            }
            String before = FolderHash.of(dir);
            DatasetLoader loader = new DatasetLoader(ReaderRegistry.standard(),
                    LoadOptions.defaults().withThreads(2).withLimits(c.limits()));
            Dataset ds = assertTimeoutPreemptively(BOUND, () -> loader.load(dir), "load of " + c);
            assertThat(FolderHash.of(dir)).as("input bytes unchanged").isEqualTo(before);
            check(c.expect(), ds);
            for (CorpusCase.Expect more : c.also()) {
                check(more, ds);
            }
        } finally {
            FolderHash.deleteTree(dir);
        }
    }

    private static void check(CorpusCase.Expect e, Dataset ds) {
        List<Diagnostic> diags = ds.allDiagnostics().stream()
                .filter(d -> e.target().equals("*") || d.file().equals(e.target())).toList();
        SourceFile f = ds.files().stream().filter(s -> s.path().equals(e.target())).findFirst().orElse(null);
        if (e.format() != null || e.records() >= 0 || e.rows() >= 0) {
            assertThat(f).as("file %s listed; files %s, folder notes %s", e.target(),
                    ds.files().stream().map(SourceFile::path).toList(), ds.folderDiagnostics()).isNotNull();
            if (e.format() != null) {
                assertThat(f.format()).as("format; diagnostics %s", diags).isEqualTo(e.format());
            }
            if (e.records() >= 0) {
                assertThat(f.records()).as("records; diagnostics %s", diags).isEqualTo(e.records());
            }
            if (e.rows() >= 0) {
                long rows = f.tableRows().values().stream().mapToLong(Long::longValue).sum();
                assertThat(rows).as("rows added; diagnostics %s", diags).isEqualTo(e.rows());
            }
        }
        if (e.severity() != null) {
            assertThat(diags).as("a %s diagnostic at line %s column %s containing '%s'", e.severity(), e.line(),
                    e.column(), e.message()).anySatisfy(d -> {
                        assertThat(d.severity().compareTo(e.severity())).isGreaterThanOrEqualTo(0);
                        if (e.line() >= 0) {
                            assertThat(d.line()).isEqualTo(e.line());
                        }
                        if (e.column() >= 0) {
                            assertThat(d.column()).isEqualTo(e.column());
                        }
                        assertThat(d.message()).contains(e.message());
                    });
        }
        if (e.noErrors()) {
            assertThat(diags).as("no errors").noneMatch(d -> d.severity() == Severity.ERROR);
        }
    }
}
