package dev.chimera.workbench.regime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.analysis.scaling.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads regime matrices in schema {@code chimera.regime-matrix} version 1 (docs/regime-schema.md): the built-in
 * ones from resources, a user's from a file. Every problem is reported with its JSON path.
 */
public final class RegimeMatrixLoader {
    public static final String SCHEMA = "chimera.regime-matrix";
    public static final int VERSION = 1;
    static final List<String> BUILT_IN = List.of("seed-size-tiers.json", "conclusive-workload.json");
    private static final Set<String> OPS = Set.of(">", ">=", "<", "<=", "==");

    private RegimeMatrixLoader() {
    }

    public static List<RegimeMatrix> builtIns() {
        List<RegimeMatrix> out = new ArrayList<>();
        for (String name : BUILT_IN) {
            try (InputStream in = RegimeMatrixLoader.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in regime matrix " + name + " is missing");
                }
                out.add(parse(JsonFields.parse(in, name), name + " (built-in)"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    public static RegimeMatrix load(Path file) throws IOException {
        return parse(JsonFields.parse(file), file.toString());
    }

    public static RegimeMatrix parse(JsonNode root, String fileName) {
        JsonFields f = new JsonFields(fileName);
        f.checkHeader(root, SCHEMA, VERSION);
        String axis = f.text(root, "$", "axis", true);
        if (!axis.equals(RegimeMatrix.SIZE) && !axis.equals(RegimeMatrix.WORKLOAD)) {
            throw f.fail("$.axis", "expected \"size\" or \"workload\", found \"" + axis + "\"");
        }
        List<String> columns = f.texts(root, "$", "columns");
        JsonNode rowsNode = f.array(root, "$", "rows", true);
        if (rowsNode.isEmpty()) {
            throw f.fail("$.rows", "a matrix needs at least one row");
        }
        List<RegimeRow> rows = new ArrayList<>();
        Set<String> rowIds = new java.util.HashSet<>();
        for (int i = 0; i < rowsNode.size(); i++) {
            String path = "$.rows[" + i + "]";
            RegimeRow row = row(f, rowsNode.get(i), path, axis, columns);
            if (!rowIds.add(row.id())) {
                throw f.fail(path + ".id", "duplicate row id \"" + row.id() + "\"");
            }
            rows.add(row);
        }
        JsonNode treesNode = f.array(root, "$", "trees", false);
        List<DecisionTree> trees = new ArrayList<>();
        for (int i = 0; i < treesNode.size(); i++) {
            String path = "$.trees[" + i + "]";
            JsonNode t = treesNode.get(i);
            if (!t.isObject()) {
                throw f.fail(path, "expected an object");
            }
            JsonNode root0 = f.object(t, path, "root", true);
            trees.add(new DecisionTree(f.text(t, path, "id", true), f.text(t, path, "title", false),
                    f.text(t, path, "source", false), node(f, root0, path + ".root", rowIds)));
        }
        JsonNode conclusive = root.get("conclusive");
        if (conclusive != null && !conclusive.isBoolean()) {
            throw f.fail("$.conclusive", "expected true or false");
        }
        return new RegimeMatrix(f.text(root, "$", "id", true), f.text(root, "$", "title", false),
                f.text(root, "$", "source", false), conclusive != null && conclusive.asBoolean(),
                f.text(root, "$", "provenance", false), axis, List.copyOf(columns), List.copyOf(rows),
                List.copyOf(trees), f.texts(root, "$", "notes"));
    }

    private static RegimeRow row(JsonFields f, JsonNode r, String path, String axis, List<String> columns) {
        if (!r.isObject()) {
            throw f.fail(path, "expected an object");
        }
        RegimeCondition when = condition(f, f.object(r, path, "when", true), path + ".when");
        if (axis.equals(RegimeMatrix.SIZE) && !when.isSizeBand() && !when.otherwise()) {
            throw f.fail(path + ".when", "a size matrix row needs \"min\" and/or \"max\" (parameter counts)");
        }
        if (axis.equals(RegimeMatrix.WORKLOAD) && when.is().isEmpty() && !when.otherwise()) {
            throw f.fail(path + ".when", "a workload matrix row needs \"is\": [values of the workload input]");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        JsonNode c = f.object(r, path, "cells", true);
        for (String col : columns) {
            cells.put(col, f.text(c, path + ".cells", col, true));
        }
        c.fieldNames().forEachRemaining(name -> {
            if (!cells.containsKey(name)) {
                throw f.fail(path + ".cells." + name, "not one of the matrix's columns " + columns);
            }
        });
        return new RegimeRow(f.text(r, path, "id", true), f.text(r, path, "label", true), when,
                trigger(f, f.object(r, path, "trigger", false), path + ".trigger"), cells,
                f.texts(r, path, "backends"), f.text(r, path, "note", false));
    }

    private static RegimeRow.Trigger trigger(JsonFields f, JsonNode t, String path) {
        if (t == null) {
            return null;
        }
        boolean any = t.has("any");
        String key = any ? "any" : "all";
        JsonNode tests = f.array(t, path, key, true);
        List<RegimeRow.Threshold> out = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            String p = path + "." + key + "[" + i + "]";
            JsonNode x = tests.get(i);
            if (!x.isObject()) {
                throw f.fail(p, "expected {\"field\", \"op\", \"value\"}");
            }
            String op = f.text(x, p, "op", true);
            if (!OPS.contains(op)) {
                throw f.fail(p + ".op", "expected one of " + OPS + ", found \"" + op + "\"");
            }
            out.add(new RegimeRow.Threshold(f.text(x, p, "field", true), op, f.number(x, p, "value", true)));
        }
        return new RegimeRow.Trigger(f.text(t, path, "text", false), any, List.copyOf(out));
    }

    private static RegimeCondition condition(JsonFields f, JsonNode w, String path) {
        boolean otherwise = w.has("else");
        if (otherwise && !w.get("else").asBoolean(false)) {
            throw f.fail(path + ".else", "expected true");
        }
        double min = f.number(w, path, "min", false);
        double max = f.number(w, path, "max", false);
        if (!Double.isNaN(min) && !Double.isNaN(max) && min >= max) {
            throw f.fail(path, "min " + min + " is not below max " + max);
        }
        List<String> is = f.texts(w, path, "is").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        if (!otherwise && Double.isNaN(min) && Double.isNaN(max) && is.isEmpty()) {
            throw f.fail(path, "needs \"min\"/\"max\", \"is\" or \"else\": true");
        }
        return new RegimeCondition(min, max, is, otherwise);
    }

    private static TreeNode node(JsonFields f, JsonNode n, String path, Set<String> rowIds) {
        if (n.has("recommend")) {
            String row = f.text(n, path, "row", false);
            if (!row.isEmpty() && !rowIds.contains(row)) {
                throw f.fail(path + ".row", "no matrix row with id \"" + row + "\"");
            }
            return new TreeNode(null, null, List.of(), f.text(n, path, "recommend", true), row,
                    f.text(n, path, "why", false), f.text(n, path, "basis", false), f.texts(n, path, "backends"));
        }
        String ask = f.text(n, path, "ask", false);
        if (ask.isEmpty()) {
            throw f.fail(path, "a node needs \"ask\" (a question) or \"recommend\" (a leaf)");
        }
        JsonNode b = f.array(n, path, "branches", true);
        if (b.isEmpty()) {
            throw f.fail(path + ".branches", "a question needs at least one branch");
        }
        List<TreeNode.Branch> branches = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            String p = path + ".branches[" + i + "]";
            JsonNode x = b.get(i);
            if (!x.isObject()) {
                throw f.fail(p, "expected an object");
            }
            RegimeCondition when = condition(f, f.object(x, p, "when", true), p + ".when");
            if (ask.equals(RegimeMatrix.SIZE) && !when.isSizeBand() && !when.otherwise()) {
                throw f.fail(p + ".when", "a size question's branch needs \"min\"/\"max\" or \"else\"");
            }
            branches.add(new TreeNode.Branch(when, f.text(x, p, "label", false),
                    node(f, f.object(x, p, "then", true), p + ".then", rowIds)));
        }
        return new TreeNode(ask, f.text(n, path, "question", false), List.copyOf(branches), null, null, null, null,
                List.of());
    }
}
