package dev.chimera.workbench.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chimera.workbench.ingest.CancellationToken;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.ProgressListener;
import dev.chimera.workbench.model.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CONTRADICTED and INCONCLUSIVE verdicts of portable findings on small hand-made folders. */
class FindingsVerdictRulesTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    // three TR120 run files per backend, no cold start (the first sample is not the largest)
    private static final double[][] EAGER = {{100, 102, 98, 100}, {104, 100, 96, 104}, {100, 100, 100, 100}};
    private static final double[][] COMPILE = {{90, 92, 88, 90}, {96, 90, 90, 90}, {90, 91, 89, 90}};

    @TempDir
    Path dir;

    @Test
    void compileFasterWithAndWithoutFirstSamplesContradictsTheColdStartFlip() throws Exception {
        writeRuns("transformers-gpu", EAGER);
        writeRuns("transformers-gpu-compile", COMPILE);
        FindingResult r = check(dir, "tr120.cold-start-flip");
        // by hand (python3): all samples 1086/12 - 1204/12 = 90.5 - 100.333 = -9.833 ms (compile looks faster);
        // without first samples 810/9 - 900/9 = 90 - 100 = -10.0 ms: no flip, outside the rule [0, +inf)
        assertEquals(Verdict.CONTRADICTED, r.verdict(), r.detail());
        assertEquals(-10.0, r.measured(), 1e-9);
        assertEquals(3, r.n());
        assertTrue(r.detail().contains("-9.833 ms on all samples"), r.detail());
    }

    @Test
    void compileSlowerOnAllSamplesHasNoParadoxToExplain() throws Exception {
        // the brief's first idea (compile stays *above* eager) is not a contradiction under the checker's rule:
        // compile never looks faster, so the claim has nothing to explain -> INCONCLUSIVE, measured +10.0 ms
        writeRuns("transformers-gpu", COMPILE);
        writeRuns("transformers-gpu-compile", EAGER);
        FindingResult r = check(dir, "tr120.cold-start-flip");
        assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.detail());
        assertEquals(10.0, r.measured(), 1e-9);
        assertTrue(r.detail().contains("no paradox to explain"), r.detail());
    }

    @Test
    void crossoverOnTwoModelSizesIsInconclusive() throws Exception {
        // two of the nine sample sizes: the ratio fit gets 2 points, the rule needs min_n = 3
        for (String model : new String[] {"gpt2-5m", "gpt2-100m"}) {
            copyTree(Path.of("sample-data/tr118-crossover", model), dir.resolve(model));
        }
        FindingResult r = check(dir, "tr118.crossover");
        assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.detail());
        assertEquals(2, r.n());
        assertTrue(r.detail().contains("over 2 model sizes: only 2 sizes (fit needs 3)"), r.detail());
    }

    @Test
    void compileFasterOnKvDecodeContradictsCompileHurtsDecode() throws Exception {
        // 3 files x 10 samples per backend (min_n 30): eager median 100, compile median 90 -> 0.9 < 1
        double[][] eager = new double[3][10];
        double[][] compiled = new double[3][10];
        for (double[] row : eager) {
            Arrays.fill(row, 100);
        }
        for (double[] row : compiled) {
            Arrays.fill(row, 90);
        }
        writeRuns("transformers-gpu", eager, "kv_decode", "");
        writeRuns("transformers-gpu-compile", compiled, "kv_decode", "");
        FindingResult r = check(dir, "tr120.compile-decode");
        assertEquals(Verdict.CONTRADICTED, r.verdict(), r.detail());
        assertEquals(0.9, r.measured(), 1e-12);
        assertEquals(30, r.n());
    }

    @Test
    void compileThatFellBackToEagerConfirmsTheLabelIsNotACompile() throws Exception {
        // TR120 App. A.4 (Windows, no Triton): compile.fallback_from inductor -> not compiler-real; 0 of 3 files
        writeRuns("transformers-gpu-compile", COMPILE, "e2e_kv", ", \"compile\": {\"enabled\": true, "
                + "\"backend\": \"aot_eager\", \"fallback_from\": \"inductor\", \"fallback_error\": "
                + "\"Cannot find a working triton installation\"}");
        FindingResult r = check(dir, "tr117.compile-label");
        assertEquals(Verdict.CONFIRMED, r.verdict(), r.detail());
        assertEquals(0.0, r.measured(), 0);
        assertEquals(3, r.n());
    }

    private static FindingResult check(Path folder, String id) throws Exception {
        Dataset ds = DatasetLoader.standard().load(folder, ProgressListener.NONE, CancellationToken.none());
        return FindingsChecker.check(ds, CATALOG.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow());
    }

    /** One run_*.json per row of {@code files}, in the TR120 layout e2e_kv/runs/single_micro/backend/fp32/. */
    private void writeRuns(String backend, double[][] files) throws IOException {
        writeRuns(backend, files, "e2e_kv", "");
    }

    /** As above in {@code mode}, with {@code extra} JSON members appended to the run document. */
    private void writeRuns(String backend, double[][] files, String mode, String extra) throws IOException {
        Path d = dir.resolve(mode + "/runs/single_micro/" + backend + "/fp32");
        Files.createDirectories(d);
        for (int i = 0; i < files.length; i++) {
            String lat = Arrays.stream(files[i]).mapToObj(v -> String.valueOf(v)).collect(Collectors.joining(", "));
            String tokens = Arrays.stream(files[i]).mapToObj(v -> "65").collect(Collectors.joining(", "));
            String json = "{\n  \"spec\": {\"mode\": \"" + mode + "\", \"scenario\": \"single_micro\", \"prompt_set\": \"micro\","
                    + " \"prompts\": [\"Hi\"], \"backend\": \"" + backend + "\", \"model\": \"models/tiny-gpt2\","
                    + " \"quantization\": \"fp32\"},\n  \"status\": \"ok\",\n  \"error\": null,\n"
                    + "  \"latencies_ms\": [" + lat + "],\n  \"cuda_event_ms\": [" + lat + "],\n"
                    + "  \"ttft_ms\": [" + lat + "],\n  \"tokens\": [" + tokens + "],\n"
                    + "  \"started_at\": " + (1766154800 + 10 * i) + ".0,\n  \"degraded_count\": 0,\n"
                    + "  \"degraded_reasons\": []" + extra + "\n}\n";
            Files.writeString(d.resolve("run_17661548" + i + "0000.json"), json, StandardCharsets.UTF_8);
        }
    }

    /** Copies a sample folder (read-only source) into the temp dir. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
