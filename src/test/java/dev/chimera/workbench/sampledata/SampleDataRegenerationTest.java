package dev.chimera.workbench.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample-data/ must be exactly what the generator writes today (byte for byte, same files). */
class SampleDataRegenerationTest {
    private static final Path COMMITTED = Path.of("sample-data");

    @Test
    void regeneratedFolderMatchesCommittedCopy(@TempDir Path tmp) throws IOException {
        SampleDataGenerator.generate(tmp);
        TreeSet<String> expected = files(COMMITTED);
        TreeSet<String> actual = files(tmp);
        assertEquals(expected, actual, "file set differs from committed sample-data/");
        for (String rel : expected) {
            byte[] want = Files.readAllBytes(COMMITTED.resolve(rel));
            byte[] got = Files.readAllBytes(tmp.resolve(rel));
            if (!Arrays.equals(want, got)) {
                fail("sample-data/" + rel + " differs from the regenerated file: " + firstDifference(want, got));
            }
        }
    }

    @Test
    void generatingTwiceGivesIdenticalBytes(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        SampleDataGenerator.generate(a);
        SampleDataGenerator.generate(b);
        for (String rel : files(a)) {
            assertTrue(Arrays.equals(Files.readAllBytes(a.resolve(rel)), Files.readAllBytes(b.resolve(rel))), rel);
        }
    }

    @Test
    void wholeFolderStaysUnderTenMegabytes() throws IOException {
        long total;
        try (Stream<Path> walk = Files.walk(COMMITTED)) {
            total = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(total < 10L * 1024 * 1024, "sample-data is " + total + " bytes");
    }

    private static TreeSet<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String firstDifference(byte[] want, byte[] got) {
        List<String> a = new String(want, StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        List<String> b = new String(got, StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "<end of file>";
            String y = i < b.size() ? b.get(i) : "<end of file>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + "\n  committed:   " + abbreviate(x) + "\n  regenerated: " + abbreviate(y);
            }
        }
        return "line endings or trailing bytes differ";
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
