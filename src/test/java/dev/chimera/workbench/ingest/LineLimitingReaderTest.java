package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line limit drops only over-long lines, keeps their line breaks, and names them. */
class LineLimitingReaderTest {

    private static List<String> read(String text, int max, List<long[]> dropped) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new LineLimitingReader(new StringReader(text), max,
                (line, chars) -> dropped.add(new long[] {line, chars})))) {
            String l;
            while ((l = r.readLine()) != null) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void overLongLinesComeThroughEmptyAndAreReported() throws IOException {
        List<long[]> dropped = new ArrayList<>();
        // line 2 has 11 characters (limit 10), line 4 has exactly 10, the unterminated line 5 has 12
        List<String> lines = read("short\n" + "x".repeat(11) + "\r\nok\n" + "y".repeat(10) + "\n" + "z".repeat(12),
                10, dropped);
        // the dropped last line had no line break to keep, so nothing follows line 4
        assertThat(lines).containsExactly("short", "", "ok", "y".repeat(10));
        assertThat(dropped).hasSize(2);
        assertThat(dropped.get(0)[0]).isEqualTo(2);
        // 11 characters plus the '\r' of the CRLF
        assertThat(dropped.get(0)[1]).isEqualTo(12);
        assertThat(dropped.get(1)[0]).isEqualTo(5);
        assertThat(dropped.get(1)[1]).isEqualTo(12);
    }

    @Test
    void aLineLongerThanTheChunkIsStillCounted() throws IOException {
        List<long[]> dropped = new ArrayList<>();
        List<String> lines = read("a\n" + "b".repeat(100_000) + "\nc\n", 1000, dropped);
        assertThat(lines).containsExactly("a", "", "c");
        assertThat(dropped).singleElement().satisfies(d -> {
            assertThat(d[0]).isEqualTo(2);
            assertThat(d[1]).isEqualTo(100_000);
        });
    }

    @Test
    void aLimitAboveTheChunkSizeTakesTheFastPathWithTheSameResult() throws IOException {
        // 3000 short lines, then one of 30 000 characters (limit 20 000), then 3000 more: line 3001 is dropped
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append("row,").append(i).append('\n');
        }
        text.append("w".repeat(30_000)).append('\n');
        for (int i = 0; i < 3000; i++) {
            text.append("row,").append(3000 + i).append('\n');
        }
        List<long[]> dropped = new ArrayList<>();
        List<String> lines = read(text.toString(), 20_000, dropped);
        assertThat(lines).hasSize(6001);
        assertThat(lines.get(2999)).isEqualTo("row,2999");
        assertThat(lines.get(3000)).isEmpty();
        assertThat(lines.get(6000)).isEqualTo("row,5999");
        assertThat(dropped).singleElement().satisfies(d -> {
            assertThat(d[0]).isEqualTo(3001);
            assertThat(d[1]).isEqualTo(30_000);
        });
    }

    @Test
    void textUnderTheLimitPassesUnchanged() throws IOException {
        String text = "a,b\r\n1,2\n\n3,4";
        StringBuilder out = new StringBuilder();
        try (LineLimitingReader r = new LineLimitingReader(new StringReader(text), 100, (l, c) -> {
            throw new AssertionError("nothing is over the limit");
        })) {
            char[] buf = new char[3];
            int n;
            while ((n = r.read(buf, 0, buf.length)) > 0) {
                out.append(buf, 0, n);
            }
        }
        assertThat(out.toString()).isEqualTo(text);
    }
}
