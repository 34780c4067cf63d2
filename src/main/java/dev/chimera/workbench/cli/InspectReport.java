package dev.chimera.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.model.SourceFile;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Renders a loaded dataset as the {@code inspect} JSON document or as a readable table. */
public final class InspectReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InspectReport() {
    }

    public static ObjectNode toJsonNode(Dataset d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("root", d.root().toString());
        ArrayNode files = root.putArray("files");
        for (SourceFile f : d.files()) {
            ObjectNode n = files.addObject();
            n.put("path", f.path());
            n.put("format", f.format());
            n.put("producer", f.producer());
            n.put("formatName", f.formatName());
            n.put("kind", f.kind().label());
            n.put("rows", f.records());
            ObjectNode tableRows = n.putObject("tableRows");
            for (CanonicalTable t : CanonicalTable.values()) {
                if (f.rowsIn(t) > 0) {
                    tableRows.put(t.tableName(), f.rowsIn(t));
                }
            }
            n.put("sizeBytes", f.sizeBytes());
            if (!f.note().isEmpty()) {
                n.put("note", f.note());
            }
            diagnostics(n.putArray("diagnostics"), f.diagnostics());
        }
        ObjectNode tables = root.putObject("tables");
        for (CanonicalTable t : CanonicalTable.values()) {
            tables.put(t.tableName(), d.rowCount(t));
        }
        diagnostics(root.putArray("diagnostics"), d.folderDiagnostics());
        return root;
    }

    public static String toJson(Dataset d) {
        try {
            return JSON.writeValueAsString(toJsonNode(d));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void diagnostics(ArrayNode arr, List<Diagnostic> diags) {
        for (Diagnostic x : diags) {
            ObjectNode n = arr.addObject();
            n.put("severity", x.severity().label());
            n.put("file", x.file());
            n.put("line", x.line());
            n.put("column", x.column());
            n.put("message", x.message());
        }
    }

    public static void printTable(Dataset d, PrintWriter out, int maxDiagnostics) {
        out.println("Folder: " + d.root());
        int pathWidth = Math.min(70, Math.max(4, d.files().stream().mapToInt(f -> f.path().length()).max()
                .orElse(4)));
        String fmt = "%-" + pathWidth + "s  %-32s %-8s %9s %9s %6s%n";
        out.printf(Locale.ROOT, fmt, "FILE", "FORMAT", "KIND", "RECORDS", "ROWS", "DIAG");
        for (SourceFile f : d.files()) {
            long rows = 0;
            for (CanonicalTable t : CanonicalTable.values()) {
                rows += f.rowsIn(t);
            }
            out.printf(Locale.ROOT, fmt, ellipsize(f.path(), pathWidth), ellipsize(f.format(), 32),
                    f.kind().label(), f.records(), rows, f.diagnostics().size());
        }
        out.println();
        StringBuilder tables = new StringBuilder("Tables:");
        for (CanonicalTable t : CanonicalTable.values()) {
            tables.append(String.format(Locale.ROOT, "  %s %,d", t.tableName(), d.rowCount(t)));
        }
        out.println(tables);
        List<Diagnostic> all = d.allDiagnostics();
        long errors = all.stream().filter(x -> x.severity() == Severity.ERROR).count();
        long warnings = all.stream().filter(x -> x.severity() == Severity.WARNING).count();
        out.printf(Locale.ROOT, "Files: %d  Diagnostics: %d errors, %d warnings, %d notes%n", d.files().size(),
                errors, warnings, all.size() - errors - warnings);
        int shown = 0;
        for (Diagnostic x : all) {
            if (shown++ >= maxDiagnostics) {
                out.println("... " + (all.size() - maxDiagnostics) + " more (use --all-diagnostics)");
                break;
            }
            out.println("  " + x.format());
        }
    }

    private static String ellipsize(String s, int width) {
        return s.length() <= width ? s : "…" + s.substring(s.length() - width + 1);
    }
}
