package dev.chimera.workbench.ingest.reliability;

import static dev.chimera.workbench.ingest.reliability.CorpusCase.Expect.clean;
import static dev.chimera.workbench.ingest.reliability.CorpusCase.Expect.diag;

import dev.chimera.workbench.ingest.LoadLimits;
import dev.chimera.workbench.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;

/** Folder-level bad input: mixed schemas, duplicate runs, links, permissions, odd names, bombs, limits. */
final class FolderCases {
    private static final LoadLimits DEFAULTS = LoadLimits.defaults();

    private FolderCases() {
    }

    static List<CorpusCase> all(List<CorpusTemplate> templates) {
        List<CorpusCase> out = new ArrayList<>();
        Map<String, byte[]> mixed = new LinkedHashMap<>();
        for (CorpusTemplate t : templates) {
            mixed.put(t.rel(), t.text().getBytes(StandardCharsets.UTF_8));
        }
        // Every family in one folder: each file keeps its own format and record count (rows of duplicate
        // metrics.csv files beside their run files are not added twice, so rows are not compared here).
        List<CorpusCase.Expect> each = templates.stream().map(t -> new CorpusCase.Expect(t.rel(), t.format(),
                recordsOf(t), -1, null, -1, -1, null, true)).toList();
        out.add(new CorpusCase("folder", "mixed schemas: every family in one folder", mixed, null, DEFAULTS,
                each.get(0), each.subList(1, each.size())));
        CorpusTemplate jsonl = find(templates, "tr121.runs.jsonl");
        CorpusTemplate csv = find(templates, "nvidia-smi.query.csv");
        Map<String, byte[]> twice = new LinkedHashMap<>();
        twice.put("a/" + csv.rel(), bytes(csv));
        twice.put("b/" + csv.rel(), bytes(csv));
        out.add(new CorpusCase("folder", "duplicate run folder (copy 1)", twice, null, DEFAULTS,
                clean("a/" + csv.rel(), csv.format(), csv.records(), csv.records())));
        out.add(new CorpusCase("folder", "duplicate run folder (copy 2)", twice, null, DEFAULTS,
                clean("b/" + csv.rel(), csv.format(), csv.records(), csv.records())));
        Map<String, byte[]> single = CorpusCase.one(jsonl.rel(), bytes(jsonl));
        out.add(new CorpusCase("folder", "symbolic link loop", single,
                dir -> Files.createSymbolicLink(dir.resolve("loop"), dir), DEFAULTS,
                diag("loop", null, -1, -1, Severity.WARNING, 0, 0, "loops back")));
        out.add(new CorpusCase("folder", "symbolic link loop: the real file still loads", single,
                dir -> Files.createSymbolicLink(dir.resolve("loop"), dir), DEFAULTS,
                clean(jsonl.rel(), jsonl.format(), jsonl.records(), jsonl.records())));
        out.add(new CorpusCase("folder", "dangling symbolic link", single,
                dir -> Files.createSymbolicLink(dir.resolve("gone.csv"), dir.resolve("nowhere.csv")), DEFAULTS,
                diag("gone.csv", null, -1, -1, Severity.WARNING, 0, 0, "missing target")));
        out.add(new CorpusCase("folder", "unreadable file (chmod 000)", CorpusCase.one("locked.csv", bytes(csv)),
                dir -> lock(dir.resolve("locked.csv")), DEFAULTS,
                diag("locked.csv", null, 0, 0, Severity.WARNING, 0, 0, "could not be opened")));
        out.add(new CorpusCase("folder", "unreadable folder (chmod 000)", CorpusCase.one("locked/" + csv.rel(),
                bytes(csv)), dir -> lock(dir.resolve("locked")), DEFAULTS,
                diag("locked", null, -1, -1, Severity.WARNING, 0, 0, "not readable")));
        out.add(new CorpusCase("folder", "non-UTF-8 file name", single, FolderCases::latin1Name, DEFAULTS,
                clean(jsonl.rel(), jsonl.format(), jsonl.records(), jsonl.records())));
        out.add(new CorpusCase("folder", "gzip bomb (4 GiB of zeros, named .jsonl.gz)", Map.of(),
                dir -> bomb(dir.resolve("bench.jsonl.gz")), DEFAULTS,
                diag("bench.jsonl.gz", "unknown", 0, 0, Severity.WARNING, 0, 0, "compressed file (gzip) not read")));
        out.add(new CorpusCase("folder", "gzip bomb named metrics.csv", Map.of(),
                dir -> bomb(dir.resolve("metrics.csv")), DEFAULTS,
                diag("metrics.csv", "unknown", 0, 0, Severity.WARNING, 0, 0, "compressed file (gzip) not read")));
        String deep = "d/".repeat(40) + csv.rel();
        out.add(new CorpusCase("folder", "folders nested deeper than the limit", CorpusCase.one(deep, bytes(csv)),
                null, DEFAULTS, diag("d/".repeat(31) + "d", null, -1, -1, Severity.INFO, 0, 0, "nested deeper")));
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            many.put("f" + i + ".csv", bytes(csv));
        }
        // 5 files, a 3-file limit: which one is first left out depends on the directory order, so any file.
        out.add(new CorpusCase("folder", "more files than the limit", many, null, DEFAULTS.withMaxFiles(3),
                diag("*", null, -1, -1, Severity.WARNING, 0, 0, "more than 3 files")));
        // Reading either would never end (a pipe with no writer blocks, /dev/zero never ends): both must be
        // skipped as not regular files, within the time bound.
        out.add(new CorpusCase("folder", "named pipe called metrics.csv", single, dir -> mkfifo(dir, "metrics.csv"),
                DEFAULTS, diag("metrics.csv", null, -1, -1, Severity.INFO, 0, 0, "not a regular file")));
        out.add(new CorpusCase("folder", "symbolic link to /dev/zero called runs.jsonl", Map.of(),
                dir -> Files.createSymbolicLink(dir.resolve("runs.jsonl"), Path.of("/dev/zero")), DEFAULTS,
                diag("runs.jsonl", null, -1, -1, Severity.INFO, 0, 0, "not a regular file")));
        out.add(new CorpusCase("folder", "hidden file", CorpusCase.one(".cache.csv", bytes(csv)), null, DEFAULTS,
                diag(".cache.csv", null, -1, -1, Severity.INFO, 0, 0, "hidden file skipped")));
        return out;
    }

    static long recordsOf(CorpusTemplate t) {
        return t.format().equals("unknown") ? 0 : t.records();
    }

    private static CorpusTemplate find(List<CorpusTemplate> ts, String format) {
        return ts.stream().filter(t -> t.format().equals(format)).findFirst().orElseThrow();
    }

    private static byte[] bytes(CorpusTemplate t) {
        return t.text().getBytes(StandardCharsets.UTF_8);
    }

    /** chmod 000; skipped (assumption) when the tests run as root, where permissions do not stop reading. */
    private static void lock(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(p), "running as root: chmod 000 does not block reading");
    }

    /** A file whose name is the Latin-1 byte 0xE9 ('é'), which is not valid UTF-8; made by the shell. */
    private static void latin1Name(Path dir) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "printf 'a,b\\n1,2\\n' > \"$(printf 'caf\\351.csv')\"")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "no POSIX shell to create a non-UTF-8 name");
    }

    /**
     * 4 GiB of zeros in a 4 MB file: one gzip member of 1 MiB of zeros, repeated (concatenated gzip members
     * decompress to the concatenation), so the bomb is real yet quick to write.
     */
    private static void mkfifo(Path dir, String name) throws Exception {
        Process p = new ProcessBuilder("mkfifo", name).directory(dir.toFile()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo not available");
    }

    private static void bomb(Path p) throws IOException {
        java.io.ByteArrayOutputStream member = new java.io.ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(member)) {
            gz.write(new byte[1 << 20]);
        }
        byte[] one = member.toByteArray();
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
            for (int i = 0; i < 4096; i++) {
                out.write(one);
            }
        }
    }
}
