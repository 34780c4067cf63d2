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
 * A CSV parsed on a second thread ({@link ReadAhead}) gives the handler the same rows, in the same order, with the
 * same diagnostics in the same order, as the single-threaded read; the parser thread ends with the read, also when
 * the load is cancelled half-way.
 */
class CsvReadAheadTest {
    @TempDir
    Path dir;

    private record Read(long count, List<String> rows, List<Diagnostic> diagnostics) {
    }

    private Read read(String content, boolean ahead, LoadLimits limits) throws Exception {
        Path f = Files.writeString(dir.resolve(ahead + ".csv"), content);
        ReadContext ctx = new ReadContext(FileProbe.of(f, "m.csv"), "test", CancellationToken.none(), limits);
        List<String> rows = new ArrayList<>();
        long n = CsvSupport.forEachRow(ctx, row -> rows.add(row.line() + ":" + row.get("a") + "|" + row.get("c")),
                ahead);
        return new Read(n, rows, ctx.diagnostics().finish());
    }

    private void assertSameBothWays(String content, LoadLimits limits) throws Exception {
        Read single = read(content, false, limits);
        Read ahead = read(content, true, limits);
        assertThat(ahead.rows()).isEqualTo(single.rows());
        assertThat(ahead.count()).isEqualTo(single.count());
        assertThat(ahead.diagnostics()).isEqualTo(single.diagnostics());
        assertThat(parserThreads()).isZero();
    }

    /** 3,000 rows (several 512-record batches) with problems scattered across batch boundaries. */
    private static String messy(int rows) {
        StringBuilder sb = new StringBuilder("a,b,c\n");
        for (int i = 1; i <= rows; i++) {
            if (i % 700 == 0) {
                sb.append(i).append(",short\n"); // wrong cell count
            } else if (i % 1001 == 0) {
                sb.append("\n"); // blank line
            } else if (i == 1500) {
                sb.append(i).append(',').append("x".repeat(300)).append(",long\n"); // over a 200-char limit
            } else {
                sb.append(i).append(",\"q,").append(i).append("\",").append(i * 2).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void rowsAndDiagnosticsMatchTheSingleThreadedRead() throws Exception {
        String content = messy(3000);
        Read single = read(content, false, LoadLimits.defaults().withMaxLineChars(200));
        // Independently: 3,000 data lines minus 4 short rows (700..2800), 2 blank (1001, 2002), 1 too long (1500).
        assertThat(single.count()).isEqualTo(3000 - 4 - 2 - 1);
        assertThat(single.diagnostics()).hasSize(5);
        assertSameBothWays(content, LoadLimits.defaults().withMaxLineChars(200));
    }

    @Test
    void overLongLinesMetWhileParsingAheadAreReportedInOrder() throws Exception {
        // 30,000 rows (~600 K chars) with one over-long line every 1,500: most are met long after the first
        // buffers are read, i.e. on the parser thread.
        StringBuilder sb = new StringBuilder("a,b,c\n");
        for (int i = 1; i <= 30_000; i++) {
            sb.append(i).append(',').append(i % 1500 == 0 ? "x".repeat(300) : "q").append(',').append(i).append('\n');
        }
        assertSameBothWays(sb.toString(), LoadLimits.defaults().withMaxLineChars(200));
        Read single = read(sb.toString(), false, LoadLimits.defaults().withMaxLineChars(200));
        // 30,000 / 1,500 = 20 over-long lines, each an error; the other 29,980 rows load.
        assertThat(single.diagnostics()).hasSize(20);
        assertThat(single.count()).isEqualTo(29_980);
    }

    @Test
    void aCutOffLastLineAndAnUnterminatedQuoteAreReportedTheSameWay() throws Exception {
        assertSameBothWays(messy(1200) + "1201,\"q", LoadLimits.defaults());
        assertSameBothWays(messy(600) + "601,5", LoadLimits.defaults());
        assertSameBothWays("a,b,c\n", LoadLimits.defaults());
        assertSameBothWays("", LoadLimits.defaults());
    }

    @Test
    void aCancelledReadStopsTheParserThread() throws Exception {
        Path f = Files.writeString(dir.resolve("big.csv"), messy(20_000));
        CancellationToken token = new CancellationToken();
        ReadContext ctx = new ReadContext(FileProbe.of(f, "big.csv"), "test", token);
        List<Long> lines = new ArrayList<>();
        assertThatThrownBy(() -> CsvSupport.forEachRow(ctx, row -> {
            lines.add(row.line());
            if (lines.size() == 2_000) {
                token.cancel();
            }
        }, true)).isInstanceOf(CancellationException.class);
        // Cancellation is checked every 1,024 records: the handler saw 2,000 rows and at most 1,024 more.
        assertThat(lines.size()).isBetween(2_000, 3_024);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (parserThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(parserThreads()).isZero();
    }

    private static long parserThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("chimera-csv-parse") && t.isAlive()).count();
    }
}
