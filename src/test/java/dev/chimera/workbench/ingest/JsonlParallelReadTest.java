package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chimera.workbench.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSONL split on one thread and fast-parsed on a pool ({@link JsonlParallelRead}) hands the same records, in the
 * same order, with the same diagnostics in the same order, as the single-threaded read; its threads end with the read.
 */
class JsonlParallelReadTest {
    @TempDir
    Path dir;

    /** Fast path for {"n": <digits>} only: returns the number; anything else goes to the tree path. */
    private static class Numbers implements JsonSupport.FastLine<Long> {
        final List<String> seen = new ArrayList<>();

        @Override
        public Parser<Long> newParser() {
            return (line, buf, off, len) -> {
                String s = new String(buf, off, len);
                return s.matches("\\{\"n\": [0-9]+}") ? Long.valueOf(s.substring(6, s.length() - 1)) : null;
            };
        }

        @Override
        public void accept(long line, Long n) {
            seen.add(line + "=fast" + n);
        }
    }

    private record Read(long count, List<String> seen, List<Diagnostic> diagnostics) {
    }

    private Read read(String content, boolean ahead) throws Exception {
        Path f = Files.writeString(dir.resolve(ahead + ".jsonl"), content);
        ReadContext ctx = new ReadContext(FileProbe.of(f, "m.jsonl"), "test", CancellationToken.none(),
                LoadLimits.defaults().withMaxLineChars(100));
        Numbers fast = new Numbers();
        long n = JsonSupport.forEachLine(ctx, fast, (line, node) -> fast.seen.add(line + "=tree" + node), ahead);
        return new Read(n, fast.seen, ctx.diagnostics().finish());
    }

    /** 3,000 lines mixing fast lines, tree lines, bad JSON, blank and over-long lines, across batch boundaries. */
    private static String mixed(int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            if (i % 97 == 0) {
                sb.append("{\"n\": ").append(i).append(", \"x\": true}\n"); // tree path
            } else if (i % 401 == 0) {
                sb.append("{\"n\": \n"); // not JSON
            } else if (i % 503 == 0) {
                sb.append("  \n"); // blank
            } else if (i % 1201 == 0) {
                sb.append("{\"s\": \"").append("y".repeat(150)).append("\"}\n"); // over the 100-char limit
            } else if (i % 1302 == 0) {
                sb.append("[1, 2]\n"); // not an object
            } else {
                sb.append("{\"n\": ").append(i).append("}\n");
            }
        }
        return sb.toString();
    }

    @Test
    void recordsAndDiagnosticsMatchTheSingleThreadedRead() throws Exception {
        String content = mixed(3000) + "{\"n\": 30";
        Read single = read(content, false);
        Read ahead = read(content, true);
        assertThat(ahead.seen()).isEqualTo(single.seen());
        assertThat(ahead.count()).isEqualTo(single.count());
        assertThat(ahead.diagnostics()).isEqualTo(single.diagnostics());
        // By hand: 30 lines % 97 (tree), 7 bad (401..2807), 5 blank (503..2515), 2 over-long (1201, 2402),
        // 2 arrays (1302, 2604); none of these coincide. Records = 3000 - 7 - 5 - 2 - 2 = 2984.
        assertThat(single.count()).isEqualTo(2984);
        assertThat(single.seen().stream().filter(s -> s.contains("=tree")).count()).isEqualTo(30);
        // 7 bad lines + 2 over-long + 2 arrays + the cut-off last line (a warning) = 12 diagnostics.
        assertThat(single.diagnostics()).hasSize(12);
        assertThat(parserThreads()).isZero();
    }

    @Test
    void overLongLinesFoundWhileSplittingAreReportedInOrder() throws Exception {
        // 40,000 lines (~560 K chars): most over-long lines are met long after the first buffers are read.
        String content = mixed(40_000);
        Read single = read(content, false);
        Read parallel = read(content, true);
        assertThat(parallel.seen()).isEqualTo(single.seen());
        assertThat(parallel.diagnostics()).isEqualTo(single.diagnostics());
        // By hand: 33 multiples of 1201 up to 40,000, none also a multiple of 97, 401 or 503 (1201 is prime):
        // 33 over-long lines, of which 20 are listed (the per-kind cap) and 13 summarised.
        assertThat(single.diagnostics().stream().filter(d -> d.message().contains("longer than"))).hasSize(20);
        assertThat(single.diagnostics()).anyMatch(d -> d.message().equals("13 more like: line over the length limit"));
    }

    @Test
    void theLastLineIsKnownAcrossBatchBoundariesAndTrailingBlankLines() throws Exception {
        // 512 lines = exactly one batch; a cut-off line is a warning only when it is the file's very last line.
        for (String content : new String[] {
                mixed(511) + "{\"n\": 3", mixed(512) + "{\"n\": 3", mixed(1024) + "{\"n\": 3\n\n",
                mixed(1023) + "{\"n\": 3\n", mixed(512), mixed(1500) + "\n  \n", ""}) {
            Read single = read(content, false);
            Read parallel = read(content, true);
            assertThat(parallel.seen()).isEqualTo(single.seen());
            assertThat(parallel.diagnostics()).isEqualTo(single.diagnostics());
        }
        // By hand: the cut-off line followed by nothing is a warning; followed by a blank line an error.
        assertThat(read(mixed(512) + "{\"n\": 3", true).diagnostics())
                .anyMatch(d -> d.line() == 513 && d.severity() == dev.chimera.workbench.model.Severity.WARNING);
        assertThat(read(mixed(1024) + "{\"n\": 3\n\n", true).diagnostics())
                .anyMatch(d -> d.line() == 1025 && d.severity() == dev.chimera.workbench.model.Severity.ERROR);
    }

    @Test
    void aCancelledReadStopsTheParserThread() throws Exception {
        Path f = Files.writeString(dir.resolve("big.jsonl"), mixed(3000).repeat(10));
        CancellationToken token = new CancellationToken();
        ReadContext ctx = new ReadContext(FileProbe.of(f, "big.jsonl"), "test", token);
        int[] accepted = {0};
        Numbers fast = new Numbers() {
            @Override
            public void accept(long line, Long n) {
                if (++accepted[0] == 5_000) {
                    token.cancel();
                }
            }
        };
        assertThatThrownBy(() -> JsonSupport.forEachLine(ctx, fast, (line, node) -> { }, true))
                .isInstanceOf(CancellationException.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (parserThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(parserThreads()).isZero();
        // Cancellation is checked every 256 lines: at most 256 more records after the 5,000th.
        assertThat(accepted[0]).isBetween(5_000, 5_256);
    }

    private static long parserThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("chimera-jsonl-") && t.isAlive()).count();
    }
}
