package dev.chimera.workbench.ingest.reliability;

import static dev.chimera.workbench.ingest.reliability.CorpusCase.Expect.clean;
import static dev.chimera.workbench.ingest.reliability.CorpusCase.Expect.diag;
import static dev.chimera.workbench.ingest.reliability.CorpusCase.one;
import static dev.chimera.workbench.ingest.reliability.LineMutations.c;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chimera.workbench.ingest.LoadLimits;
import dev.chimera.workbench.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Whole-file mutations: for every template (empty, binary, compressed, too big) and for documents. */
final class FileMutations {
    private static final LoadLimits DEFAULTS = LoadLimits.defaults();

    private FileMutations() {
    }

    /** Cases every template gets, whatever its shape. */
    static List<CorpusCase> common(CorpusTemplate t) {
        List<CorpusCase> out = new ArrayList<>();
        String rel = t.rel();
        byte[] bytes = t.text().getBytes(StandardCharsets.UTF_8);
        out.add(c(t, "0-byte file", new byte[0], diag(rel, null, 0, 0, Severity.INFO, 0, 0, "empty file")));
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        out.add(c(t, "binary bytes under the name", noise, diag(rel, "unknown", 0, 0, Severity.INFO, 0, 0,
                "binary file skipped")));
        out.add(new CorpusCase(t.family(), "gzip file beside", one(rel + ".gz", gzip(bytes)), null, DEFAULTS,
                diag(rel + ".gz", "unknown", 0, 0, Severity.WARNING, 0, 0, "compressed file (gzip) not read")));
        out.add(c(t, "gzip content under the plain name", gzip(bytes), diag(rel, "unknown", 0, 0, Severity.WARNING,
                0, 0, "compressed file (gzip) not read")));
        out.add(new CorpusCase(t.family(), "file over the size limit", one(rel, bytes), null,
                DEFAULTS.withMaxFileBytes(bytes.length - 1L), diag(rel, "unknown", 0, 0, Severity.WARNING, 0, 0,
                "over the " + (bytes.length - 1) + "-byte limit")));
        out.add(c(t, "only blank lines", "\n\n   \n\r\n", new CorpusCase.Expect(rel, null, 0, 0, null, -1, -1, null,
                false)));
        return out;
    }

    /** Cases of whole documents (JSON, or text read as a whole). */
    static List<CorpusCase> document(CorpusTemplate t) {
        List<CorpusCase> out = new ArrayList<>();
        String rel = t.rel();
        String f = t.format();
        long n = t.records();
        String text = t.text();
        out.add(c(t, "BOM", "\uFEFF" + text, clean(rel, f, n, -1)));
        out.add(c(t, "CRLF line ends", text.replace("\n", "\r\n"), clean(rel, f, n, -1)));
        String cut = text.substring(0, text.length() / 2);
        if (!text.stripLeading().startsWith("{")) {
            // A text document cut in half: whatever was complete loads; no exception, no hang, bytes unchanged.
            out.add(c(t, "cut in half", cut, new CorpusCase.Expect(rel, null, -1, -1, null, -1, -1, null, false)));
            return out;
        }
        // Cut JSON: the parser stops at the end of the cut text, so the diagnostic names its last line. How many
        // records were complete before the cut depends on the document, so records are not compared.
        long cutLines = cut.chars().filter(ch -> ch == '\n').count() + 1;
        out.add(c(t, "cut in half", cut, new CorpusCase.Expect(rel, null, -1, -1, Severity.WARNING, cutLines, -1, "",
                false)));
        out.add(new CorpusCase(t.family(), "minified to one line over the line limit", one(rel, minify(text)),
                null, DEFAULTS.withMaxLineChars(200), clean(rel, f, n, -1)));
        // Extra members go at the end of the root object so detection (which reads the first keys) still
        // recognises the file; the line of the closing brace is where the parser meets them.
        int close = text.lastIndexOf('}');
        String before = text.substring(0, close);
        String after = text.substring(close);
        long closeLine = before.chars().filter(ch -> ch == '\n').count() + 1;
        out.add(c(t, "deeply nested value", before + ", \"deep\": " + "[".repeat(5000) + "]".repeat(5000) + after,
                new CorpusCase.Expect(rel, f, -1, -1, Severity.ERROR, closeLine, -1, "nesting depth", false)));
        out.add(new CorpusCase(t.family(), "string over the JSON string limit", one(rel, before + ", \"note\": \""
                + "s".repeat(5000) + "\"" + after), null, DEFAULTS.withMaxJsonStringChars(1000),
                new CorpusCase.Expect(rel, f, -1, -1, Severity.ERROR, closeLine, -1, "String value length", false)));
        out.add(c(t, "NaN, Infinity and huge numbers", before + ", \"x_nan\": NaN, \"x_inf\": -Infinity, "
                + "\"x_big\": 1e400, \"x_long\": 1" + "0".repeat(300) + after, clean(rel, f, n, -1)));
        out.add(c(t, "empty object", "{}\n", new CorpusCase.Expect(rel, null, 0, 0, null, -1, -1, null, false)));
        out.add(c(t, "array at the top", "[]\n", new CorpusCase.Expect(rel, null, 0, 0, null, -1, -1, null, false)));
        long lastLine = text.chars().filter(ch -> ch == '\n').count() + 1;
        out.add(c(t, "content after the document", text + "}}} not json\n", new CorpusCase.Expect(rel, f, -1, -1,
                Severity.WARNING, lastLine, 1, "", false)));
        return out;
    }

    static String minify(String json) {
        try {
            ObjectMapper m = new ObjectMapper();
            m.enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
            JsonNode n = m.readTree(json);
            return m.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream bout = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bout)) {
                gz.write(bytes);
            }
            return bout.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
