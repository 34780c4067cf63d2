package dev.chimera.workbench.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as left-aligned, space-padded columns. */
final class TextTable {
    private static final int MAX = 60;

    private TextTable() {
    }

    static void print(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i) == null ? 0 : Math.min(MAX, r.get(i).length()));
            }
        }
        line(out, header, w);
        for (List<String> r : rows) {
            line(out, r, w);
        }
    }

    private static void line(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.length() > MAX && i < cells.size() - 1) {
                c = "…" + c.substring(c.length() - MAX + 1); // the last column (explanations) is never cut
            }
            sb.append(c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(w[i] - c.length() + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }
}
