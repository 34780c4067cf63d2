package dev.chimera.workbench.analysis;

import dev.chimera.workbench.model.RunColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What differs between two groups of samples besides the column they are split by: the distinct values of
 * scenario, prompt_tokens, gen_tokens, batch_size, mode and model among each group's rows. Hardware and
 * software versions are not compared: run manifests are not tabulated yet.
 *
 * @param differences one line per differing column, e.g. "scenario: A {short} vs B {long}"
 * @param notes       what could not be compared
 */
public record Comparability(List<String> differences, List<String> notes) {

    public static final List<String> COLUMNS = List.of(RunColumns.SCENARIO, RunColumns.PROMPT_TOKENS,
            RunColumns.GEN_TOKENS, RunColumns.BATCH_SIZE, RunColumns.MODE, RunColumns.MODEL);
    public static final String MANIFEST_NOTE = "hardware and software versions are not compared: run manifests "
            + "are not tabulated yet";
    private static final int SHOWN = 6;

    public Comparability {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    public boolean comparable() {
        return differences.isEmpty();
    }

    /** Compares the rows behind two sample lists; {@code byColumn} (the split) is skipped. */
    public static Comparability of(Table runs, List<Sample> a, List<Sample> b, String byColumn) {
        List<String> diffs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String col : COLUMNS) {
            if (col.equals(byColumn)) {
                continue;
            }
            if (!runs.columnNames().contains(col)) {
                notes.add(col + ": not in the runs table");
                continue;
            }
            Column<?> c = runs.column(col);
            Set<String> va = values(c, a);
            Set<String> vb = values(c, b);
            if (va.equals(Set.of("")) && vb.equals(Set.of(""))) {
                notes.add(col + ": not recorded");
            } else if (!va.equals(vb)) {
                diffs.add(col + ": A " + shown(va) + " vs B " + shown(vb));
            }
        }
        notes.add(MANIFEST_NOTE);
        return new Comparability(diffs, notes);
    }

    private static Set<String> values(Column<?> c, List<Sample> samples) {
        Set<String> out = new TreeSet<>();
        int last = -1;
        for (Sample s : samples) {
            if (s.row() != last) {
                out.add(Summarizer.cell(c, s.row()));
                last = s.row();
            }
        }
        return out;
    }

    private static String shown(Set<String> v) {
        List<String> l = new ArrayList<>(v);
        String body = String.join(", ", l.subList(0, Math.min(SHOWN, l.size())).stream()
                .map(x -> x.isEmpty() ? "(missing)" : x).toList());
        return "{" + body + (l.size() > SHOWN ? ", … " + (l.size() - SHOWN) + " more" : "") + "}";
    }
}
