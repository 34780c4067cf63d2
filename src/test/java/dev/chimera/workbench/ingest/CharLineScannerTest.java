package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CharLineScanner} splits exactly as {@link BufferedReader#readLine()} did before it replaced it in the
 * JSONL path: the expected lines and "is this the last line" answers come from readLine on the same text.
 */
class CharLineScannerTest {

    @Test
    void smallCasesMatchReadLine() throws IOException {
        for (String text : List.of("", "a", "a\n", "a\r", "a\r\n", "\n", "\r\n\r\n", "a\rb\nc\r\nd", "a\n\nb\n",
                "a\r\r\nb", " \t\nx")) {
            assertSame(text);
        }
    }

    @Test
    void linesAcrossBufferBoundariesMatchReadLine() throws IOException {
        // Random lines with every break kind, ~600 KB: many 64 KiB refills, so breaks (and "\r" + "\n" pairs)
        // fall on buffer edges; one 200,000-char line makes the buffer grow.
        Random rnd = new Random(42);
        String[] breaks = {"\n", "\r", "\r\n", "\n\n"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            int len = rnd.nextInt(60);
            for (int j = 0; j < len; j++) {
                sb.append((char) ('a' + rnd.nextInt(26)));
            }
            sb.append(breaks[rnd.nextInt(breaks.length)]);
            if (i == 10_000) {
                sb.append("x".repeat(200_000)).append("\r");
            }
        }
        assertSame(sb.toString());
        assertSame(sb.substring(0, sb.length() - 1));
    }

    private static void assertSame(String text) throws IOException {
        List<String> expected = new ArrayList<>();
        List<Boolean> expectedLast = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line = r.readLine();
            while (line != null) {
                String next = r.readLine();
                expected.add(line);
                expectedLast.add(next == null);
                line = next;
            }
        }
        List<String> actual = new ArrayList<>();
        List<Boolean> actualLast = new ArrayList<>();
        CharLineScanner s = new CharLineScanner(new StringReader(text));
        while (s.next()) {
            actual.add(s.text());
            assertThat(s.blank()).isEqualTo(s.text().isBlank());
            actualLast.add(!s.hasMore());
        }
        assertThat(actual).as("lines of %s", text.length() < 40 ? text : text.length() + " chars")
                .isEqualTo(expected);
        assertThat(actualLast).isEqualTo(expectedLast);
    }
}
