package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.findings.Verdict;
import dev.chimera.workbench.ui.I18n;
import java.util.Collection;

/** How many results have each verdict: the overview line of the Findings tab and the status bar. */
public record VerdictCounts(int confirmed, int contradicted, int inconclusive, int noData) {
    public static final VerdictCounts NONE = new VerdictCounts(0, 0, 0, 0);

    public static VerdictCounts of(Collection<FindingResult> results) {
        int[] c = new int[Verdict.values().length];
        for (FindingResult r : results) {
            c[r.verdict().ordinal()]++;
        }
        return new VerdictCounts(c[Verdict.CONFIRMED.ordinal()], c[Verdict.CONTRADICTED.ordinal()],
                c[Verdict.INCONCLUSIVE.ordinal()], c[Verdict.NO_DATA.ordinal()]);
    }

    public int total() {
        return confirmed + contradicted + inconclusive + noData;
    }

    public int count(Verdict v) {
        return switch (v) {
            case CONFIRMED -> confirmed;
            case CONTRADICTED -> contradicted;
            case INCONCLUSIVE -> inconclusive;
            case NO_DATA -> noData;
        };
    }

    /** "3 confirmed · 1 contradicted · 4 inconclusive · 3 no data". */
    public String text() {
        return I18n.format("findings.counts", confirmed, contradicted, inconclusive, noData);
    }
}
