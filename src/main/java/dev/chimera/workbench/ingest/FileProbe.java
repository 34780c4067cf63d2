package dev.chimera.workbench.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first 64 KiB of a file plus its name: everything format detection may look at. Detection decides by
 * content first and uses the name to break ties, so a renamed file is still recognised.
 */
public final class FileProbe {
    public static final int HEAD_BYTES = 64 * 1024;

    private final Path path;
    private final String relativePath;
    private final long size;
    private final String head;
    private final boolean complete;
    private final byte[] magic;
    private List<String> lines;
    private Set<String> topLevelKeys;
    private JsonNode firstJsonLine;
    private boolean firstJsonLineParsed;

    private FileProbe(Path path, String relativePath, long size, String head, boolean complete, byte[] magic) {
        this.magic = magic;
        this.path = path;
        this.relativePath = relativePath;
        this.size = size;
        this.head = head;
        this.complete = complete;
    }

    /** Reads the head of a file (read-only). */
    public static FileProbe of(Path path, String relativePath) throws IOException {
        long size = Files.size(path);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(HEAD_BYTES);
        }
        return new FileProbe(path, relativePath, size, decode(bytes), size <= HEAD_BYTES,
                java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 6)));
    }

    /** A probe over in-memory text, for tests and for content that is not on disk. */
    public static FileProbe ofText(String relativePath, String text) {
        return new FileProbe(Path.of(relativePath), relativePath, text.length(), stripBom(text), true, new byte[0]);
    }

    static String decode(byte[] bytes) {
        return stripBom(new String(bytes, StandardCharsets.UTF_8));
    }

    static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    public Path path() {
        return path;
    }

    public String relativePath() {
        return relativePath;
    }

    public String fileName() {
        int cut = relativePath.lastIndexOf('/');
        return cut >= 0 ? relativePath.substring(cut + 1) : relativePath;
    }

    public String lowerName() {
        return fileName().toLowerCase(Locale.ROOT);
    }

    /** Directory part of the relative path ("" at the root), with '/' separators. */
    public String parentPath() {
        int cut = relativePath.lastIndexOf('/');
        return cut >= 0 ? relativePath.substring(0, cut) : "";
    }

    public long size() {
        return size;
    }

    public String head() {
        return head;
    }

    /** True when the head holds the whole file. */
    public boolean complete() {
        return complete;
    }

    /** Complete lines of the head (the last, possibly cut line is dropped unless the head is the whole file). */
    public List<String> lines() {
        if (lines == null) {
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < head.length(); i++) {
                if (head.charAt(i) == '\n') {
                    out.add(trimCr(head.substring(start, i)));
                    start = i + 1;
                }
            }
            if (complete && start < head.length()) {
                out.add(trimCr(head.substring(start)));
            }
            lines = Collections.unmodifiableList(out);
        }
        return lines;
    }

    public String firstLine() {
        return lines().isEmpty() ? "" : lines().get(0);
    }

    public String firstNonBlankLine() {
        for (String l : lines()) {
            if (!l.isBlank()) {
                return l;
            }
        }
        return "";
    }

    /** Header cells of a comma-separated first line, trimmed and with surrounding quotes removed. */
    public List<String> csvHeader() {
        String first = firstLine();
        if (first.isEmpty()) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String c : first.split(",", -1)) {
            String t = c.trim();
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            cells.add(t);
        }
        return cells;
    }

    public boolean headerHas(String... names) {
        Set<String> header = new LinkedHashSet<>(csvHeader());
        for (String n : names) {
            if (!header.contains(n)) {
                return false;
            }
        }
        return true;
    }

    /** The first non-blank line parsed as a JSON object (JSONL detection), or null. */
    public JsonNode firstJsonLine() {
        if (!firstJsonLineParsed) {
            firstJsonLineParsed = true;
            String line = firstNonBlankLine().trim();
            if (line.startsWith("{")) {
                try {
                    JsonNode n = JsonSupport.probeMapper().readTree(line);
                    firstJsonLine = n != null && n.isObject() ? n : null;
                } catch (IOException e) {
                    firstJsonLine = null;
                }
            }
        }
        return firstJsonLine;
    }

    /**
     * Field names at depth 1 of a JSON object document, read from the head with a streaming parser so a file
     * larger than the head still yields the keys seen so far. Empty when the head is not a JSON object.
     */
    public Set<String> jsonTopLevelKeys() {
        if (topLevelKeys == null) {
            Set<String> keys = new LinkedHashSet<>();
            String trimmed = head.stripLeading();
            if (trimmed.startsWith("{")) {
                try (JsonParser p = JsonSupport.probeMapper().getFactory().createParser(trimmed)) {
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonToken t;
                        while ((t = p.nextToken()) != null && t != JsonToken.END_OBJECT) {
                            if (t == JsonToken.FIELD_NAME) {
                                keys.add(p.currentName());
                                p.nextToken();
                                p.skipChildren();
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // Truncated head or not JSON: keep the keys read so far.
                }
            }
            topLevelKeys = Collections.unmodifiableSet(keys);
        }
        return topLevelKeys;
    }

    /**
     * The compression format named by the file's magic bytes (gzip, zip, xz, zstd, bzip2), or null. Compressed
     * files are not read (see docs/reliability.md): decompressing untrusted input is how a small file becomes
     * gigabytes (a "bomb"), and no supported tool writes compressed results by default.
     */
    public String compression() {
        if (startsWith(0x1f, 0x8b)) {
            return "gzip";
        }
        if (startsWith('P', 'K', 3, 4)) {
            return "zip";
        }
        if (startsWith(0xfd, '7', 'z', 'X', 'Z', 0)) {
            return "xz";
        }
        if (startsWith(0x28, 0xb5, 0x2f, 0xfd)) {
            return "zstd";
        }
        if (startsWith('B', 'Z', 'h')) {
            return "bzip2";
        }
        return null;
    }

    private boolean startsWith(int... bytes) {
        if (magic.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((magic[i] & 0xff) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when the head contains a NUL byte or mostly non-text characters. */
    public boolean looksBinary() {
        int n = Math.min(head.length(), 8192);
        if (n == 0) {
            return false;
        }
        int odd = 0;
        for (int i = 0; i < n; i++) {
            char c = head.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                odd++;
            }
        }
        return odd > n / 10;
    }

    private static String trimCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
