package dev.chimera.workbench.ingest.reliability;

import dev.chimera.workbench.ingest.LoadLimits;
import dev.chimera.workbench.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated bad-input folder and what loading it must give.
 *
 * @param family  reader family (or "folder" for folder-level cases)
 * @param name    what was done to the input
 * @param files   relative path → bytes to write
 * @param setup   extra filesystem work after writing (symlinks, permissions, odd names); may be null
 * @param limits  the load limits of this case
 * @param expect  what the target file must show
 * @param also    what other files of the same folder must show
 */
record CorpusCase(String family, String name, Map<String, byte[]> files, Setup setup, LoadLimits limits,
                  Expect expect, java.util.List<Expect> also) {

    CorpusCase(String family, String name, Map<String, byte[]> files, Setup setup, LoadLimits limits,
               Expect expect) {
        this(family, name, files, setup, limits, expect, java.util.List.of());
    }

    /** Filesystem work a case needs beyond plain files. */
    @FunctionalInterface
    interface Setup {
        void apply(Path dir) throws Exception;
    }

    /**
     * @param target   relative path of the file to check (null: only folder-level checks)
     * @param format   expected reader id ("unknown" when not recognised), null = not checked
     * @param records  expected records of the target, -1 = not checked (documented at the case)
     * @param rows     expected rows the target added over all tables, -1 = not checked
     * @param severity a diagnostic of this severity must exist (null = none required)
     * @param line     its line (-1 = any)
     * @param column   its column (-1 = any)
     * @param message  a substring of its message
     * @param noErrors the target must have no ERROR diagnostic
     */
    record Expect(String target, String format, long records, long rows, Severity severity, long line, int column,
                  String message, boolean noErrors) {

        static Expect clean(String target, String format, long records, long rows) {
            return new Expect(target, format, records, rows, null, -1, -1, null, true);
        }

        static Expect diag(String target, String format, long records, long rows, Severity s, long line, int column,
                           String message) {
            return new Expect(target, format, records, rows, s, line, column, message, false);
        }
    }

    static Map<String, byte[]> one(String rel, byte[] bytes) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put(rel, bytes);
        return m;
    }

    static Map<String, byte[]> one(String rel, String text) {
        return one(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return family + " / " + name;
    }
}
