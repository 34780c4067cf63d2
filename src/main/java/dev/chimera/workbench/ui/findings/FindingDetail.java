package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.Finding;
import dev.chimera.workbench.findings.FindingKind;
import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.findings.Verdict;
import dev.chimera.workbench.ui.I18n;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The texts of the detail pane for one result, built once so the View only binds them.
 *
 * @param where    report, section (and the run sub-folder when the engine names one)
 * @param values   the value as quoted next to the report's own value
 * @param evidence measured, CI95, n, expected and, for hardware-specific numbers, yours / theirs
 */
public record FindingDetail(Verdict verdict, String title, String where, String statement, String values,
                            String note, String conditions, String kind, String kindHelp, String evidence,
                            String rule, String computation, String files, String detail) {

    public static FindingDetail of(FindingResult r) {
        Finding f = r.finding();
        String scope = FindingScope.of(r);
        String where = I18n.format("findings.detail.where", f.report(), f.section())
                + (scope.isEmpty() ? "" : I18n.format("findings.detail.scope", scope));
        boolean same = f.reportValue() == null || f.reportValue().isBlank() || f.reportValue().equals(f.quoted());
        String values = same ? I18n.format("findings.detail.valuesSame", f.quoted())
                : I18n.format("findings.detail.values", f.quoted(), f.reportValue());
        String note = f.note() == null || f.note().isBlank() ? I18n.tr("findings.detail.noNote") : f.note();
        return new FindingDetail(r.verdict(), f.title(), where, f.statement(), values, note,
                conditions(f.conditions()), VerdictText.kind(f.kind()), VerdictText.kindHelp(f.kind()), evidence(r),
                f.rule().text(), f.computation(), r.files().isEmpty() ? I18n.tr("findings.detail.noFiles")
                : String.join("\n", r.files()), r.detail());
    }

    static String conditions(Map<String, String> c) {
        if (c.isEmpty()) {
            return I18n.tr("findings.detail.noConditions");
        }
        StringBuilder b = new StringBuilder();
        new TreeMap<>(c).forEach((k, v) -> b.append(b.length() == 0 ? "" : " · ").append(k).append(": ").append(v));
        return b.toString();
    }

    /** One line: measured (CI95, n) · expected · yours / theirs. */
    static String evidence(FindingResult r) {
        String unit = r.finding().rule().unit();
        StringBuilder b = new StringBuilder(I18n.format("findings.detail.measured", value(r.measured(), unit)));
        if (Double.isFinite(r.ciLo()) && Double.isFinite(r.ciHi())) {
            b.append(I18n.format("findings.detail.ci", value(r.ciLo(), unit), value(r.ciHi(), unit)));
        }
        b.append(I18n.format("findings.detail.n", r.n()));
        b.append(I18n.format("findings.detail.expected", value(r.expected(), unit)));
        // Yours vs theirs only means something for a number of the TR hardware, not for a portable claim.
        if (r.finding().kind() == FindingKind.HARDWARE_SPECIFIC && Double.isFinite(r.ratio())) {
            b.append(I18n.format("findings.detail.ratio", number(r.ratio())));
        }
        return b.toString();
    }

    /** A value with its unit; parameter counts as 81.0 M / 1.50 B. */
    public static String value(double v, String unit) {
        if (!Double.isFinite(v)) {
            return "\u2014";
        }
        if ("params".equals(unit)) {
            double a = Math.abs(v);
            return a >= 1e9 ? String.format(Locale.ROOT, "%.2f B", v / 1e9)
                    : a >= 1e6 ? String.format(Locale.ROOT, "%.1f M", v / 1e6) : number(v);
        }
        return unit == null || unit.isEmpty() ? number(v) : number(v) + " " + unit;
    }

    /** Four significant digits, no exponent for everyday magnitudes. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "\u2014";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e7)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        int decimals = a >= 1000 ? 1 : a >= 100 ? 2 : a >= 1 ? 3 : 4;
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
