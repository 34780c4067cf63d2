package dev.chimera.workbench.analysis.compare;

import java.util.List;

/** Every comparable tool aggregate of a dataset next to ours, plus how many could not be compared. */
public record ComparisonReport(List<ComparisonRow> rows, long notComparable) {

    public ComparisonReport {
        rows = List.copyOf(rows);
    }

    public long count(Verdict v) {
        return rows.stream().filter(r -> r.verdict() == v).count();
    }
}
