package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.Finding;
import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.findings.Verdict;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which results the list shows: one report family (null: all), one verdict (null: all) and a search text
 * matched case-insensitively against id, title, statement, report, section and the result's detail.
 */
public record FindingFilter(String report, Verdict verdict, String search) implements Predicate<FindingResult> {

    @Override
    public boolean test(FindingResult r) {
        Finding f = r.finding();
        if (report != null && !report.equals(ReportFamily.of(f))) {
            return false;
        }
        if (verdict != null && r.verdict() != verdict) {
            return false;
        }
        String q = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        String text = String.join("\n", f.id(), f.title(), f.statement(), f.report(), f.section(), r.detail(),
                FindingScope.of(r)).toLowerCase(Locale.ROOT);
        return text.contains(q);
    }
}
