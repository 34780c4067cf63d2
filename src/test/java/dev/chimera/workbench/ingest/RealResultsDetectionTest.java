package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.FileKind;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every file of the real TR result folders is detected with a format (only the licence text is not a TR
 * file), nothing is an error, and the folder loads as a whole.
 */
class RealResultsDetectionTest {
    static final Path REAL = Path.of("../shared/real-results");
    static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        dataset = DatasetLoader.standard().load(REAL);
    }

    @Test
    void everyFileIsListedOnce() throws Exception {
        long onDisk;
        try (Stream<Path> s = Files.walk(REAL)) {
            onDisk = s.filter(Files::isRegularFile).count();
        }
        assertThat(dataset.files()).hasSize((int) onDisk);
    }

    @Test
    void everyTrFileIsDetectedWithAFormat() {
        assertThat(dataset.files())
                .filteredOn(f -> !f.path().startsWith("LICENSE"))
                .allSatisfy(f -> assertThat(f.format()).as(f.path()).isNotEqualTo("unknown"));
        SourceFile licence = dataset.files().stream().filter(f -> f.path().startsWith("LICENSE")).findFirst()
                .orElseThrow();
        assertThat(licence.kind()).isEqualTo(FileKind.UNKNOWN);
    }

    @Test
    void realDataLoadsWithoutErrors() {
        assertThat(dataset.allDiagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(dataset.rowCount(CanonicalTable.RUNS)).isPositive();
        assertThat(dataset.rowCount(CanonicalTable.POWER)).isPositive();
        assertThat(dataset.rowCount(CanonicalTable.SUMMARIES)).isPositive();
    }
}
